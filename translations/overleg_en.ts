<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;overleg-cli %1 --help&apos;.</source>
        <translation>Try &apos;overleg-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>the data directory (default: OVERLEG_DATA_DIR, else $XDG_DATA_HOME/overleg)</source>
        <translation>the data directory (default: OVERLEG_DATA_DIR, else $XDG_DATA_HOME/overleg)</translation>
    </message>
    <message>
        <source>print the result as one JSON document on stdout</source>
        <translation>print the result as one JSON document on stdout</translation>
    </message>
    <message>
        <source>print progress and confirmations on stderr</source>
        <translation>print progress and confirmations on stderr</translation>
    </message>
    <message>
        <source>print this help; after a command, that command&apos;s help</source>
        <translation>print this help; after a command, that command&apos;s help</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>print the version</translation>
    </message>
    <message>
        <source>Usage: overleg-cli [OPTIONS] COMMAND [ARGUMENTS]</source>
        <translation>Usage: overleg-cli [OPTIONS] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>The library, the documents and the notes of Overleg, for scripts.</source>
        <translation>The library, the documents and the notes of Overleg, for scripts.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>&apos;overleg-cli COMMAND --help&apos; describes a command and its options. Where a command reads or writes a FILE, &apos;-&apos; is stdin or stdout; &apos;--&apos; ends the options.</source>
        <translation>&apos;overleg-cli COMMAND --help&apos; describes a command and its options. Where a command reads or writes a FILE, &apos;-&apos; is stdin or stdout; &apos;--&apos; ends the options.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 the command failed, 2 the command line is wrong.</source>
        <translation>Exit status: 0 done, 1 the command failed, 2 the command line is wrong.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>(repeatable)</source>
        <translation>(repeatable)</translation>
    </message>
    <message>
        <source>Global options: --data-dir DIR, --json, -v/--verbose (see overleg-cli --help).</source>
        <translation>Global options: --data-dir DIR, --json, -v/--verbose (see overleg-cli --help).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Try &apos;overleg-cli --help&apos;.</source>
        <translation>unknown command &apos;%1&apos;. Try &apos;overleg-cli --help&apos;.</translation>
    </message>
    <message>
        <source>option --data-dir needs a directory.</source>
        <translation>option --data-dir needs a directory.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>option %1 takes no value.</source>
        <translation>option %1 takes no value.</translation>
    </message>
    <message>
        <source>option %1 needs a value (%1 %2, or %1=%2 for a value that starts with &apos;-&apos;).</source>
        <translation>option %1 needs a value (%1 %2, or %1=%2 for a value that starts with &apos;-&apos;).</translation>
    </message>
    <message>
        <source>missing argument; usage: %1</source>
        <translation>missing argument; usage: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; usage: %2</source>
        <translation>unexpected argument &apos;%1&apos;; usage: %2</translation>
    </message>
    <message>
        <source>Try &apos;overleg-cli --help&apos;.</source>
        <translation>Try &apos;overleg-cli --help&apos;.</translation>
    </message>
    <message>
        <source>cannot read stdin.</source>
        <translation>cannot read stdin.</translation>
    </message>
    <message>
        <source>stdin: more than %1 MB; a document is at most that large.</source>
        <translation>stdin: more than %1 MB; a document is at most that large.</translation>
    </message>
    <message>
        <source>%1: cannot read the file.</source>
        <translation>%1: cannot read the file.</translation>
    </message>
    <message>
        <source>cannot write to stdout.</source>
        <translation>cannot write to stdout.</translation>
    </message>
    <message>
        <source>N is the number of a question, not &apos;%1&apos;.</source>
        <translation>N is the number of a question, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;: use %2.</source>
        <translation>unknown status &apos;%1&apos;: use %2.</translation>
    </message>
    <message>
        <source>%1: no such document in the library.</source>
        <translation>%1: no such document in the library.</translation>
    </message>
    <message>
        <source>%1: the library has no file for this document yet.</source>
        <translation>%1: the library has no file for this document yet.</translation>
    </message>
    <message>
        <source>%1 has no question %2 (it has %3).</source>
        <translation>%1 has no question %2 (it has %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 question %2: %3%4%5</source>
        <translation>%1 question %2: %3%4%5</translation>
    </message>
    <message>
        <source>set what the question panel sets</source>
        <translation>set what the question panel sets</translation>
    </message>
    <message>
        <source>The status, tags and note of question N of DOC, a document of the library, numbered as the question panel numbers it. A note that starts with &apos;-&apos; is given as --note=TEXT.</source>
        <translation>The status, tags and note of question N of DOC, a document of the library, numbered as the question panel numbers it. A note that starts with &apos;-&apos; is given as --note=TEXT.</translation>
    </message>
    <message>
        <source>open, answered, partial, unanswered or not_applicable</source>
        <translation>open, answered, partial, unanswered or not_applicable</translation>
    </message>
    <message>
        <source>add this tag</source>
        <translation>add this tag</translation>
    </message>
    <message>
        <source>the note (replaces the one there; empty removes it)</source>
        <translation>the note (replaces the one there; empty removes it)</translation>
    </message>
    <message>
        <source>unknown soort &apos;%1&apos;; SOORT is one of: %2</source>
        <translation>unknown soort &apos;%1&apos;; SOORT is one of: %2</translation>
    </message>
    <message>
        <source>chosen by the user</source>
        <translation>chosen by the user</translation>
    </message>
    <message>
        <source>the Kamer&apos;s metadata</source>
        <translation>the Kamer&apos;s metadata</translation>
    </message>
    <message>
        <source>the document&apos;s head</source>
        <translation>the document&apos;s head</translation>
    </message>
    <message>
        <source>%1: kind not recognised</source>
        <translation>%1: kind not recognised</translation>
    </message>
    <message>
        <source>the kind DOC is read as; set or reset it</source>
        <translation>the kind DOC is read as; set or reset it</translation>
    </message>
    <message>
        <source>With SOORT, the user&apos;s correction (kept with the notes); with auto, the document&apos;s metadata and head decide again.</source>
        <translation>With SOORT, the user&apos;s correction (kept with the notes); with auto, the document&apos;s metadata and head decide again.</translation>
    </message>
    <message>
        <source>stdin can be read once: &apos;-&apos; for FILE or for --questions.</source>
        <translation>stdin can be read once: &apos;-&apos; for FILE or for --questions.</translation>
    </message>
    <message>
        <source>kind not recognised</source>
        <translation>kind not recognised</translation>
    </message>
    <message>
        <source>%1: %2; questions from %3: %4, %5</source>
        <translation>%1: %2; questions from %3: %4, %5</translation>
    </message>
    <message>
        <source>answer status of every question</source>
        <translation>answer status of every question</translation>
    </message>
    <message>
        <source>The questions come from --questions when given, else from FILE itself (a Verslag SO, an Antwoord schriftelijke vragen or a Nota repeats them).</source>
        <translation>The questions come from --questions when given, else from FILE itself (a Verslag SO, an Antwoord schriftelijke vragen or a Nota repeats them).</translation>
    </message>
    <message>
        <source>the document that asked the questions</source>
        <translation>the document that asked the questions</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>cannot read %1.</translation>
    </message>
    <message>
        <source>--format takes pdf, md, csv or json.</source>
        <translation>--format takes pdf, md, csv or json.</translation>
    </message>
    <message>
        <source>--out is required: a file, or &apos;-&apos; for stdout.</source>
        <translation>--out is required: a file, or &apos;-&apos; for stdout.</translation>
    </message>
    <message>
        <source>--lang takes nl or en.</source>
        <translation>--lang takes nl or en.</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: notes of %n document(s)</source>
        <translation>
            <numerusform>wrote %1: notes of %n document</numerusform>
            <numerusform>wrote %1: notes of %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote %1: %2, %3</source>
        <translation>wrote %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>imported %1, %2, %3, %4, %5; %6. Backup: %7</source>
        <translation>imported %1, %2, %3, %4, %5; %6. Backup: %7</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tag(s)</source>
        <translation>
            <numerusform>%n new tag</numerusform>
            <numerusform>%n new tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow(s)</source>
        <translation>
            <numerusform>%n follow</numerusform>
            <numerusform>%n follows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer here kept</source>
        <translation>
            <numerusform>%n newer here kept</numerusform>
            <numerusform>%n newer here kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) are for documents this library does not have (%1); they are kept and show when those documents are added.</source>
        <translation>
            <numerusform>%n annotation is for documents this library does not have (%1); it is kept and shows when those documents are added.</numerusform>
            <numerusform>%n annotations are for documents this library does not have (%1); they are kept and show when those documents are added.</numerusform>
        </translation>
    </message>
    <message>
        <source>the notes report, or the notes as a bundle</source>
        <translation>the notes report, or the notes as a bundle</translation>
    </message>
    <message>
        <source>pdf, md and csv: the report of the documents with notes (or those given), filtered by tag, status or fractie. json: the notes themselves in the same scope, a bundle that import-notes merges into another library.</source>
        <translation>pdf, md and csv: the report of the documents with notes (or those given), filtered by tag, status or fractie. json: the notes themselves in the same scope, a bundle that import-notes merges into another library.</translation>
    </message>
    <message>
        <source>what to write (required)</source>
        <translation>what to write (required)</translation>
    </message>
    <message>
        <source>where to write it (required); &apos;-&apos; is stdout</source>
        <translation>where to write it (required); &apos;-&apos; is stdout</translation>
    </message>
    <message>
        <source>only this document (number, KOOP id or id)</source>
        <translation>only this document (number, KOOP id or id)</translation>
    </message>
    <message>
        <source>only questions with this tag</source>
        <translation>only questions with this tag</translation>
    </message>
    <message>
        <source>only questions with this status</source>
        <translation>only questions with this status</translation>
    </message>
    <message>
        <source>only questions of this fractie</source>
        <translation>only questions of this fractie</translation>
    </message>
    <message>
        <source>the language of the report (default nl)</source>
        <translation>the language of the report (default nl)</translation>
    </message>
    <message>
        <source>merge a notes bundle into this library</source>
        <translation>merge a notes bundle into this library</translation>
    </message>
    <message>
        <source>FILE is a bundle written by export --format json (&apos;-&apos; reads stdin). The notes are backed up first; an annotation newer here is kept.</source>
        <translation>FILE is a bundle written by export --format json (&apos;-&apos; reads stdin). The notes are backed up first; an annotation newer here is kept.</translation>
    </message>
    <message>
        <source>add files to the library</source>
        <translation>add files to the library</translation>
    </message>
    <message>
        <source>cannot list &apos;%1&apos;: choose commissies, dossiers, kamerleden or documents.</source>
        <translation>cannot list &apos;%1&apos;: choose commissies, dossiers, kamerleden or documents.</translation>
    </message>
    <message>
        <source>browse the library</source>
        <translation>browse the library</translation>
    </message>
    <message>
        <source>One line per commissie, dossier, Kamerlid or document, tab-separated.</source>
        <translation>One line per commissie, dossier, Kamerlid or document, tab-separated.</translation>
    </message>
    <message>
        <source>no commissie &apos;%1&apos; in the library.</source>
        <translation>no commissie &apos;%1&apos; in the library.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) read for their questions</source>
        <translation>
            <numerusform>%n document read for its questions</numerusform>
            <numerusform>%n documents read for their questions</numerusform>
        </translation>
    </message>
    <message>
        <source>questions not read</source>
        <translation>questions not read</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>unanswered questions, by deadline</source>
        <translation>unanswered questions, by deadline</translation>
    </message>
    <message>
        <source>only documents of this commissie</source>
        <translation>only documents of this commissie</translation>
    </message>
    <message>
        <source>%1: kind not recognised (no written consultation whose questions Overleg reads), %2</source>
        <translation>%1: kind not recognised (no written consultation whose questions Overleg reads), %2</translation>
    </message>
    <message>
        <source>the question units of a document</source>
        <translation>the question units of a document</translation>
    </message>
    <message>
        <source>A document of the library is read with the user&apos;s corrections, numbered as the question panel numbers it; with --json, every unit with its boxes on the pages.</source>
        <translation>A document of the library is read with the user&apos;s corrections, numbered as the question panel numbers it; with --json, every unit with its boxes on the pages.</translation>
    </message>
    <message>
        <source>--page takes a page number, not &apos;%1&apos;.</source>
        <translation>--page takes a page number, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--dpi must be between 10 and 1200.</source>
        <translation>--dpi must be between 10 and 1200.</translation>
    </message>
    <message>
        <source>--out is required: a PNG file, or &apos;-&apos; for stdout.</source>
        <translation>--out is required: a PNG file, or &apos;-&apos; for stdout.</translation>
    </message>
    <message>
        <source>%1: render draws PDF pages; this is %2 (use &apos;text&apos; for its text).</source>
        <translation>%1: render draws PDF pages; this is %2 (use &apos;text&apos; for its text).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); there is no page %2.</source>
        <translation>
            <numerusform>%1 has %n page; there is no page %2.</numerusform>
            <numerusform>%1 has %n pages; there is no page %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: page %2 is too large to render (%3 x %4 pt).</source>
        <translation>%1: page %2 is too large to render (%3 x %4 pt).</translation>
    </message>
    <message>
        <source>%1: page %2 is %3 x %4 pt; rendered at %5 dpi to stay under %6 megapixels.</source>
        <translation>%1: page %2 is %3 x %4 pt; rendered at %5 dpi to stay under %6 megapixels.</translation>
    </message>
    <message>
        <source>%1: page %2 cannot be rendered.</source>
        <translation>%1: page %2 cannot be rendered.</translation>
    </message>
    <message>
        <source>%1: page %2 cannot be saved as PNG.</source>
        <translation>%1: page %2 cannot be saved as PNG.</translation>
    </message>
    <message>
        <source>one PDF page as a PNG image</source>
        <translation>one PDF page as a PNG image</translation>
    </message>
    <message>
        <source>the page, from 1 (default 1)</source>
        <translation>the page, from 1 (default 1)</translation>
    </message>
    <message>
        <source>the resolution, 10 to 1200 (default 150)</source>
        <translation>the resolution, 10 to 1200 (default 150)</translation>
    </message>
    <message>
        <source>the image file to write; &apos;-&apos; writes it to stdout</source>
        <translation>the image file to write; &apos;-&apos; writes it to stdout</translation>
    </message>
    <message numerus="yes">
        <source>(%n categories)</source>
        <translation>
            <numerusform>(%n category)</numerusform>
            <numerusform>(%n categories)</numerusform>
        </translation>
    </message>
    <message>
        <source>--since needs a date as YYYY-MM-DD.</source>
        <translation>--since needs a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout needs a number of seconds.</translation>
    </message>
    <message>
        <source>--retries needs a number.</source>
        <translation>--retries needs a number.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) address.</source>
        <translation>&apos;%1&apos; is not an http(s) address.</translation>
    </message>
    <message>
        <source>--follow takes commissie:ID or dossier:NR, not &apos;%1&apos;.</source>
        <translation>--follow takes commissie:ID or dossier:NR, not &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entities</source>
        <translation>
            <numerusform>%1: %n entity</numerusform>
            <numerusform>%1: %n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: up to date</source>
        <translation>%1: up to date</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: failed: %2</translation>
    </message>
    <message>
        <source>file %1: %2</source>
        <translation>file %1: %2</translation>
    </message>
    <message>
        <source>files: %1 of %2</source>
        <translation>files: %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entities stored</source>
        <translation>
            <numerusform>%n entity stored</numerusform>
            <numerusform>%n entities stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files (%1 failed)</source>
        <translation>
            <numerusform>%n file (%1 failed)</numerusform>
            <numerusform>%n files (%1 failed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retries</source>
        <translation>
            <numerusform>%n retry</numerusform>
            <numerusform>%n retries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>fetch the Kamer&apos;s open data (and files)</source>
        <translation>fetch the Kamer&apos;s open data (and files)</translation>
    </message>
    <message>
        <source>The metadata of every category from where the last sync stopped, then the files of the followed commissies and dossiers. With --verbose, progress on stderr.</source>
        <translation>The metadata of every category from where the last sync stopped, then the files of the followed commissies and dossiers. With --verbose, progress on stderr.</translation>
    </message>
    <message>
        <source>the SyncFeed address (default: the Kamer&apos;s)</source>
        <translation>the SyncFeed address (default: the Kamer&apos;s)</translation>
    </message>
    <message>
        <source>on a first sync, skip what is older</source>
        <translation>on a first sync, skip what is older</translation>
    </message>
    <message>
        <source>also fetch the files of this commissie or dossier</source>
        <translation>also fetch the files of this commissie or dossier</translation>
    </message>
    <message>
        <source>only this category of the feed</source>
        <translation>only this category of the feed</translation>
    </message>
    <message>
        <source>metadata only, no files</source>
        <translation>metadata only, no files</translation>
    </message>
    <message>
        <source>give up on a request after this long</source>
        <translation>give up on a request after this long</translation>
    </message>
    <message>
        <source>try a failed request again N times</source>
        <translation>try a failed request again N times</translation>
    </message>
    <message>
        <source>&apos;-&apos; (stdin) is not read here.</source>
        <translation>&apos;-&apos; (stdin) is not read here.</translation>
    </message>
    <message>
        <source>%1: not a regular file; overleg-cli reads files only.</source>
        <translation>%1: not a regular file; overleg-cli reads files only.</translation>
    </message>
    <message>
        <source>%1: no such file, nor a document in the library.</source>
        <translation>%1: no such file, nor a document in the library.</translation>
    </message>
    <message>
        <source>plain text of a document</source>
        <translation>plain text of a document</translation>
    </message>
    <message>
        <source>FILE is a PDF, Word, ODT, HTML or text file, &apos;-&apos; for stdin, or a document of the library (its number, KOOP id or id). Pages are separated by form feeds.</source>
        <translation>FILE is a PDF, Word, ODT, HTML or text file, &apos;-&apos; for stdin, or a document of the library (its number, KOOP id or id). Pages are separated by form feeds.</translation>
    </message>
    <message>
        <source>Every file is tried; the exit status is 1 when one of them was not imported. &apos;-&apos; imports what comes on stdin.</source>
        <translation>Every file is tried; the exit status is 1 when one of them was not imported. &apos;-&apos; imports what comes on stdin.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit takes a positive number.</translation>
    </message>
    <message>
        <source>full-text search of documents, questions and notes</source>
        <translation>full-text search of documents, questions and notes</translation>
    </message>
    <message>
        <source>at most N results (default 20)</source>
        <translation>at most N results (default 20)</translation>
    </message>
    <message>
        <source>team workspaces on a PostgreSQL server</source>
        <translation>team workspaces on a PostgreSQL server</translation>
    </message>
    <message>
        <source>unknown workspace action &apos;%1&apos;; one of: %2</source>
        <translation>unknown workspace action &apos;%1&apos;; one of: %2</translation>
    </message>
    <message>
        <source>usage: overleg-cli workspace %1 %2</source>
        <translation>usage: overleg-cli workspace %1 %2</translation>
    </message>
    <message>
        <source>--port takes a number.</source>
        <translation>--port takes a number.</translation>
    </message>
    <message>
        <source>--remember-password goes with connect.</source>
        <translation>--remember-password goes with connect.</translation>
    </message>
    <message>
        <source>(The password came from the keyring; connect again with --password-stdin --remember-password to replace it.)</source>
        <translation>(The password came from the keyring; connect again with --password-stdin --remember-password to replace it.)</translation>
    </message>
    <message>
        <source>The password is in the keyring.</source>
        <translation>The password is in the keyring.</translation>
    </message>
    <message>
        <source>GROUP is the number &apos;workspace status&apos; lists.</source>
        <translation>GROUP is the number &apos;workspace status&apos; lists.</translation>
    </message>
    <message>
        <source>The password comes from --password-stdin, else OVERLEG_WORKSPACE_PASSWORD, else the desktop keyring (stored there by connect --remember-password), else PGPASSWORD or ~/.pgpass; it is never written to a settings file. status lists the edits made offline that wait or that the server refused; retry or discard one by its GROUP.</source>
        <translation>The password comes from --password-stdin, else OVERLEG_WORKSPACE_PASSWORD, else the desktop keyring (stored there by connect --remember-password), else PGPASSWORD or ~/.pgpass; it is never written to a settings file. status lists the edits made offline that wait or that the server refused; retry or discard one by its GROUP.</translation>
    </message>
    <message>
        <source>the server (default: the connected one, else localhost)</source>
        <translation>the server (default: the connected one, else localhost)</translation>
    </message>
    <message>
        <source>the server&apos;s port (default 5432)</source>
        <translation>the server&apos;s port (default 5432)</translation>
    </message>
    <message>
        <source>the database (default overleg)</source>
        <translation>the database (default overleg)</translation>
    </message>
    <message>
        <source>the login (default: PGUSER, else USER)</source>
        <translation>the login (default: PGUSER, else USER)</translation>
    </message>
    <message>
        <source>libpq&apos;s sslmode (verify-full by default for a host other than this machine)</source>
        <translation>libpq&apos;s sslmode (verify-full by default for a host other than this machine)</translation>
    </message>
    <message>
        <source>the CA certificate the server&apos;s is checked against</source>
        <translation>the CA certificate the server&apos;s is checked against</translation>
    </message>
    <message>
        <source>read the password from the first line of stdin</source>
        <translation>read the password from the first line of stdin</translation>
    </message>
    <message>
        <source>with connect: keep the password in the desktop keyring</source>
        <translation>with connect: keep the password in the desktop keyring</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, AND/OR/NOT, -word, NEAR(a b, 10), and the fields fractie: tag: status: soort: commissie: dossier: kamerlid: datum:2024-01..2024-06. Quote a query that starts with a minus sign, or put -- before it. The index is brought up to date first. Notes, tags and statuses are those of the workspace in use: a team workspace&apos;s (overleg-cli workspace connect) as its server has them, or as last seen when it cannot be reached.</source>
        <translation>Words, &quot;phrases&quot;, prefix*, AND/OR/NOT, -word, NEAR(a b, 10), and the fields fractie: tag: status: soort: commissie: dossier: kamerlid: datum:2024-01..2024-06. Quote a query that starts with a minus sign, or put -- before it. The index is brought up to date first. Notes, tags and statuses are those of the workspace in use: a team workspace&apos;s (overleg-cli workspace connect) as its server has them, or as last seen when it cannot be reached.</translation>
    </message>
    <message>
        <source>The offline copy of workspace &apos;%1&apos; is not known yet (%2); run overleg-cli workspace connect again with the server there.</source>
        <translation>The offline copy of workspace &apos;%1&apos; is not known yet (%2); run overleg-cli workspace connect again with the server there.</translation>
    </message>
    <message>
        <source>The workspace&apos;s server cannot be reached: the notes as last seen.</source>
        <translation>The workspace&apos;s server cannot be reached: the notes as last seen.</translation>
    </message>
</context>
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
    <message>
        <source>Cannot move the data directory %1 to %2: %3</source>
        <translation>Cannot move the data directory %1 to %2: %3</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <translation>cannot copy %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>cannot rename %1</translation>
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
    <message>
        <source>This page cannot be rendered.</source>
        <translation>This page cannot be rendered.</translation>
    </message>
    <message>
        <source>This page is not rendered: its drawing instructions unpack to more than %1 MB (a compression bomb).</source>
        <translation>This page is not rendered: its drawing instructions unpack to more than %1 MB (a compression bomb).</translation>
    </message>
    <message>
        <source>This page could not be rendered in time (%1 s).</source>
        <translation>This page could not be rendered in time (%1 s).</translation>
    </message>
    <message>
        <source>A page of the PDF unpacks to more than 64 MB of drawing instructions (a compression bomb); the PDF is not read.</source>
        <translation>A page of the PDF unpacks to more than 64 MB of drawing instructions (a compression bomb); the PDF is not read.</translation>
    </message>
    <message>
        <source>The PDF holds more text than Overleg reads (more than a million characters on one page, or 64 MB in all); it is not read.</source>
        <translation>The PDF holds more text than Overleg reads (more than a million characters on one page, or 64 MB in all); it is not read.</translation>
    </message>
    <message>
        <source>Reading the PDF&apos;s text took longer than 60 seconds; it is not read.</source>
        <translation>Reading the PDF&apos;s text took longer than 60 seconds; it is not read.</translation>
    </message>
</context>
<context>
    <name>QuestionStatus</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
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
        <source>open, awaiting the answer</source>
        <translation>open, awaiting the answer</translation>
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
    <name>ReportLabels</name>
    <message>
        <source>Questions and answers</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Parliamentary group</source>
        <translation>Parliamentary group</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kamerstuk</source>
        <translation>Kamerstuk</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Minister</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Questions by parliamentary group and status</source>
        <translation>Questions by parliamentary group and status</translation>
    </message>
    <message>
        <source>Questions by tag and status</source>
        <translation>Questions by tag and status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>No questions in this selection.</source>
        <translation>No questions in this selection.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Generated by Overleg on %1</source>
        <translation>Generated by Overleg on %1</translation>
    </message>
    <message>
        <source>No answer found.</source>
        <translation>No answer found.</translation>
    </message>
    <message>
        <source>Progress by team member and status</source>
        <translation>Progress by team member and status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(not assigned)</translation>
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
        <source>The assignment could not be saved: %1</source>
        <translation>The assignment could not be saved: %1</translation>
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
        <source>The workspace server did not let you change this question.</source>
        <translation>The workspace server did not let you change this question.</translation>
    </message>
    <message>
        <source>The change was not saved; nothing of it was kept.</source>
        <translation>The change was not saved; nothing of it was kept.</translation>
    </message>
    <message>
        <source>There is no such refused edit.</source>
        <translation>There is no such refused edit.</translation>
    </message>
    <message>
        <source>The workspace server cannot be reached; the edit waits in the outbox.</source>
        <translation>The workspace server cannot be reached; the edit waits in the outbox.</translation>
    </message>
    <message>
        <source>No keyring is reachable (%1); the password is not stored and will be asked for.</source>
        <translation>No keyring is reachable (%1); the password is not stored and will be asked for.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>No password is stored for this login.</source>
        <translation>No password is stored for this login.</translation>
    </message>
    <message>
        <source>The keyring refused access: %1</source>
        <translation>The keyring refused access: %1</translation>
    </message>
    <message>
        <source>The change was refused by the workspace server; nothing of it was saved.</source>
        <translation>The change was refused by the workspace server; nothing of it was saved.</translation>
    </message>
    <message>
        <source>The answer link could not be saved: %1</source>
        <translation>The answer link could not be saved: %1</translation>
    </message>
    <message>
        <source>The answer link could not be removed: %1</source>
        <translation>The answer link could not be removed: %1</translation>
    </message>
    <message>
        <source>The offline copy %1 of the workspace is missing.</source>
        <translation>The offline copy %1 of the workspace is missing.</translation>
    </message>
    <message>
        <source>The offline copy of a workspace is read-only; edit in the workspace.</source>
        <translation>The offline copy of a workspace is read-only; edit in the workspace.</translation>
    </message>
</context>
<context>
    <name>overleg</name>
    <message>
        <source>The notes could not be imported into the workspace: %1; what was imported before this stays (the workspace&apos;s history shows it).</source>
        <translation>The notes could not be imported into the workspace: %1; what was imported before this stays (the workspace&apos;s history shows it).</translation>
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
    <name>overleg::FullTextIndex</name>
    <message>
        <source>Cannot open the search index %1: %2</source>
        <translation>Cannot open the search index %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the search index %1.</source>
        <translation>Cannot create the search index %1.</translation>
    </message>
    <message>
        <source>Cannot create the search index: %1</source>
        <translation>Cannot create the search index: %1</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>The search was cancelled.</translation>
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
    <message>
        <source>Cannot write the download to %1: %2</source>
        <translation>Cannot write the download to %1: %2</translation>
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
    <message>
        <source>awaiting the answer</source>
        <translation>awaiting the answer</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>answer received</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
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
    <name>overleg::Parser</name>
    <message>
        <source>The parenthesis at position %1 closes nothing.</source>
        <translation>The parenthesis at position %1 closes nothing.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; at position %2.</source>
        <translation>Unexpected &quot;%1&quot; at position %2.</translation>
    </message>
    <message>
        <source>OR at position %1 needs a word after it.</source>
        <translation>OR at position %1 needs a word after it.</translation>
    </message>
    <message>
        <source>Fields such as fractie: cannot be combined with OR; write them beside the words, they narrow the whole search.</source>
        <translation>Fields such as fractie: cannot be combined with OR; write them beside the words, they narrow the whole search.</translation>
    </message>
    <message>
        <source>OR needs words on both sides, not only excluded ones.</source>
        <translation>OR needs words on both sides, not only excluded ones.</translation>
    </message>
    <message>
        <source>AND at position %1 needs a word before it.</source>
        <translation>AND at position %1 needs a word before it.</translation>
    </message>
    <message>
        <source>AND at position %1 needs a word after it.</source>
        <translation>AND at position %1 needs a word after it.</translation>
    </message>
    <message>
        <source>%1 at position %2 needs a word after it.</source>
        <translation>%1 at position %2 needs a word after it.</translation>
    </message>
    <message>
        <source>The phrase at position %1 has no words.</source>
        <translation>The phrase at position %1 has no words.</translation>
    </message>
    <message>
        <source>The parentheses at position %1 are empty.</source>
        <translation>The parentheses at position %1 are empty.</translation>
    </message>
    <message>
        <source>The parenthesis at position %1 is not closed.</source>
        <translation>The parenthesis at position %1 is not closed.</translation>
    </message>
    <message>
        <source>The field &quot;%1:&quot; at position %2 cannot stand here; write it beside the words.</source>
        <translation>The field &quot;%1:&quot; at position %2 cannot stand here; write it beside the words.</translation>
    </message>
    <message>
        <source>NEAR at position %1 expects a distance from 0 to 1000 after the comma.</source>
        <translation>NEAR at position %1 expects a distance from 0 to 1000 after the comma.</translation>
    </message>
    <message>
        <source>NEAR at position %1 takes words and an optional distance: NEAR(word word, 10).</source>
        <translation>NEAR at position %1 takes words and an optional distance: NEAR(word word, 10).</translation>
    </message>
    <message>
        <source>NEAR at position %1 needs at least two words.</source>
        <translation>NEAR at position %1 needs at least two words.</translation>
    </message>
    <message>
        <source>The field &quot;%1:&quot; at position %2 cannot stand inside parentheses; write it beside the words.</source>
        <translation>The field &quot;%1:&quot; at position %2 cannot stand inside parentheses; write it beside the words.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; at position %2: use open, beantwoord, deels, onbeantwoord or nvt.</source>
        <translation>Unknown status &quot;%1&quot; at position %2: use open, beantwoord, deels, onbeantwoord or nvt.</translation>
    </message>
    <message>
        <source>dossier: at position %1 expects a dossier number such as 36450.</source>
        <translation>dossier: at position %1 expects a dossier number such as 36450.</translation>
    </message>
    <message>
        <source>datum: at position %1 expects a date such as 2024, 2024-06, 2024-06-30 or a range 2024-01..2024-06.</source>
        <translation>datum: at position %1 expects a date such as 2024, 2024-06, 2024-06-30 or a range 2024-01..2024-06.</translation>
    </message>
</context>
<context>
    <name>overleg::QuestionModel</name>
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
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>tags: %1</translation>
    </message>
    <message>
        <source>with a note</source>
        <translation>with a note</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>assigned to %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
</context>
<context>
    <name>overleg::SearchModel</name>
    <message>
        <source>Title and details</source>
        <translation>Title and details</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Question %1 (%2)</source>
        <translation>Question %1 (%2)</translation>
    </message>
    <message>
        <source>Note on question %1</source>
        <translation>Note on question %1</translation>
    </message>
    <message>
        <source>Found as part of a longer word</source>
        <translation>Found as part of a longer word</translation>
    </message>
</context>
<context>
    <name>overleg::SearchQuery</name>
    <message>
        <source>The search has no words to look for.</source>
        <translation>The search has no words to look for.</translation>
    </message>
    <message>
        <source>The search only excludes words; add a word to look for.</source>
        <translation>The search only excludes words; add a word to look for.</translation>
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
    <name>overleg::Tokenizer</name>
    <message>
        <source>Unknown field &quot;%1:&quot; at position %2. Fields: %3.</source>
        <translation>Unknown field &quot;%1:&quot; at position %2. Fields: %3.</translation>
    </message>
    <message>
        <source>The field &quot;%1:&quot; at position %2 needs a value.</source>
        <translation>The field &quot;%1:&quot; at position %2 needs a value.</translation>
    </message>
    <message>
        <source>The quotation mark at position %1 is not closed.</source>
        <translation>The quotation mark at position %1 is not closed.</translation>
    </message>
</context>
<context>
    <name>overleg::fulltext</name>
    <message>
        <source>The search index could not be read; it is rebuilt at the next start.</source>
        <translation>The search index could not be read; it is rebuilt at the next start.</translation>
    </message>
</context>
<context>
    <name>overleg::ui::AnswerPresenter</name>
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
</context>
<context>
    <name>overleg::ui::DocumentActions</name>
    <message>
        <source>Select text first: press F7 and move with Shift and the arrow keys.</source>
        <translation>Select text first: press F7 and move with Shift and the arrow keys.</translation>
    </message>
    <message>
        <source>&amp;Mark the selection as question</source>
        <translation>&amp;Mark the selection as question</translation>
    </message>
    <message>
        <source>&amp;Caret browsing (select with the keyboard)</source>
        <translation>&amp;Caret browsing (select with the keyboard)</translation>
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
</context>
<context>
    <name>overleg::ui::DocumentOpener</name>
    <message>
        <source>This document is no longer in the library.</source>
        <translation>This document is no longer in the library.</translation>
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
    <message>
        <source>&amp;Show as:</source>
        <translation>&amp;Show as:</translation>
    </message>
    <message>
        <source>Format shown</source>
        <translation>Format shown</translation>
    </message>
    <message>
        <source>This document is here in several formats; choose the one to read. Questions and notes are the same in every format.</source>
        <translation>This document is here in several formats; choose the one to read. Questions and notes are the same in every format.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This passage was not found in the document&apos;s own file; mark it in the first format.</source>
        <translation>This passage was not found in the document&apos;s own file; mark it in the first format.</translation>
    </message>
</context>
<context>
    <name>overleg::ui::ExportActions</name>
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
    <message>
        <source>Preview of the report</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Preview of the export</translation>
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
    <name>overleg::ui::ExternalFileBar</name>
    <message>
        <source>%1 is not in your library: it is shown, not copied. Import it to keep it and your notes on its questions.</source>
        <translation>%1 is not in your library: it is shown, not copied. Import it to keep it and your notes on its questions.</translation>
    </message>
    <message>
        <source>&amp;Import into the library</source>
        <translation>&amp;Import into the library</translation>
    </message>
    <message>
        <source>Copies the file into your library, where it stays when the original moves</source>
        <translation>Copies the file into your library, where it stays when the original moves</translation>
    </message>
</context>
<context>
    <name>overleg::ui::ExternalFiles</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>overleg::ui::FileFetcher</name>
    <message>
        <source>Fetching the file from the Tweede Kamer…</source>
        <translation>Fetching the file from the Tweede Kamer…</translation>
    </message>
    <message>
        <source>The file could not be fetched from the Tweede Kamer: %1 Check the connection and open the document again.</source>
        <translation>The file could not be fetched from the Tweede Kamer: %1 Check the connection and open the document again.</translation>
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
    <message>
        <source>Enter: next match, Shift+Enter: previous match</source>
        <translation>Enter: next match, Shift+Enter: previous match</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
</context>
<context>
    <name>overleg::ui::HtmlViewer</name>
    <message>
        <source>Text of the document</source>
        <translation>Text of the document</translation>
    </message>
</context>
<context>
    <name>overleg::ui::Imports</name>
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
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
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
        <source>I&amp;mport notes…</source>
        <translation>I&amp;mport notes…</translation>
    </message>
    <message>
        <source>&amp;Link an answer document…</source>
        <translation>&amp;Link an answer document…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>Open documents</translation>
    </message>
    <message>
        <source>U&amp;nlink answer documents</source>
        <translation>U&amp;nlink answer documents</translation>
    </message>
    <message>
        <source>Close &amp;document</source>
        <translation>Close &amp;document</translation>
    </message>
    <message>
        <source>Fil&amp;ter navigation</source>
        <translation>Fil&amp;ter navigation</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Close %1</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>&amp;Workspace…</source>
        <translation>&amp;Workspace…</translation>
    </message>
    <message>
        <source>Work on the notes with a team, on a PostgreSQL server</source>
        <translation>Work on the notes with a team, on a PostgreSQL server</translation>
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
    <message>
        <source>Filter the navigation</source>
        <translation>Filter the navigation</translation>
    </message>
    <message>
        <source>Shows only committees, dossiers, members and documents matching the words typed</source>
        <translation>Shows only committees, dossiers, members and documents matching the words typed</translation>
    </message>
    <message>
        <source>Committees, dossiers, members, open questions and your library; Enter opens a document</source>
        <translation>Committees, dossiers, members, open questions and your library; Enter opens a document</translation>
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
    <message>
        <source>Committee filter</source>
        <translation>Committee filter</translation>
    </message>
    <message>
        <source>Parliamentary group filter</source>
        <translation>Parliamentary group filter</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Tag filter</translation>
    </message>
</context>
<context>
    <name>overleg::ui::OutboxSender</name>
    <message numerus="yes">
        <source>%n edit(s) waiting for the server</source>
        <translation>
            <numerusform>%n edit waiting for the server</numerusform>
            <numerusform>%n edits waiting for the server</numerusform>
        </translation>
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
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Outline of the document</source>
        <translation>Outline of the document</translation>
    </message>
    <message>
        <source>Pages of the document</source>
        <translation>Pages of the document</translation>
    </message>
    <message>
        <source>F7 turns on a caret: arrows move it, Shift and the arrows select, Ctrl+M marks the selection as a question</source>
        <translation>F7 turns on a caret: arrows move it, Shift and the arrows select, Ctrl+M marks the selection as a question</translation>
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
    <message>
        <source>Remove a tag</source>
        <translation>Remove a tag</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Tag to remove:</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>No tags</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>Filter questions</translation>
    </message>
    <message>
        <source>Shows only questions whose text, note or tags contain the words typed</source>
        <translation>Shows only questions whose text, note or tags contain the words typed</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Shows only questions with this status</source>
        <translation>Shows only questions with this status</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Tag filter</translation>
    </message>
    <message>
        <source>Shows only questions with this tag</source>
        <translation>Shows only questions with this tag</translation>
    </message>
    <message>
        <source>Parliamentary group filter</source>
        <translation>Parliamentary group filter</translation>
    </message>
    <message>
        <source>Shows only the questions of this parliamentary group</source>
        <translation>Shows only the questions of this parliamentary group</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sort order</translation>
    </message>
    <message>
        <source>Questions of the document</source>
        <translation>Questions of the document</translation>
    </message>
    <message>
        <source>J and K move, 1 to 5 set the status, T adds a tag, N edits the note, A accepts the proposed status, O opens the answer, R removes a tag</source>
        <translation>J and K move, 1 to 5 set the status, T adds a tag, N edits the note, A accepts the proposed status, O opens the answer, R removes a tag</translation>
    </message>
    <message>
        <source>Status of the question</source>
        <translation>Status of the question</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Add a tag</translation>
    </message>
    <message>
        <source>Type a tag and press Enter</source>
        <translation>Type a tag and press Enter</translation>
    </message>
    <message>
        <source>Tab to a tag and press Enter to remove it</source>
        <translation>Tab to a tag and press Enter to remove it</translation>
    </message>
    <message>
        <source>Note on the question</source>
        <translation>Note on the question</translation>
    </message>
    <message>
        <source>Saved as you type; Escape goes back to the list</source>
        <translation>Saved as you type; Escape goes back to the list</translation>
    </message>
    <message>
        <source>What the signs mean</source>
        <translation>What the signs mean</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Edit the note</source>
        <translation>&amp;Edit the note</translation>
    </message>
    <message>
        <source>&amp;Accept the proposed status</source>
        <translation>&amp;Accept the proposed status</translation>
    </message>
    <message>
        <source>&amp;Open the answer</source>
        <translation>&amp;Open the answer</translation>
    </message>
    <message>
        <source>&amp;Remove a tag…</source>
        <translation>&amp;Remove a tag…</translation>
    </message>
</context>
<context>
    <name>overleg::ui::SearchDock</name>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing texts: %1 of %2</source>
        <translation>Indexing texts: %1 of %2</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation>Updating the search index…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Search everything…</translation>
    </message>
    <message>
        <source>Search texts, questions, notes and details</source>
        <translation>Search texts, questions, notes and details</translation>
    </message>
    <message>
        <source>Search (Ctrl+Shift+F)</source>
        <translation>Search (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Words must all occur; &quot;a phrase&quot;; prefix*; OR; NOT or -word; NEAR(word word, 10); fields: fractie:VVD tag:navragen status:open soort:&quot;Nota naar aanleiding van het verslag&quot; commissie:DiZa dossier:36450 kamerlid:name datum:2024-01..2024-06.</source>
        <translation>Words must all occur; &quot;a phrase&quot;; prefix*; OR; NOT or -word; NEAR(word word, 10); fields: fractie:VVD tag:navragen status:open soort:&quot;Nota naar aanleiding van het verslag&quot; commissie:DiZa dossier:36450 kamerlid:name datum:2024-01..2024-06.</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Words, phrases, prefix*, OR, NOT and fields such as fractie: or tag:; the results appear below as you type</source>
        <translation>Words, phrases, prefix*, OR, NOT and fields such as fractie: or tag:; the results appear below as you type</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>By document; Enter opens the document at the match</source>
        <translation>By document; Enter opens the document at the match</translation>
    </message>
    <message>
        <source>Narrow the search</source>
        <translation>Narrow the search</translation>
    </message>
    <message>
        <source>Counts by kind, committee, parliamentary group, year, status and tag; choosing one narrows the results</source>
        <translation>Counts by kind, committee, parliamentary group, year, status and tag; choosing one narrows the results</translation>
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
    <message>
        <source>What is synchronised</source>
        <translation>What is synchronised</translation>
    </message>
    <message>
        <source>Each category of the open data with the number of entities fetched and its state</source>
        <translation>Each category of the open data with the number of entities fetched and its state</translation>
    </message>
</context>
<context>
    <name>overleg::ui::SyncWiring</name>
    <message>
        <source>Synchronising: %1, %2</source>
        <translation>Synchronising: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Synchronised: %n entities fetched</source>
        <translation>
            <numerusform>Synchronised: %n entity fetched</numerusform>
            <numerusform>Synchronised: %n entities fetched</numerusform>
        </translation>
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
    <message>
        <source>Your tags</source>
        <translation>Your tags</translation>
    </message>
    <message>
        <source>Each tag with its colour and how many questions carry it</source>
        <translation>Each tag with its colour and how many questions carry it</translation>
    </message>
</context>
<context>
    <name>overleg::ui::TeamBar</name>
    <message>
        <source>My questions</source>
        <translation>My questions</translation>
    </message>
    <message>
        <source>Show only the questions assigned to you</source>
        <translation>Show only the questions assigned to you</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)…</source>
        <translation>
            <numerusform>%n conflict…</numerusform>
            <numerusform>%n conflicts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields a colleague changed while you changed them too: choose which to keep</source>
        <translation>Fields a colleague changed while you changed them too: choose which to keep</translation>
    </message>
    <message>
        <source>Not assigned: %1, %2 open</source>
        <translation>Not assigned: %1, %2 open</translation>
    </message>
    <message>
        <source>%1: %2/%3 answered, %4 open</source>
        <translation>%1: %2/%3 answered, %4 open</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (me)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Assign all questions of %1 to</source>
        <translation>Assign all questions of %1 to</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Team progress</source>
        <translation>Team progress</translation>
    </message>
    <message numerus="yes">
        <source>%n refused edit(s)…</source>
        <translation>
            <numerusform>%n refused edit…</numerusform>
            <numerusform>%n refused edits…</numerusform>
        </translation>
    </message>
    <message>
        <source>Edits made offline that the server refused: retry or discard them</source>
        <translation>Edits made offline that the server refused: retry or discard them</translation>
    </message>
</context>
<context>
    <name>overleg::ui::TeamConflictsDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <source>&amp;Save my edit</source>
        <translation>&amp;Save my edit</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Or write the version to keep:</source>
        <translation>Or write the version to keep:</translation>
    </message>
    <message>
        <source>%1: %2, changed by %3</source>
        <translation>%1: %2, changed by %3</translation>
    </message>
    <message>
        <source>No conflicts: every change was saved.</source>
        <translation>No conflicts: every change was saved.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>%1&apos;s, on the server (changed %2)</source>
        <translation>%1&apos;s, on the server (changed %2)</translation>
    </message>
</context>
<context>
    <name>overleg::ui::TeamHistoryDialog</name>
    <message>
        <source>History of question %1</source>
        <translation>History of question %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>No changes recorded for this question yet.</source>
        <translation>No changes recorded for this question yet.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>overleg::ui::TeamRefusedDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Refused edits</source>
        <translation>Refused edits</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Server&apos;s reason</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>Refused at</translation>
    </message>
    <message>
        <source>The server refused these edits made offline. Retry sends them again; Discard drops them and keeps what the server has.</source>
        <translation>The server refused these edits made offline. Retry sends them again; Discard drops them and keeps what the server has.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Tag added</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Tag removed</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Sent.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Discarded.</translation>
    </message>
</context>
<context>
    <name>overleg::ui::TextViewer</name>
    <message>
        <source>&amp;Mark as question</source>
        <translation>&amp;Mark as question</translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation>Text of the document</translation>
    </message>
    <message>
        <source>Arrows move the caret, Shift and the arrows select, Ctrl+M marks the selection as a question</source>
        <translation>Arrows move the caret, Shift and the arrows select, Ctrl+M marks the selection as a question</translation>
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
        <source>Wor&amp;kspace:</source>
        <translation>Wor&amp;kspace:</translation>
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
        <source>Persona&amp;l workspace</source>
        <translation>Persona&amp;l workspace</translation>
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
        <source>&amp;Remember password</source>
        <translation>&amp;Remember password</translation>
    </message>
    <message>
        <source>Keep the password in the desktop&apos;s keyring, never in a file.</source>
        <translation>Keep the password in the desktop&apos;s keyring, never in a file.</translation>
    </message>
</context>
<context>
    <name>overleg::ui::WorkspaceWiring</name>
    <message>
        <source>Personal workspace</source>
        <translation>Personal workspace</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>The server refused edits made offline; they are kept: %1</source>
        <translation>The server refused edits made offline; they are kept: %1</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Changed by %1</translation>
    </message>
</context>
</TS>
