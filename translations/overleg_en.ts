<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DataDirectory</name>
    <message>
        <source>No data directory could be determined.</source>
        <translation>No data directory could be determined.</translation>
    </message>
    <message>
        <source>%1 exists and is not a directory.</source>
        <translation>%1 exists and is not a directory.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Cannot create the data directory %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a usable database: %2</source>
        <translation>The file %1 is not a usable database: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Overleg (schema %2, this version knows up to %3). Update Overleg to open it.</source>
        <translation>The database %1 was written by a newer version of Overleg (schema %2, this version knows up to %3). Update Overleg to open it.</translation>
    </message>
    <message>
        <source>Cannot back up the notes before upgrading them: %1</source>
        <translation>Cannot back up the notes before upgrading them: %1</translation>
    </message>
    <message>
        <source>Missing schema migration %1</source>
        <translation>Missing schema migration %1</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation>Upgrading %1 to schema %2 failed: %3</translation>
    </message>
</context>
<context>
    <name>FileStore</name>
    <message>
        <source>Cannot store the file in %1: %2</source>
        <translation>Cannot store the file in %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the file of document %1.</source>
        <translation>Cannot record the file of document %1.</translation>
    </message>
</context>
<context>
    <name>FileType</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Word 97-2003 (.doc)</source>
        <translation>Word 97-2003 (.doc)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>FollowStore</name>
    <message>
        <source>Only commissies and dossiers can be followed, not &apos;%1&apos;.</source>
        <translation>Only commissies and dossiers can be followed, not &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>%1: the file is too large to import.</source>
        <translation>%1: the file is too large to import.</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: cannot read the file (%2).</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: the library database could not be updated.</source>
        <translation>%1 was not imported: the library database could not be updated.</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <source>Cannot store %1 %2: %3</source>
        <translation>Cannot store %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>MarkupText</name>
    <message>
        <source>The XML file is malformed at line %1: %2</source>
        <translation>The XML file is malformed at line %1: %2</translation>
    </message>
    <message>
        <source>The HTML file could not be read: it is empty or badly damaged.</source>
        <translation>The HTML file could not be read: it is empty or badly damaged.</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message>
        <source>Unknown status &apos;%1&apos;.</source>
        <translation>Unknown status &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>The status could not be saved: %1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>The note could not be saved: %1</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>A tag needs a name.</translation>
    </message>
    <message>
        <source>The tag could not be saved: %1</source>
        <translation>The tag could not be saved: %1</translation>
    </message>
    <message>
        <source>There is already a tag &apos;%1&apos;; merge the tags instead.</source>
        <translation>There is already a tag &apos;%1&apos;; merge the tags instead.</translation>
    </message>
    <message>
        <source>The tags could not be merged: %1</source>
        <translation>The tags could not be merged: %1</translation>
    </message>
    <message>
        <source>The notes are being changed elsewhere and stayed locked; nothing was saved. Try again. (%1)</source>
        <translation>The notes are being changed elsewhere and stayed locked; nothing was saved. Try again. (%1)</translation>
    </message>
</context>
<context>
    <name>OfficeText</name>
    <message>
        <source>The Word document is damaged: its main text part cannot be read.</source>
        <translation>The Word document is damaged: its main text part cannot be read.</translation>
    </message>
    <message>
        <source>The Word document is damaged: %1</source>
        <translation>The Word document is damaged: %1</translation>
    </message>
    <message>
        <source>The OpenDocument file is damaged: its content cannot be read.</source>
        <translation>The OpenDocument file is damaged: its content cannot be read.</translation>
    </message>
    <message>
        <source>The OpenDocument file is damaged: %1</source>
        <translation>The OpenDocument file is damaged: %1</translation>
    </message>
    <message>
        <source>The document unpacks to more than %1 MB (a part of it to more than %2 MB); Overleg does not read documents that large. Save it as PDF or split it.</source>
        <translation>The document unpacks to more than %1 MB (a part of it to more than %2 MB); Overleg does not read documents that large. Save it as PDF or split it.</translation>
    </message>
    <message>
        <source>The document expands to more than %1 MB of text; Overleg does not read documents that large. Save it as PDF or split it.</source>
        <translation>The document expands to more than %1 MB of text; Overleg does not read documents that large. Save it as PDF or split it.</translation>
    </message>
</context>
<context>
    <name>PageWriter</name>
    <message>
        <source>not stored after an earlier failure</source>
        <translation>not stored after an earlier failure</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Cannot start writing the report.</source>
        <translation>Cannot start writing the report.</translation>
    </message>
    <message>
        <source>Cannot add a page to the report.</source>
        <translation>Cannot add a page to the report.</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>The report could not be finished.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2 (nothing was written)</source>
        <translation>Cannot save %1: %2 (nothing was written)</translation>
    </message>
</context>
<context>
    <name>PopplerBackend</name>
    <message>
        <source>The PDF is damaged or incomplete and cannot be read.</source>
        <translation>The PDF is damaged or incomplete and cannot be read.</translation>
    </message>
    <message>
        <source>The PDF is encrypted with a password and cannot be read.</source>
        <translation>The PDF is encrypted with a password and cannot be read.</translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete: it has no readable pages.</source>
        <translation>The PDF is damaged or incomplete: it has no readable pages.</translation>
    </message>
    <message>
        <source>This PDF has no text layer (a scan): it can be viewed, but its text cannot be searched or analysed.</source>
        <translation>This PDF has no text layer (a scan): it can be viewed, but its text cannot be searched or analysed.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>%1: no such document in the library.</source>
        <translation>%1: no such document in the library.</translation>
    </message>
    <message>
        <source>the file is not in the library</source>
        <translation>the file is not in the library</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>(%1 more characters; the Markdown and CSV exports hold the whole note)</source>
        <translation>(%1 more characters; the Markdown and CSV exports hold the whole note)</translation>
    </message>
</context>
<context>
    <name>SampleLibrary</name>
    <message>
        <source>The sample library is missing from this build.</source>
        <translation>The sample library is missing from this build.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Cannot store entity %1.</source>
        <translation>Cannot store entity %1.</translation>
    </message>
    <message>
        <source>The sample file for %1 is missing.</source>
        <translation>The sample file for %1 is missing.</translation>
    </message>
    <message>
        <source>Cannot save the sample library.</source>
        <translation>Cannot save the sample library.</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (nothing was written)</source>
        <translation>Cannot write %1: %2 (nothing was written)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2 (nothing was written)</source>
        <translation>Cannot save %1: %2 (nothing was written)</translation>
    </message>
</context>
<context>
    <name>SoortChooser</name>
    <message>
        <source>As the document itself says</source>
        <translation>As the document itself says</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <source>Read this document as (its questions and answers are found accordingly):</source>
        <translation>Read this document as (its questions and answers are found accordingly):</translation>
    </message>
</context>
<context>
    <name>SyncFeedReader</name>
    <message>
        <source>Malformed feed at line %1: %2</source>
        <translation>Malformed feed at line %1: %2</translation>
    </message>
    <message>
        <source>Not an Atom feed.</source>
        <translation>Not an Atom feed.</translation>
    </message>
</context>
<context>
    <name>TextExtractor</name>
    <message>
        <source>Old Word files (.doc) are not supported. Save the file as DOCX or PDF and import that.</source>
        <translation>Old Word files (.doc) are not supported. Save the file as DOCX or PDF and import that.</translation>
    </message>
    <message>
        <source>RTF files are not supported. Save the file as DOCX or PDF and import that.</source>
        <translation>RTF files are not supported. Save the file as DOCX or PDF and import that.</translation>
    </message>
    <message>
        <source>This is a ZIP archive, not a document. Unpack it and import the documents.</source>
        <translation>This is a ZIP archive, not a document. Unpack it and import the documents.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file looks like a Word or OpenDocument file, but it is damaged or incomplete.</source>
        <translation>The file looks like a Word or OpenDocument file, but it is damaged or incomplete.</translation>
    </message>
    <message>
        <source>Unsupported file type. Overleg reads PDF, DOCX, ODT, HTML, XML and plain text.</source>
        <translation>Unsupported file type. Overleg reads PDF, DOCX, ODT, HTML, XML and plain text.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>No such file: %1</translation>
    </message>
    <message>
        <source>The file %1 is too large (more than %2 MB).</source>
        <translation>The file %1 is too large (more than %2 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace outbox %1 cannot be opened: %2</source>
        <translation>The workspace outbox %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 changed this %2 meanwhile; both versions are kept.</source>
        <translation>%1 changed this %2 meanwhile; both versions are kept.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>The edit could not be kept for sending: %1</source>
        <translation>The edit could not be kept for sending: %1</translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <translation>There is no such conflict.</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;.</source>
        <translation>Unknown status &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>A tag needs a name.</translation>
    </message>
    <message>
        <source>The workspace server cannot be reached; this change needs it. Status, note and tag edits are kept and sent later.</source>
        <translation>The workspace server cannot be reached; this change needs it. Status, note and tag edits are kept and sent later.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the workspace server %1:%2 (database %3, user %4): %5</source>
        <translation>Cannot connect to the workspace server %1:%2 (database %3, user %4): %5</translation>
    </message>
    <message>
        <source>The workspace server&apos;s schema is version %1; this Overleg knows up to version %2. Update Overleg to work in this workspace; nothing was changed.</source>
        <translation>The workspace server&apos;s schema is version %1; this Overleg knows up to version %2. Update Overleg to work in this workspace; nothing was changed.</translation>
    </message>
    <message>
        <source>The workspace schema cannot be created: %1</source>
        <translation>The workspace schema cannot be created: %1</translation>
    </message>
    <message>
        <source>The workspace schema could not be brought to version %1: %2; nothing of that version was kept.</source>
        <translation>The workspace schema could not be brought to version %1: %2; nothing of that version was kept.</translation>
    </message>
    <message>
        <source>There is no Overleg workspace schema on this server yet; an administrator creates it with `overleg-cli workspace init-server`.</source>
        <translation>There is no Overleg workspace schema on this server yet; an administrator creates it with `overleg-cli workspace init-server`.</translation>
    </message>
    <message>
        <source>The workspace server&apos;s schema is version %1, older than this Overleg&apos;s %2; an administrator updates it with `overleg-cli workspace init-server`.</source>
        <translation>The workspace server&apos;s schema is version %1, older than this Overleg&apos;s %2; an administrator updates it with `overleg-cli workspace init-server`.</translation>
    </message>
    <message>
        <source>The workspace server cannot be reached: %1</source>
        <translation>The workspace server cannot be reached: %1</translation>
    </message>
    <message>
        <source>The change was not saved in the workspace: %1</source>
        <translation>The change was not saved in the workspace: %1</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>The status could not be saved: %1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>The note could not be saved: %1</translation>
    </message>
    <message>
        <source>The tag could not be saved: %1</source>
        <translation>The tag could not be saved: %1</translation>
    </message>
    <message>
        <source>The tag could not be removed: %1</source>
        <translation>The tag could not be removed: %1</translation>
    </message>
    <message>
        <source>There is already a tag &apos;%1&apos;; merge the tags instead.</source>
        <translation>There is already a tag &apos;%1&apos;; merge the tags instead.</translation>
    </message>
    <message>
        <source>The tag could not be renamed: %1</source>
        <translation>The tag could not be renamed: %1</translation>
    </message>
    <message>
        <source>The tag could not be changed: %1</source>
        <translation>The tag could not be changed: %1</translation>
    </message>
    <message>
        <source>The tags could not be merged: %1</source>
        <translation>The tags could not be merged: %1</translation>
    </message>
    <message>
        <source>The tag could not be deleted: %1</source>
        <translation>The tag could not be deleted: %1</translation>
    </message>
    <message>
        <source>The note could not be moved: %1</source>
        <translation>The note could not be moved: %1</translation>
    </message>
    <message>
        <source>The correction could not be saved: %1</source>
        <translation>The correction could not be saved: %1</translation>
    </message>
    <message>
        <source>The correction could not be deleted: %1</source>
        <translation>The correction could not be deleted: %1</translation>
    </message>
    <message>
        <source>The unit could not be removed: %1</source>
        <translation>The unit could not be removed: %1</translation>
    </message>
    <message>
        <source>The unit could not be restored: %1</source>
        <translation>The unit could not be restored: %1</translation>
    </message>
    <message>
        <source>A workspace needs a name.</source>
        <translation>A workspace needs a name.</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; could not be created: %2</source>
        <translation>The workspace &apos;%1&apos; could not be created: %2</translation>
    </message>
    <message>
        <source>There is no workspace &apos;%1&apos; on this server that %2 is a member of.</source>
        <translation>There is no workspace &apos;%1&apos; on this server that %2 is a member of.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos; (owner, editor, reader).</source>
        <translation>Unknown role &apos;%1&apos; (owner, editor, reader).</translation>
    </message>
    <message>
        <source>There is no login &apos;%1&apos; on the server; the server&apos;s administrator creates it first (CREATE ROLE).</source>
        <translation>There is no login &apos;%1&apos; on the server; the server&apos;s administrator creates it first (CREATE ROLE).</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 could not be added: %2</translation>
    </message>
    <message>
        <source>%1 is not a member, or you may not remove them.</source>
        <translation>%1 is not a member, or you may not remove them.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 could not be removed.</translation>
    </message>
    <message>
        <source>The assignment could not be saved: %1</source>
        <translation>The assignment could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>overleg::FileDownloader</name>
    <message>
        <source>&apos;%1&apos; is not a document id of the Kamer.</source>
        <translation>&apos;%1&apos; is not a document id of the Kamer.</translation>
    </message>
    <message>
        <source>The Kamer has no readable file for this document.</source>
        <translation>The Kamer has no readable file for this document.</translation>
    </message>
</context>
<context>
    <name>overleg::HttpFetcher</name>
    <message>
        <source>No network access.</source>
        <translation>No network access.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>The server answered %1.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>The server answered %1 for %2.</translation>
    </message>
    <message>
        <source>Received %1 of %2 bytes.</source>
        <translation>Received %1 of %2 bytes.</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1 (after %2 attempts)</translation>
    </message>
    <message>
        <source>The server did not deliver the whole response within %1 s.</source>
        <translation>The server did not deliver the whole response within %1 s.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; it is not downloaded.</source>
        <translation>The file is larger than %1 MB; it is not downloaded.</translation>
    </message>
    <message>
        <source>The feed page is larger than %1 MB; it is not read.</source>
        <translation>The feed page is larger than %1 MB; it is not read.</translation>
    </message>
    <message>
        <source>The server sent more than the %1 bytes it declared.</source>
        <translation>The server sent more than the %1 bytes it declared.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2</source>
        <translation>The server %1 cannot be reached: %2</translation>
    </message>
</context>
<context>
    <name>overleg::NavigationModel</name>
    <message>
        <source>Committees</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>Parliamentary dossiers</source>
        <translation>Parliamentary dossiers</translation>
    </message>
    <message>
        <source>Members of parliament</source>
        <translation>Members of parliament</translation>
    </message>
    <message>
        <source>My library</source>
        <translation>My library</translation>
    </message>
    <message>
        <source>No parliamentary group</source>
        <translation>No parliamentary group</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message numerus="yes">
        <source>%n committee(s)</source>
        <translation>
            <numerusform>%n committee</numerusform>
            <numerusform>%n committees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open questions</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n open question</numerusform>
            <numerusform>%n open questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), narrowed</source>
        <translation>
            <numerusform>%n document, narrowed</numerusform>
            <numerusform>%n documents, narrowed</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>marked unanswered</source>
        <translation>marked unanswered</translation>
    </message>
    <message>
        <source>marked partially answered</source>
        <translation>marked partially answered</translation>
    </message>
</context>
<context>
    <name>overleg::NotesBundle</name>
    <message>
        <source>This is not an Overleg notes bundle.</source>
        <translation>This is not an Overleg notes bundle.</translation>
    </message>
    <message>
        <source>This bundle was written by a newer version of Overleg (format %1; this version reads up to %2). Update Overleg to import it.</source>
        <translation>This bundle was written by a newer version of Overleg (format %1; this version reads up to %2). Update Overleg to import it.</translation>
    </message>
    <message>
        <source>Cannot back up the notes before importing: %1</source>
        <translation>Cannot back up the notes before importing: %1</translation>
    </message>
    <message>
        <source>The notes could not be imported: %1</source>
        <translation>The notes could not be imported: %1</translation>
    </message>
    <message>
        <source>The notes could not be imported: %1; nothing was changed.</source>
        <translation>The notes could not be imported: %1; nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle is damaged: an annotation has no question, no date or an unknown status (&apos;%1&apos;); nothing was imported.</source>
        <translation>The bundle is damaged: an annotation has no question, no date or an unknown status (&apos;%1&apos;); nothing was imported.</translation>
    </message>
</context>
<context>
    <name>overleg::QuestionModel</name>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>partially answered</source>
        <translation>partially answered</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>(no parliamentary group)</source>
        <translation>(no parliamentary group)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes without a question</source>
        <translation>Notes without a question</translation>
    </message>
    <message>
        <source>%1 answered, %2 not</source>
        <translation>%1 answered, %2 not</translation>
    </message>
    <message>
        <source>Answer (p. %1): %2</source>
        <translation>Answer (p. %1): %2</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>certain</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>likely</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>uncertain</translation>
    </message>
    <message>
        <source>Answer due %1</source>
        <translation>Answer due %1</translation>
    </message>
    <message>
        <source>open, awaiting the answer</source>
        <translation>open, awaiting the answer</translation>
    </message>
</context>
<context>
    <name>overleg::SyncEngine</name>
    <message>
        <source>&apos;%1&apos; is not a valid feed address.</source>
        <translation>&apos;%1&apos; is not a valid feed address.</translation>
    </message>
    <message>
        <source>Unknown category &apos;%1&apos;.</source>
        <translation>Unknown category &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The feed answered with %1 instead of XML.</source>
        <translation>The feed answered with %1 instead of XML.</translation>
    </message>
    <message>
        <source>The page has no link to the next one.</source>
        <translation>The page has no link to the next one.</translation>
    </message>
    <message>
        <source>The feed repeated an earlier page (skiptoken %1).</source>
        <translation>The feed repeated an earlier page (skiptoken %1).</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1 (after %2 attempts)</translation>
    </message>
    <message>
        <source>%1. The sync stopped; try again when the server is reachable.</source>
        <translation>%1. The sync stopped; try again when the server is reachable.</translation>
    </message>
</context>
<context>
    <name>overleg::ui::DocumentPage</name>
    <message>
        <source>Reading the document…</source>
        <translation>Reading the document…</translation>
    </message>
    <message>
        <source>Dossier:</source>
        <translation>Dossier:</translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation>Committee:</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Actors:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>Imported file:</source>
        <translation>Imported file:</translation>
    </message>
    <message>
        <source>The file of this document is not in the library yet.</source>
        <translation>The file of this document is not in the library yet.</translation>
    </message>
    <message>
        <source>This document cannot be shown: %1</source>
        <translation>This document cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>overleg::ui::ExportDialog</name>
    <message>
        <source>This document</source>
        <translation>This document</translation>
    </message>
    <message>
        <source>All documents with notes</source>
        <translation>All documents with notes</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Export notes</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (spreadsheet)</translation>
    </message>
    <message>
        <source>All notes as a bundle (JSON, to import elsewhere)</source>
        <translation>All notes as a bundle (JSON, to import elsewhere)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Parliamentary group:</source>
        <translation>Parliamentary group:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Any group</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Overleg notes (*.json)</source>
        <translation>Overleg notes (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>The %n open document(s)</source>
        <translation>
            <numerusform>The %n open document</numerusform>
            <numerusform>The %n open documents</numerusform>
        </translation>
    </message>
    <message>
        <source>A bundle of all your notes (statuses, tags, notes, corrections and linked answer documents) in every document, as JSON. Import it in Overleg elsewhere with File &gt; Import notes; the filters on the left do not apply.</source>
        <translation>A bundle of all your notes (statuses, tags, notes, corrections and linked answer documents) in every document, as JSON. Import it in Overleg elsewhere with File &gt; Import notes; the filters on the left do not apply.</translation>
    </message>
</context>
<context>
    <name>overleg::ui::ExportNotice</name>
    <message>
        <source>Notes exported to %1</source>
        <translation>Notes exported to %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>overleg::ui::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Whole words</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>overleg::ui::MainWindow</name>
    <message>
        <source>Overleg</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Recent documents</source>
        <translation>&amp;Recent documents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Add PDF, Word, OpenDocument, HTML, XML or text files to your library</source>
        <translation>Add PDF, Word, OpenDocument, HTML, XML or text files to your library</translation>
    </message>
    <message>
        <source>&amp;Close document</source>
        <translation>&amp;Close document</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Filter navigation</source>
        <translation>&amp;Filter navigation</translation>
    </message>
    <message>
        <source>&amp;About Overleg</source>
        <translation>&amp;About Overleg</translation>
    </message>
    <message>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the library</source>
        <translation>
            <numerusform>%n document in the library</numerusform>
            <numerusform>%n documents in the library</numerusform>
        </translation>
    </message>
    <message>
        <source>This document is no longer in the library.</source>
        <translation>This document is no longer in the library.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.html *.htm *.xml *.txt);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.odt *.html *.htm *.xml *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Importing files…</source>
        <translation>Importing files…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the library</source>
        <translation>
            <numerusform>, %n already in the library</numerusform>
            <numerusform>, %n already in the library</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>About Overleg</source>
        <translation>About Overleg</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Overleg %1&lt;/h3&gt;&lt;p&gt;Read and annotate the written consultations of the Tweede Kamer: the questions of the parliamentary groups and the answers of the government.&lt;/p&gt;&lt;p&gt;Data directory: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Overleg %1&lt;/h3&gt;&lt;p&gt;Read and annotate the written consultations of the Tweede Kamer: the questions of the parliamentary groups and the answers of the government.&lt;/p&gt;&lt;p&gt;Data directory: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No document open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a document in the navigation on the left (filter with %1), or import your own files with %2 or by dropping them here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No document open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a document in the navigation on the left (filter with %1), or import your own files with %2 or by dropping them here.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation>&amp;Find in document…</translation>
    </message>
    <message>
        <source>&amp;Go to page…</source>
        <translation>&amp;Go to page…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Tags…</translation>
    </message>
    <message>
        <source>&amp;Synchronise…</source>
        <translation>&amp;Synchronise…</translation>
    </message>
    <message>
        <source>Fetch the latest from the Tweede Kamer&apos;s open data</source>
        <translation>Fetch the latest from the Tweede Kamer&apos;s open data</translation>
    </message>
    <message>
        <source>synchronised %1</source>
        <translation>synchronised %1</translation>
    </message>
    <message numerus="yes">
        <source>Synchronised: %n entities fetched</source>
        <translation>
            <numerusform>Synchronised: %n entity fetched</numerusform>
            <numerusform>Synchronised: %n entities fetched</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <source>Followed: its documents are downloaded with every sync.</source>
        <translation>Followed: its documents are downloaded with every sync.</translation>
    </message>
    <message>
        <source>No longer followed.</source>
        <translation>No longer followed.</translation>
    </message>
    <message>
        <source>Fetching the file from the Tweede Kamer…</source>
        <translation>Fetching the file from the Tweede Kamer…</translation>
    </message>
    <message>
        <source>The file could not be fetched from the Tweede Kamer: %1 Check the connection and open the document again.</source>
        <translation>The file could not be fetched from the Tweede Kamer: %1 Check the connection and open the document again.</translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation>&amp;Export notes…</translation>
    </message>
    <message>
        <source>The notes as a PDF report, Markdown, CSV or a bundle</source>
        <translation>The notes as a PDF report, Markdown, CSV or a bundle</translation>
    </message>
    <message>
        <source>&amp;Print notes…</source>
        <translation>&amp;Print notes…</translation>
    </message>
    <message>
        <source>I&amp;mport notes…</source>
        <translation>I&amp;mport notes…</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Import notes</translation>
    </message>
    <message>
        <source>Overleg notes (*.json)</source>
        <translation>Overleg notes (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n question note(s) imported.</source>
        <translation>
            <numerusform>%n question note imported.</numerusform>
            <numerusform>%n question notes imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer note(s) already here were kept.</source>
        <translation>
            <numerusform>%n newer note already here was kept.</numerusform>
            <numerusform>%n newer notes already here were kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy of your notes from before the import is in %1.</source>
        <translation>A copy of your notes from before the import is in %1.</translation>
    </message>
    <message>
        <source>&amp;Link an answer document…</source>
        <translation>&amp;Link an answer document…</translation>
    </message>
    <message>
        <source>&amp;Unlink answer documents</source>
        <translation>&amp;Unlink answer documents</translation>
    </message>
    <message>
        <source>file not here yet</source>
        <translation>file not here yet</translation>
    </message>
    <message>
        <source>Answers from: %1</source>
        <translation>Answers from: %1</translation>
    </message>
    <message>
        <source>No answer yet. Due %1%2.</source>
        <translation>No answer yet. Due %1%2.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the document with the questions first.</source>
        <translation>Open the document with the questions first.</translation>
    </message>
    <message>
        <source>Link an answer document</source>
        <translation>Link an answer document</translation>
    </message>
    <message>
        <source>The document that answers &quot;%1&quot; (its number, e.g. 2025D01234, or kamerstuk id):</source>
        <translation>The document that answers &quot;%1&quot; (its number, e.g. 2025D01234, or kamerstuk id):</translation>
    </message>
    <message>
        <source>No other document &apos;%1&apos; in the library.</source>
        <translation>No other document &apos;%1&apos; in the library.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Workspace…</source>
        <translation>&amp;Workspace…</translation>
    </message>
    <message>
        <source>Work on the notes with a team, on a PostgreSQL server</source>
        <translation>Work on the notes with a team, on a PostgreSQL server</translation>
    </message>
    <message>
        <source>Personal workspace</source>
        <translation>Personal workspace</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Changed by %1</translation>
    </message>
</context>
<context>
    <name>overleg::ui::NavigationDock</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Filter: committee, dossier, member, number or title…</source>
        <translation>Filter: committee, dossier, member, number or title…</translation>
    </message>
    <message>
        <source>&amp;Follow (download its documents when syncing)</source>
        <translation>&amp;Follow (download its documents when syncing)</translation>
    </message>
</context>
<context>
    <name>overleg::ui::OpenQuestionFilterBar</name>
    <message>
        <source>Open questions of:</source>
        <translation>Open questions of:</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>All committees</translation>
    </message>
    <message>
        <source>All parliamentary groups</source>
        <translation>All parliamentary groups</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Only documents of this committee</source>
        <translation>Only documents of this committee</translation>
    </message>
    <message>
        <source>Only questions this parliamentary group asked</source>
        <translation>Only questions this parliamentary group asked</translation>
    </message>
    <message>
        <source>Only questions with this tag</source>
        <translation>Only questions with this tag</translation>
    </message>
</context>
<context>
    <name>overleg::ui::PdfView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Mark as question</source>
        <translation>&amp;Mark as question</translation>
    </message>
</context>
<context>
    <name>overleg::ui::PdfViewer</name>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Page (Ctrl+G)</source>
        <translation>Page (Ctrl+G)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
</context>
<context>
    <name>overleg::ui::QuestionDelegate</name>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>no answer yet: awaiting one, or not checked</source>
        <translation>no answer yet: awaiting one, or not checked</translation>
    </message>
    <message>
        <source>the answer covers the question</source>
        <translation>the answer covers the question</translation>
    </message>
    <message>
        <source>the answer covers part of it</source>
        <translation>the answer covers part of it</translation>
    </message>
    <message>
        <source>an answer came and skipped it</source>
        <translation>an answer came and skipped it</translation>
    </message>
    <message>
        <source>nothing to answer (a remark, not a question)</source>
        <translation>nothing to answer (a remark, not a question)</translation>
    </message>
    <message>
        <source>the question has a note</source>
        <translation>the question has a note</translation>
    </message>
    <message>
        <source>Coloured chips — the question&apos;s tags</source>
        <translation>Coloured chips — the question&apos;s tags</translation>
    </message>
</context>
<context>
    <name>overleg::ui::QuestionDock</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No document open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a document from the navigation on the left. The questions the parliamentary groups asked in it will be listed here, so you can tag them, note remarks and track the answers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No document open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a document from the navigation on the left. The questions the parliamentary groups asked in it will be listed here, so you can tag them, note remarks and track the answers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Set status to %1</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>Add tag %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Remove tag %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Not a question</source>
        <translation>Not a question</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a question to tag it, set its status or note a remark.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Select a question to tag it, set its status or note a remark.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question %1&lt;/b&gt; · %2 · p. %3</source>
        <translation>&lt;b&gt;Question %1&lt;/b&gt; · %2 · p. %3</translation>
    </message>
    <message>
        <source>Filter questions, notes and tags…</source>
        <translation>Filter questions, notes and tags…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>By number</source>
        <translation>By number</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>By status</translation>
    </message>
    <message>
        <source>Add a tag (Enter)</source>
        <translation>Add a tag (Enter)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Remove this unit: the extractor took something for a question that is none (Delete)</source>
        <translation>Remove this unit: the extractor took something for a question that is none (Delete)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reading the document…&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reading the document…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mark as question</source>
        <translation>Mark as question</translation>
    </message>
    <message>
        <source>Split question</source>
        <translation>Split question</translation>
    </message>
    <message>
        <source>Merge questions</source>
        <translation>Merge questions</translation>
    </message>
    <message>
        <source>Split after the first sentence</source>
        <translation>Split after the first sentence</translation>
    </message>
    <message>
        <source>Merge with the next question</source>
        <translation>Merge with the next question</translation>
    </message>
    <message>
        <source>All parliamentary groups</source>
        <translation>All parliamentary groups</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer&lt;/b&gt; (p. %1): %2… &lt;a href=&quot;open&quot;&gt;Open&lt;/a&gt;</source>
        <translation>&lt;b&gt;Answer&lt;/b&gt; (p. %1): %2… &lt;a href=&quot;open&quot;&gt;Open&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No answer found.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No answer found.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Proposed: %1 · &lt;a href=&quot;accept&quot;&gt;Accept&lt;/a&gt;</source>
        <translation>Proposed: %1 · &lt;a href=&quot;accept&quot;&gt;Accept&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>What the status icons and colours mean</source>
        <translation>What the status icons and colours mean</translation>
    </message>
    <message>
        <source>Proposed: %1 (%2) · &lt;a href=&quot;accept&quot;&gt;Accept&lt;/a&gt;</source>
        <translation>Proposed: %1 (%2) · &lt;a href=&quot;accept&quot;&gt;Accept&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No questions of parliamentary groups or members were found in this document: it is not an inbreng, a verslag, a list of questions or written questions.</source>
        <translation>No questions of parliamentary groups or members were found in this document: it is not an inbreng, a verslag, a list of questions or written questions.</translation>
    </message>
    <message>
        <source>No questions of parliamentary groups or members were found in this document (kind: %1).</source>
        <translation>No questions of parliamentary groups or members were found in this document (kind: %1).</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Next question</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>&amp;Previous question</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Add a &amp;tag</source>
        <translation>Add a &amp;tag</translation>
    </message>
    <message>
        <source>Edit the &amp;note</source>
        <translation>Edit the &amp;note</translation>
    </message>
    <message>
        <source>Not a &amp;question</source>
        <translation>Not a &amp;question</translation>
    </message>
    <message>
        <source>&lt;i&gt;No answer yet: the answer is awaited.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No answer yet: the answer is awaited.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;soort&quot;&gt;%2&lt;/a&gt; · %n question(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;soort&quot;&gt;%2&lt;/a&gt; · %n question</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;soort&quot;&gt;%2&lt;/a&gt; · %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the kind of document</source>
        <translation>Change the kind of document</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;To track a passage anyway, select it in the document and choose &quot;Mark as question&quot;. Or &lt;a href=&quot;soort&quot;&gt;say what kind of document this is&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;To track a passage anyway, select it in the document and choose &quot;Mark as question&quot;. Or &lt;a href=&quot;soort&quot;&gt;say what kind of document this is&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>overleg::ui::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Single keys act while the question list has the focus.</source>
        <translation>Single keys act while the question list has the focus.</translation>
    </message>
    <message>
        <source>In the note and tag fields</source>
        <translation>In the note and tag fields</translation>
    </message>
    <message>
        <source>Back to the question list</source>
        <translation>Back to the question list</translation>
    </message>
    <message>
        <source>Save the note or add the tag, back to the list</source>
        <translation>Save the note or add the tag, back to the list</translation>
    </message>
</context>
<context>
    <name>overleg::ui::SyncDialog</name>
    <message>
        <source>Synchronise with the Tweede Kamer</source>
        <translation>Synchronise with the Tweede Kamer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Files: %v of %m</source>
        <translation>Files: %v of %m</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancel sync</translation>
    </message>
    <message>
        <source>Feed address:</source>
        <translation>Feed address:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <source>Updating the navigation…</source>
        <translation>Updating the navigation…</translation>
    </message>
    <message>
        <source>Downloading the documents of what you follow…</source>
        <translation>Downloading the documents of what you follow…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Documents, zaken and activities from this date on; commissies, kamerleden, fracties and dossiers in full.</source>
        <translation>Documents, zaken and activities from this date on; commissies, kamerleden, fracties and dossiers in full.</translation>
    </message>
    <message>
        <source>Each sync continues where the previous one stopped.</source>
        <translation>Each sync continues where the previous one stopped.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address (http or https).</source>
        <translation>&apos;%1&apos; is not a web address (http or https).</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>Fetching from %1…</source>
        <translation>Fetching from %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>fetching</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>up to date</translation>
    </message>
    <message>
        <source>Cancelled. What was fetched is kept; the next sync continues from there.</source>
        <translation>Cancelled. What was fetched is kept; the next sync continues from there.</translation>
    </message>
    <message>
        <source>No connection with the Tweede Kamer (%1). Your library stays available offline; try again later.</source>
        <translation>No connection with the Tweede Kamer (%1). Your library stays available offline; try again later.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities fetched</source>
        <translation>
            <numerusform>%n entity fetched</numerusform>
            <numerusform>%n entities fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files downloaded</source>
        <translation>
            <numerusform>%n file downloaded</numerusform>
            <numerusform>%n files downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be fetched; they are tried again next time.</source>
        <translation>
            <numerusform>%n file could not be fetched; it is tried again next time.</numerusform>
            <numerusform>%n files could not be fetched; they are tried again next time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything came through: %1</source>
        <translation>Not everything came through: %1</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Parliamentary groups</source>
        <translation>Parliamentary groups</translation>
    </message>
    <message>
        <source>Seats of the groups</source>
        <translation>Seats of the groups</translation>
    </message>
    <message>
        <source>Members of the groups</source>
        <translation>Members of the groups</translation>
    </message>
    <message>
        <source>Committee seats</source>
        <translation>Committee seats</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <source>Substitute committee members</source>
        <translation>Substitute committee members</translation>
    </message>
    <message>
        <source>Parliamentary dossiers</source>
        <translation>Parliamentary dossiers</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Parties to cases</source>
        <translation>Parties to cases</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Authors of documents</source>
        <translation>Authors of documents</translation>
    </message>
    <message>
        <source>Document versions</source>
        <translation>Document versions</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Participants in activities</source>
        <translation>Participants in activities</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
</context>
<context>
    <name>overleg::ui::TagManagerDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Colour…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Merge into…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Rename tag</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Tag colour</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Merge tags</translation>
    </message>
    <message>
        <source>Merge &apos;%1&apos; into:</source>
        <translation>Merge &apos;%1&apos; into:</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Delete tag</translation>
    </message>
    <message>
        <source>Delete the tag &apos;%1&apos;? It is taken off every question that has it.</source>
        <translation>Delete the tag &apos;%1&apos;? It is taken off every question that has it.</translation>
    </message>
</context>
<context>
    <name>overleg::ui::TextViewer</name>
    <message>
        <source>&amp;Mark as question</source>
        <translation>&amp;Mark as question</translation>
    </message>
</context>
<context>
    <name>overleg::ui::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
</context>
<context>
    <name>overleg::ui::WorkspaceDialog</name>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Connected to a team workspace.</source>
        <translation>Connected to a team workspace.</translation>
    </message>
    <message>
        <source>You work in your personal workspace.</source>
        <translation>You work in your personal workspace.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <source>Name the workspace to connect to or to create.</source>
        <translation>Name the workspace to connect to or to create.</translation>
    </message>
    <message>
        <source>Connected to workspace &apos;%1&apos; as %2 (%3).</source>
        <translation>Connected to workspace &apos;%1&apos; as %2 (%3).</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>reader</translation>
    </message>
    <message>
        <source>Wor&amp;kspace:</source>
        <translation>Wor&amp;kspace:</translation>
    </message>
    <message>
        <source>Persona&amp;l workspace</source>
        <translation>Persona&amp;l workspace</translation>
    </message>
</context>
</TS>
