#!/usr/bin/env python3
"""Fills unfinished messages of translations/*.ts from a table (a helper for developers; Qt
Linguist does the same by hand). English is the source language: overleg_en.ts gets the source
text, except plural forms. Usage: tools/fill_translations.py"""
import html
import re

NL = {
    # Question panel: words for confidence and status, legend, triage menu, shortcut sheet.
    'certain': 'zeker',
    'likely': 'waarschijnlijk',
    'uncertain': 'onzeker',
    'Answer due %1': 'Antwoord verwacht uiterlijk %1',
    'A bundle of all your notes (statuses, tags, notes, corrections and linked answer documents) in every document, as JSON. Import it in Overleg elsewhere with File > Import notes; the filters on the left do not apply.': 'Een bundel van al uw notities (statussen, labels, notities, correcties en gekoppelde antwoorddocumenten) in alle documenten, als JSON. Laad hem elders in Overleg met Bestand > Notities importeren; de keuzes links gelden er niet voor.',
    '&Keyboard shortcuts': '&Sneltoetsen',
    'Open folder': 'Map openen',
    'Notes exported to %1': 'Notities geëxporteerd naar %1',
    '&Undo': '&Ongedaan maken',
    '&Undo %1': '&Ongedaan maken: %1',
    '&Redo': 'Opnieuw &doen',
    '&Redo %1': 'Opnieuw &doen: %1',
    'Legend': 'Legenda',
    'What the status icons and colours mean': 'Wat de statuspictogrammen en -kleuren betekenen',
    'no answer yet: awaiting one, or not checked': 'nog geen antwoord: wacht op antwoord, of nog niet nagekeken',
    'the answer covers the question': 'het antwoord dekt de vraag',
    'the answer covers part of it': 'het antwoord dekt een deel ervan',
    'an answer came and skipped it': 'er kwam een antwoord, maar deze vraag werd overgeslagen',
    'nothing to answer (a remark, not a question)': 'niets te beantwoorden (een opmerking, geen vraag)',
    'the question has a note': 'de vraag heeft een notitie',
    "Coloured chips — the question's tags": 'Gekleurde labels — de labels van de vraag',
    'Proposed: %1 (%2) · <a href="accept">Accept</a>': 'Voorstel: %1 (%2) · <a href="accept">Overnemen</a>',
    'No questions of parliamentary groups or members were found in this document: it is not an inbreng, a verslag, a list of questions or written questions.': 'In dit document zijn geen vragen van fracties of Kamerleden gevonden: het is geen inbreng, verslag, lijst van vragen of schriftelijke vragen.',
    'No questions of parliamentary groups or members were found in this document (kind: %1).': 'In dit document zijn geen vragen van fracties of Kamerleden gevonden (soort: %1).',
    '<p><b>%1</b></p><p>%2</p><p>To track a passage anyway, select it in the document and choose "Mark as question".</p>': '<p><b>%1</b></p><p>%2</p><p>Wilt u toch een passage volgen, selecteer die dan in het document en kies "Als vraag markeren".</p>',
    '&Next question': '&Volgende vraag',
    '&Previous question': 'V&orige vraag',
    'Status: %1': 'Status: %1',
    'Add a &tag': '&Label toevoegen',
    'Edit the &note': '&Notitie bewerken',
    'Not a &question': '&Geen vraag',
    'Keyboard shortcuts': 'Sneltoetsen',
    'Command': 'Opdracht',
    'Shortcut': 'Sneltoets',
    ' or ': ' of ',
    'In the note and tag fields': 'In de notitie- en labelvelden',
    'Back to the question list': 'Terug naar de vragenlijst',
    'Save the note or add the tag, back to the list': 'Notitie opslaan of label toevoegen, terug naar de lijst',
    'Single keys act while the question list has the focus.': 'Losse toetsen werken zolang de vragenlijst de focus heeft.',
    'Find in document': 'Zoeken in document',
    'Previous match (Shift+Enter)': 'Vorige treffer (Shift+Enter)',
    'Next match (Enter)': 'Volgende treffer (Enter)',
    'Match case': 'Hoofdlettergevoelig',
    'Whole words': 'Hele woorden',
    'Close (Esc)': 'Sluiten (Esc)',
    'No matches': 'Geen treffers',
    '%1 of %2': '%1 van %2',
    '&Find in document…': '&Zoeken in document…',
    '&Go to page…': '&Ga naar pagina…',
    'Zoom &in': '&Inzoomen',
    'Zoom &out': '&Uitzoomen',
    '&Actual size': '&Ware grootte',
    '&Copy': '&Kopiëren',
    'of %1': 'van %1',
    'Page (Ctrl+G)': 'Pagina (Ctrl+G)',
    'Zoom in (Ctrl++)': 'Inzoomen (Ctrl++)',
    'Zoom out (Ctrl+-)': 'Uitzoomen (Ctrl+-)',
    'Fit width': 'Paginabreedte',
    'Fit page': 'Hele pagina',
    "Unknown status '%1'.": "Onbekende status '%1'.",
    'The status could not be saved: %1': 'De status kon niet worden opgeslagen: %1',
    'The note could not be saved: %1': 'De notitie kon niet worden opgeslagen: %1',
    'A tag needs a name.': 'Een label heeft een naam nodig.',
    'The tag could not be saved: %1': 'Het label kon niet worden opgeslagen: %1',
    "There is already a tag '%1'; merge the tags instead.": "Er is al een label '%1'; voeg de labels samen.",
    'The tags could not be merged: %1': 'De labels konden niet worden samengevoegd: %1',
    'answered': 'beantwoord',
    'partially answered': 'deels beantwoord',
    'unanswered': 'onbeantwoord',
    'not applicable': 'niet van toepassing',
    'open': 'open',
    '(no parliamentary group)': '(zonder fractie)',
    '%n question(s)': ('%n vraag', '%n vragen'),
    '%n open': ('%n open', '%n open'),
    '&Edit': 'Be&werken',
    'Set status to %1': 'Status op %1 zetten',
    'Add tag %1': 'Label %1 toevoegen',
    'Remove tag %1': 'Label %1 verwijderen',
    'Edit note': 'Notitie bewerken',
    'Not a question': 'Geen vraag',
    'All tags': 'Alle labels',
    '<i>Select a question to tag it, set its status or note a remark.</i>':
        '<i>Kies een vraag om haar te labelen, haar status te zetten of er een opmerking bij te maken.</i>',
    '<b>Question %1</b> · %2 · p. %3': '<b>Vraag %1</b> · %2 · p. %3',
    'Filter questions, notes and tags…': 'Vragen, notities en labels filteren…',
    'All statuses': 'Alle statussen',
    'By number': 'Op nummer',
    'By status': 'Op status',
    'Add a tag (Enter)': 'Label toevoegen (Enter)',
    'Note': 'Notitie',
    'Remove this unit: the extractor took something for a question that is none (Delete)':
        'Deze eenheid verwijderen: de herkenning zag hier ten onrechte een vraag (Delete)',
    '<p><b>%1</b></p><p>Reading the document…</p>': '<p><b>%1</b></p><p>Document wordt gelezen…</p>',
    '<p><b>%1</b></p><p>This is a %2: it holds no questions of parliamentary groups or members to track.</p>':
        '<p><b>%1</b></p><p>Dit is een %2: er staan geen vragen van fracties of Kamerleden in om te volgen.</p>',
    '<b>%1</b><br>%2 · %n question(s)': ('<b>%1</b><br>%2 · %n vraag', '<b>%1</b><br>%2 · %n vragen'),
    'Notes without a question': 'Notities zonder vraag',
    '&Mark as question': 'Als &vraag markeren',
    'Mark as question': 'Als vraag markeren',
    'Split question': 'Vraag splitsen',
    'Merge questions': 'Vragen samenvoegen',
    'Split after the first sentence': 'Splitsen na de eerste zin',
    'Merge with the next question': 'Samenvoegen met de volgende vraag',
    '&Tags…': '&Labels…',
    '&Rename…': '&Hernoemen…',
    '&Colour…': '&Kleur…',
    '&Merge into…': '&Samenvoegen met…',
    '&Delete': '&Verwijderen',
    'Tags': 'Labels',
    'Rename tag': 'Label hernoemen',
    'New name:': 'Nieuwe naam:',
    'Tag colour': 'Labelkleur',
    'Merge tags': 'Labels samenvoegen',
    "Merge '%1' into:": "'%1' samenvoegen met:",
    'Delete tag': 'Label verwijderen',
    'All parliamentary groups': 'Alle fracties',
    "Delete the tag '%1'? It is taken off every question that has it.":
        "Het label '%1' verwijderen? Het verdwijnt bij elke vraag die het heeft.",
    # Sync
    "Only commissies and dossiers can be followed, not '%1'.": "Alleen commissies en dossiers kunnen worden gevolgd, niet '%1'.",
    'Cannot store %1 %2: %3': 'Kan %1 %2 niet opslaan: %3',
    'not stored after an earlier failure': 'niet opgeslagen na een eerdere fout',
    "'%1' is not a document id of the Kamer.": "'%1' is geen document-id van de Kamer.",
    'The Kamer has no readable file for this document.': 'De Kamer heeft geen leesbaar bestand bij dit document.',
    'No network access.': 'Geen netwerktoegang.',
    'The server answered %1.': 'De server antwoordde %1.',
    'The server answered %1 for %2.': 'De server antwoordde %1 voor %2.',
    'Received %1 of %2 bytes.': '%1 van %2 bytes ontvangen.',
    '%1 (after %2 attempts)': '%1 (na %2 pogingen)',
    "'%1' is not a valid feed address.": "'%1' is geen geldig feedadres.",
    "Unknown category '%1'.": "Onbekende categorie '%1'.",
    'The feed answered with %1 instead of XML.': 'De feed antwoordde met %1 in plaats van XML.',
    'The page has no link to the next one.': 'De pagina verwijst niet naar de volgende.',
    'The feed repeated an earlier page (skiptoken %1).': 'De feed herhaalde een eerdere pagina (skiptoken %1).',
    '&Synchronise…': '&Synchroniseren…',
    "Fetch the latest from the Tweede Kamer's open data": 'Het nieuwste ophalen uit de open data van de Tweede Kamer',
    'synchronised %1': 'gesynchroniseerd %1',
    'Follow': 'Volgen',
    'Followed: its documents are downloaded with every sync.': 'Gevolgd: de documenten worden bij elke synchronisatie gedownload.',
    'No longer followed.': 'Niet meer gevolgd.',
    'Fetching the file from the Tweede Kamer…': 'Het bestand wordt bij de Tweede Kamer opgehaald…',
    'The file could not be fetched from the Tweede Kamer: %1 Check the connection and open the document again.':
        'Het bestand kon niet bij de Tweede Kamer worden opgehaald: %1 Controleer de verbinding en open het document opnieuw.',
    '&Follow (download its documents when syncing)': '&Volgen (documenten downloaden bij synchroniseren)',
    'Synchronise with the Tweede Kamer': 'Synchroniseren met de Tweede Kamer',
    'Category': 'Categorie',
    'Entities': 'Entiteiten',
    'State': 'Stand',
    'Files: %v of %m': 'Bestanden: %v van %m',
    'Synchronise': 'Synchroniseren',
    'Cancel sync': 'Synchronisatie afbreken',
    'Feed address:': 'Feedadres:',
    'Start date:': 'Vanaf datum:',
    'Last sync:': 'Laatste synchronisatie:',
    'Updating the navigation…': 'De navigatie wordt bijgewerkt…',
    'Downloading the documents of what you follow…': 'De documenten van wat u volgt worden gedownload…',
    'never': 'nooit',
    'Documents, zaken and activities from this date on; commissies, kamerleden, fracties and dossiers in full.':
        'Documenten, zaken en activiteiten vanaf deze datum; commissies, Kamerleden, fracties en dossiers volledig.',
    'Each sync continues where the previous one stopped.': 'Elke synchronisatie gaat verder waar de vorige stopte.',
    "'%1' is not a web address (http or https).": "'%1' is geen webadres (http of https).",
    'waiting': 'wacht',
    'Fetching from %1…': 'Ophalen van %1…',
    'Cancelling…': 'Afbreken…',
    'fetching': 'ophalen',
    'up to date': 'bijgewerkt',
    'failed': 'mislukt',
    'Cancelled. What was fetched is kept; the next sync continues from there.':
        'Afgebroken. Wat al binnen was blijft bewaard; de volgende synchronisatie gaat daar verder.',
    'No connection with the Tweede Kamer (%1). Your library stays available offline; try again later.':
        'Geen verbinding met de Tweede Kamer (%1). Uw bibliotheek blijft offline beschikbaar; probeer het later opnieuw.',
    'Not everything came through: %1': 'Niet alles kwam binnen: %1',
    'Synchronised: %n entities fetched': ('Gesynchroniseerd: %n entiteit opgehaald', 'Gesynchroniseerd: %n entiteiten opgehaald'),
    '%n entities fetched': ('%n entiteit opgehaald', '%n entiteiten opgehaald'),
    '%n files downloaded': ('%n bestand gedownload', '%n bestanden gedownload'),
    '%n files could not be fetched; they are tried again next time.':
        ('%n bestand kon niet worden opgehaald; het wordt de volgende keer opnieuw geprobeerd.',
         '%n bestanden konden niet worden opgehaald; ze worden de volgende keer opnieuw geprobeerd.'),
    # Export
    '%1: no such document in the library.': '%1: dit document staat niet in de bibliotheek.',
    '%n document(s)': ('%n document', '%n documenten'),
    '%n newer note(s) already here were kept.': ('%n nieuwere notitie die hier al stond is behouden.', '%n nieuwere notities die hier al stonden zijn behouden.'),
    '%n question note(s) imported.': ('%n notitie bij een vraag geïmporteerd.', '%n notities bij vragen geïmporteerd.'),
    '&Export notes…': 'Notities &exporteren…',
    '&Print notes…': 'Notities af&drukken…',
    'A copy of your notes from before the import is in %1.': 'Een kopie van uw notities van vóór de import staat in %1.',
    'All documents with notes': 'Alle documenten met notities',
    'All notes as a bundle (JSON, to import elsewhere)': 'Alle notities als bundel (JSON, om elders te importeren)',
    'Any group': 'Elke fractie',
    'Any status': 'Elke status',
    'Any tag': 'Elk label',
    'CSV (*.csv)': 'CSV (*.csv)',
    'CSV (spreadsheet)': 'CSV (spreadsheet)',
    'Cannot add a page to the report.': 'Kan geen pagina aan het rapport toevoegen.',
    'Cannot back up the notes before importing: %1': 'Kan geen reservekopie van de notities maken voor het importeren: %1',
    'Cannot save %1: %2 (nothing was written)': 'Kan %1 niet opslaan: %2 (er is niets geschreven)',
    'Cannot start writing the report.': 'Kan niet beginnen met het schrijven van het rapport.',
    'Cannot write %1: %2 (nothing was written)': 'Kan %1 niet schrijven: %2 (er is niets geschreven)',
    'Cannot write %1: %2': 'Kan %1 niet schrijven: %2',
    'Export notes': 'Notities exporteren',
    'Export…': 'Exporteren…',
    'Format:': 'Formaat:',
    'I&mport notes…': 'Notities i&mporteren…',
    'Import notes': 'Notities importeren',
    'Markdown (*.md)': 'Markdown (*.md)',
    'Markdown': 'Markdown',
    'Overleg notes (*.json)': 'Overleg-notities (*.json)',
    'PDF (*.pdf)': 'PDF (*.pdf)',
    'PDF report': 'PDF-rapport',
    'Parliamentary group:': 'Fractie:',
    'Print…': 'Afdrukken…',
    'Status:': 'Status:',
    'Tag:': 'Label:',
    'The notes as a PDF report, Markdown, CSV or a bundle': 'De notities als PDF-rapport, Markdown, CSV of bundel',
    'The notes could not be imported: %1': 'De notities konden niet worden geïmporteerd: %1',
    'The report could not be finished.': 'Het rapport kon niet worden afgerond.',
    'This bundle was written by a newer version of Overleg (format %1; this version reads up to %2). Update Overleg to import it.':
        'Deze bundel is gemaakt met een nieuwere versie van Overleg (formaat %1; deze versie leest tot en met %2). Werk Overleg bij om hem te importeren.',
    'This document': 'Dit document',
    'This is not an Overleg notes bundle.': 'Dit is geen notitiebundel van Overleg.',
    'What': 'Wat',
    'the file is not in the library': 'het bestand staat niet in de bibliotheek',
    # Answers
    "No other document '%1' in the library.": "Geen ander document '%1' in de bibliotheek.",
    '%1 answered, %2 not': '%1 beantwoord, %2 niet',
    '%n day(s) overdue': ('%n dag te laat', '%n dagen te laat'),
    '%n open question(s)': ('%n open vraag', '%n open vragen'),
    '%n document(s), narrowed': ('%n document, gefilterd', '%n documenten, gefilterd'),
    'Question %1': 'Vraag %1',
    'p. %1': 'p. %1',
    'marked unanswered': 'gemarkeerd als onbeantwoord',
    'marked partially answered': 'gemarkeerd als gedeeltelijk beantwoord',
    'Open questions of:': 'Open vragen van:',
    'All committees': 'Alle commissies',
    'Only documents of this committee': 'Alleen documenten van deze commissie',
    'Only questions this parliamentary group asked': 'Alleen vragen van deze fractie',
    'Only questions with this tag': 'Alleen vragen met dit label',
    '&Link an answer document…': 'Antwoorddocument &koppelen…',
    '&Unlink answer documents': 'Koppeling met antwoorddocumenten &verwijderen',
    '<b>Answer</b> (p. %1): %2… <a href="open">Open</a>': '<b>Antwoord</b> (p. %1): %2… <a href="open">Openen</a>',
    '<i>No answer found.</i>': '<i>Geen antwoord gevonden.</i>',
    'Answer (p. %1): %2': 'Antwoord (p. %1): %2',
    'Answers from: %1': 'Antwoorden uit: %1',
    'Link an answer document': 'Antwoorddocument koppelen',
    'No answer yet. Due %1%2.': 'Nog geen antwoord. Termijn %1%2.',
    'Open the document with the questions first.': 'Open eerst het document met de vragen.',
    'Proposed: %1 (confidence %2) · <a href="accept">Accept</a>': 'Voorstel: %1 (zekerheid %2) · <a href="accept">Overnemen</a>',
    'Proposed: %1 · <a href="accept">Accept</a>': 'Voorstel: %1 · <a href="accept">Overnemen</a>',
    'The document that answers "%1" (its number, e.g. 2025D01234, or kamerstuk id):': 'Het document dat "%1" beantwoordt (het nummer, bijv. 2025D01234, of kamerstuk-id):',
    'file not here yet': 'bestand nog niet binnen',
    'Open questions': 'Open vragen',
    'due %1': 'termijn %1',
    '%n day(s) left': ('nog %n dag', 'nog %n dagen'),
    'The %n open document(s)': ('Het %n geopende document', 'De %n geopende documenten'),
    'The HTML file could not be read: it is empty or badly damaged.': 'Het HTML-bestand kan niet worden gelezen: het is leeg of zwaar beschadigd.',
    'The notes are being changed elsewhere and stayed locked; nothing was saved. Try again. (%1)': 'De notities worden elders gewijzigd en bleven vergrendeld; er is niets opgeslagen. Probeer het opnieuw. (%1)',
    'The document unpacks to more than %1 MB (a part of it to more than %2 MB); Overleg does not read documents that large. Save it as PDF or split it.': 'Het document pakt uit tot meer dan %1 MB (een deel ervan tot meer dan %2 MB); zulke grote documenten leest Overleg niet. Sla het op als PDF of splits het.',
    'The document expands to more than %1 MB of text; Overleg does not read documents that large. Save it as PDF or split it.': 'Het document bevat meer dan %1 MB tekst; zulke grote documenten leest Overleg niet. Sla het op als PDF of splits het.',
    '(%1 more characters; the Markdown and CSV exports hold the whole note)': '(nog %1 tekens; de export naar Markdown en CSV bevat de hele notitie)',
    'The server did not deliver the whole response within %1 s.': 'De server leverde het antwoord niet volledig binnen %1 s.',
    'The file is larger than %1 MB; it is not downloaded.': 'Het bestand is groter dan %1 MB; het wordt niet gedownload.',
    'The feed page is larger than %1 MB; it is not read.': 'De feedpagina is groter dan %1 MB; hij wordt niet gelezen.',
    'The server sent more than the %1 bytes it declared.': 'De server stuurde meer dan de %1 bytes die hij aankondigde.',
    'The server %1 cannot be reached: %2': 'De server %1 is niet bereikbaar: %2',
    'The notes could not be imported: %1; nothing was changed.': 'De notities konden niet worden geïmporteerd: %1; er is niets gewijzigd.',
    "The bundle is damaged: an annotation has no question, no date or an unknown status ('%1'); nothing was imported.": "De bundel is beschadigd: een aantekening heeft geen vraag, geen datum of een onbekende status ('%1'); er is niets geïmporteerd.",
    '%1. The sync stopped; try again when the server is reachable.': '%1. De synchronisatie is gestopt; probeer het opnieuw als de server bereikbaar is.',
    'open, awaiting the answer': 'open, antwoord wordt verwacht',
    '<i>No answer yet: the answer is awaited.</i>': '<i>Nog geen antwoord: het antwoord wordt verwacht.</i>',
    'As the document itself says': 'Zoals het document zelf zegt',
    'Kind of document': 'Soort document',
    'Read this document as (its questions and answers are found accordingly):': 'Lees dit document als (de vragen en antwoorden worden daarnaar gezocht):',
    '<b>%1</b><br><a href="soort">%2</a> · %n question(s)': ('<b>%1</b><br><a href="soort">%2</a> · %n vraag', '<b>%1</b><br><a href="soort">%2</a> · %n vragen'),
    'Change the kind of document': 'Soort document wijzigen',
    '<p><b>%1</b></p><p>%2</p><p>To track a passage anyway, select it in the document and choose "Mark as question". Or <a href="soort">say what kind of document this is</a>.</p>': '<p><b>%1</b></p><p>%2</p><p>Wilt u toch een passage volgen, selecteer die dan in het document en kies "Als vraag markeren". Of <a href="soort">geef aan wat voor document dit is</a>.</p>',
    'Committees': 'Commissies',
    'Persons': 'Personen',
    'Parliamentary groups': 'Fracties',
    'Seats of the groups': 'Zetels van de fracties',
    'Members of the groups': 'Leden van de fracties',
    'Committee seats': 'Commissiezetels',
    'Committee members': 'Commissieleden',
    'Substitute committee members': 'Plaatsvervangende commissieleden',
    'Parliamentary dossiers': 'Kamerstukdossiers',
    'Cases': 'Zaken',
    'Parties to cases': 'Betrokkenen bij zaken',
    'Documents': 'Documenten',
    'Authors of documents': 'Indieners en ondertekenaars',
    'Document versions': 'Documentversies',
    'Activities': 'Activiteiten',
    'Participants in activities': 'Deelnemers aan activiteiten',
    'Agenda items': 'Agendapunten',
    'failed: %1': 'mislukt: %1',
}
EN_PLURALS = {
    '%n question(s)': ('%n question', '%n questions'),
    '%n open': ('%n open', '%n open'),
    '<b>%1</b><br>%2 · %n question(s)': ('<b>%1</b><br>%2 · %n question', '<b>%1</b><br>%2 · %n questions'),
    'Synchronised: %n entities fetched': ('Synchronised: %n entity fetched', 'Synchronised: %n entities fetched'),
    '%n entities fetched': ('%n entity fetched', '%n entities fetched'),
    '%n files downloaded': ('%n file downloaded', '%n files downloaded'),
    '%n files could not be fetched; they are tried again next time.':
        ('%n file could not be fetched; it is tried again next time.',
         '%n files could not be fetched; they are tried again next time.'),
    '%n document(s)': ('%n document', '%n documents'),
    '%n newer note(s) already here were kept.': ('%n newer note already here was kept.', '%n newer notes already here were kept.'),
    '%n question note(s) imported.': ('%n question note imported.', '%n question notes imported.'),
    '%n day(s) overdue': ('%n day overdue', '%n days overdue'),
    '%n day(s) left': ('%n day left', '%n days left'),
    '%n open question(s)': ('%n open question', '%n open questions'),
    '%n document(s), narrowed': ('%n document, narrowed', '%n documents, narrowed'),
    'The %n open document(s)': ('The %n open document', 'The %n open documents'),
    '<b>%1</b><br><a href="soort">%2</a> · %n question(s)': ('<b>%1</b><br><a href="soort">%2</a> · %n question', '<b>%1</b><br><a href="soort">%2</a> · %n questions'),
}


def fill(path, table, identity):
    text = open(path, encoding='utf-8').read()
    missing = []

    def one(match):
        message = match.group(0)
        if 'type="unfinished"' not in message:
            return message
        raw = re.search(r'<source>(.*?)</source>', message, re.S).group(1)
        source = html.unescape(raw)
        if source in table:
            value = table[source]
            if isinstance(value, tuple):
                body = ''.join(f'<numerusform>{html.escape(v, quote=False)}</numerusform>' for v in value)
            else:
                body = html.escape(value, quote=False)
        elif identity:
            body = raw
        else:
            missing.append(source)
            return message
        return re.sub(r'<translation[^>]*?(/>|>.*?</translation>)', f'<translation>{body}</translation>',
                      message, flags=re.S)

    text = re.sub(r'<message[^>]*>.*?</message>', one, text, flags=re.S)
    open(path, 'w', encoding='utf-8').write(text)
    for source in missing:
        print(f'{path}: no translation for {source!r}')


def reset_bad_plurals(path):
    """lupdate's same-text heuristic fills a plural message with one plain form, which lrelease
    rejects: mark such messages unfinished again so fill() gives them their forms."""
    text = open(path, encoding='utf-8').read()

    def fix(match):
        body = match.group(0)
        if '<numerusform>' in body:
            return body
        return re.sub(r'<translation[^>]*?(/>|>.*?</translation>)',
                      '<translation type="unfinished"></translation>', body, flags=re.S)

    text = re.sub(r'<message numerus="yes">.*?</message>', fix, text, flags=re.S)
    open(path, 'w', encoding='utf-8').write(text)


def merge_area_tables():
    """Each area of the program may keep its strings in tools/translations/<area>.py (tables NL
    and EN_PLURALS), so work on different areas does not edit one long table."""
    import importlib.util
    import pathlib
    for path in sorted(pathlib.Path(__file__).with_name('translations').glob('*.py')):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        NL.update(getattr(module, 'NL', {}))
        EN_PLURALS.update(getattr(module, 'EN_PLURALS', {}))


merge_area_tables()
for ts in ('translations/overleg_nl.ts', 'translations/overleg_en.ts'):
    reset_bad_plurals(ts)
fill('translations/overleg_nl.ts', NL, False)
fill('translations/overleg_en.ts', EN_PLURALS, True)
