<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;overleg-cli %1 --help&apos;.</source>
        <translation>Zie &apos;overleg-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>the data directory (default: OVERLEG_DATA_DIR, else $XDG_DATA_HOME/overleg)</source>
        <translation>de gegevensmap (standaard: OVERLEG_DATA_DIR, anders $XDG_DATA_HOME/overleg)</translation>
    </message>
    <message>
        <source>print the result as one JSON document on stdout</source>
        <translation>het resultaat als één JSON-document op stdout</translation>
    </message>
    <message>
        <source>print progress and confirmations on stderr</source>
        <translation>voortgang en bevestigingen op stderr</translation>
    </message>
    <message>
        <source>print this help; after a command, that command&apos;s help</source>
        <translation>deze hulp; na een opdracht de hulp bij die opdracht</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>de versie</translation>
    </message>
    <message>
        <source>Usage: overleg-cli [OPTIONS] COMMAND [ARGUMENTS]</source>
        <translation>Gebruik: overleg-cli [OPTIES] OPDRACHT [ARGUMENTEN]</translation>
    </message>
    <message>
        <source>The library, the documents and the notes of Overleg, for scripts.</source>
        <translation>De bibliotheek, de documenten en de notities van Overleg, voor scripts.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>&apos;overleg-cli COMMAND --help&apos; describes a command and its options. Where a command reads or writes a FILE, &apos;-&apos; is stdin or stdout; &apos;--&apos; ends the options.</source>
        <translation>&apos;overleg-cli OPDRACHT --help&apos; beschrijft een opdracht en haar opties. Waar een opdracht een FILE leest of schrijft, is &apos;-&apos; stdin of stdout; &apos;--&apos; beëindigt de opties.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 the command failed, 2 the command line is wrong.</source>
        <translation>Afsluitcode: 0 gedaan, 1 de opdracht is mislukt, 2 de opdrachtregel klopt niet.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Gebruik: %1</translation>
    </message>
    <message>
        <source>(repeatable)</source>
        <translation>(herhaalbaar)</translation>
    </message>
    <message>
        <source>Global options: --data-dir DIR, --json, -v/--verbose (see overleg-cli --help).</source>
        <translation>Algemene opties: --data-dir DIR, --json, -v/--verbose (zie overleg-cli --help).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Try &apos;overleg-cli --help&apos;.</source>
        <translation>onbekende opdracht &apos;%1&apos;. Zie &apos;overleg-cli --help&apos;.</translation>
    </message>
    <message>
        <source>option --data-dir needs a directory.</source>
        <translation>optie --data-dir vraagt een map.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>onbekende optie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>option %1 takes no value.</source>
        <translation>optie %1 neemt geen waarde.</translation>
    </message>
    <message>
        <source>option %1 needs a value (%1 %2, or %1=%2 for a value that starts with &apos;-&apos;).</source>
        <translation>optie %1 vraagt een waarde (%1 %2, of %1=%2 voor een waarde die met &apos;-&apos; begint).</translation>
    </message>
    <message>
        <source>missing argument; usage: %1</source>
        <translation>argument ontbreekt; gebruik: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; usage: %2</source>
        <translation>onverwacht argument &apos;%1&apos;; gebruik: %2</translation>
    </message>
    <message>
        <source>Try &apos;overleg-cli --help&apos;.</source>
        <translation>Zie &apos;overleg-cli --help&apos;.</translation>
    </message>
    <message>
        <source>cannot read stdin.</source>
        <translation>kan stdin niet lezen.</translation>
    </message>
    <message>
        <source>stdin: more than %1 MB; a document is at most that large.</source>
        <translation>stdin: meer dan %1 MB; zo groot mag een document hoogstens zijn.</translation>
    </message>
    <message>
        <source>%1: cannot read the file.</source>
        <translation>%1: kan het bestand niet lezen.</translation>
    </message>
    <message>
        <source>cannot write to stdout.</source>
        <translation>kan niet naar stdout schrijven.</translation>
    </message>
    <message>
        <source>N is the number of a question, not &apos;%1&apos;.</source>
        <translation>N is het nummer van een vraag, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;: use %2.</source>
        <translation>onbekende status &apos;%1&apos;: gebruik %2.</translation>
    </message>
    <message>
        <source>%1: no such document in the library.</source>
        <translation>%1: dit document staat niet in de bibliotheek.</translation>
    </message>
    <message>
        <source>%1: the library has no file for this document yet.</source>
        <translation>%1: de bibliotheek heeft nog geen bestand van dit document.</translation>
    </message>
    <message>
        <source>%1 has no question %2 (it has %3).</source>
        <translation>%1 heeft geen vraag %2 (het heeft er %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 question %2: %3%4%5</source>
        <translation>%1 vraag %2: %3%4%5</translation>
    </message>
    <message>
        <source>set what the question panel sets</source>
        <translation>instellen wat het vragenpaneel instelt</translation>
    </message>
    <message>
        <source>The status, tags and note of question N of DOC, a document of the library, numbered as the question panel numbers it. A note that starts with &apos;-&apos; is given as --note=TEXT.</source>
        <translation>De status, labels en notitie van vraag N van DOC, een document uit de bibliotheek, genummerd zoals het vragenpaneel nummert. Een notitie die met &apos;-&apos; begint, geeft u als --note=TEXT.</translation>
    </message>
    <message>
        <source>open, answered, partial, unanswered or not_applicable</source>
        <translation>open, answered, partial, unanswered of not_applicable</translation>
    </message>
    <message>
        <source>add this tag</source>
        <translation>dit label toevoegen</translation>
    </message>
    <message>
        <source>the note (replaces the one there; empty removes it)</source>
        <translation>de notitie (vervangt de bestaande; leeg verwijdert haar)</translation>
    </message>
    <message>
        <source>unknown soort &apos;%1&apos;; SOORT is one of: %2</source>
        <translation>onbekende soort &apos;%1&apos;; SOORT is een van: %2</translation>
    </message>
    <message>
        <source>chosen by the user</source>
        <translation>gekozen door de gebruiker</translation>
    </message>
    <message>
        <source>the Kamer&apos;s metadata</source>
        <translation>de metadata van de Kamer</translation>
    </message>
    <message>
        <source>the document&apos;s head</source>
        <translation>de kop van het document</translation>
    </message>
    <message>
        <source>%1: kind not recognised</source>
        <translation>%1: soort niet herkend</translation>
    </message>
    <message>
        <source>the kind DOC is read as; set or reset it</source>
        <translation>als welke soort DOC gelezen wordt; instellen of terugzetten</translation>
    </message>
    <message>
        <source>With SOORT, the user&apos;s correction (kept with the notes); with auto, the document&apos;s metadata and head decide again.</source>
        <translation>Met SOORT de correctie van de gebruiker (bewaard bij de notities); met auto beslissen de metadata en de kop van het document weer.</translation>
    </message>
    <message>
        <source>stdin can be read once: &apos;-&apos; for FILE or for --questions.</source>
        <translation>stdin kan één keer gelezen worden: &apos;-&apos; voor FILE of voor --questions.</translation>
    </message>
    <message>
        <source>kind not recognised</source>
        <translation>soort niet herkend</translation>
    </message>
    <message>
        <source>%1: %2; questions from %3: %4, %5</source>
        <translation>%1: %2; vragen uit %3: %4, %5</translation>
    </message>
    <message>
        <source>answer status of every question</source>
        <translation>de antwoordstatus van elke vraag</translation>
    </message>
    <message>
        <source>The questions come from --questions when given, else from FILE itself (a Verslag SO, an Antwoord schriftelijke vragen or a Nota repeats them).</source>
        <translation>De vragen komen uit --questions als dat gegeven is, anders uit FILE zelf (een Verslag SO, een Antwoord schriftelijke vragen of een Nota herhaalt ze).</translation>
    </message>
    <message>
        <source>the document that asked the questions</source>
        <translation>het document dat de vragen stelde</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>kan %1 niet lezen.</translation>
    </message>
    <message>
        <source>--format takes pdf, md, csv or json.</source>
        <translation>--format neemt pdf, md, csv of json.</translation>
    </message>
    <message>
        <source>--out is required: a file, or &apos;-&apos; for stdout.</source>
        <translation>--out is verplicht: een bestand, of &apos;-&apos; voor stdout.</translation>
    </message>
    <message>
        <source>--lang takes nl or en.</source>
        <translation>--lang neemt nl of en.</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: notes of %n document(s)</source>
        <translation>
            <numerusform>%1 geschreven: notities bij %n document</numerusform>
            <numerusform>%1 geschreven: notities bij %n documenten</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote %1: %2, %3</source>
        <translation>%1 geschreven: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>imported %1, %2, %3, %4, %5; %6. Backup: %7</source>
        <translation>geïmporteerd: %1, %2, %3, %4, %5; %6. Reservekopie: %7</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n aantekening</numerusform>
            <numerusform>%n aantekeningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tag(s)</source>
        <translation>
            <numerusform>%n nieuw label</numerusform>
            <numerusform>%n nieuwe labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correctie</numerusform>
            <numerusform>%n correcties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n koppeling</numerusform>
            <numerusform>%n koppelingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow(s)</source>
        <translation>
            <numerusform>%n gevolgd onderwerp</numerusform>
            <numerusform>%n gevolgde onderwerpen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer here kept</source>
        <translation>
            <numerusform>%n hier nieuwer en behouden</numerusform>
            <numerusform>%n hier nieuwer en behouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) are for documents this library does not have (%1); they are kept and show when those documents are added.</source>
        <translation>
            <numerusform>%n aantekening hoort bij documenten die deze bibliotheek niet heeft (%1); ze wordt bewaard en verschijnt zodra die documenten erbij komen.</numerusform>
            <numerusform>%n aantekeningen horen bij documenten die deze bibliotheek niet heeft (%1); ze worden bewaard en verschijnen zodra die documenten erbij komen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the notes report, or the notes as a bundle</source>
        <translation>het notitierapport, of de notities als bundel</translation>
    </message>
    <message>
        <source>pdf, md and csv: the report of the documents with notes (or those given), filtered by tag, status or fractie. json: the notes themselves in the same scope, a bundle that import-notes merges into another library.</source>
        <translation>pdf, md en csv: het rapport van de documenten met notities (of de opgegeven), gefilterd op label, status of fractie. json: de notities zelf in dezelfde selectie, een bundel die import-notes in een andere bibliotheek opneemt.</translation>
    </message>
    <message>
        <source>what to write (required)</source>
        <translation>wat er geschreven wordt (verplicht)</translation>
    </message>
    <message>
        <source>where to write it (required); &apos;-&apos; is stdout</source>
        <translation>waarheen (verplicht); &apos;-&apos; is stdout</translation>
    </message>
    <message>
        <source>only this document (number, KOOP id or id)</source>
        <translation>alleen dit document (nummer, KOOP-id of id)</translation>
    </message>
    <message>
        <source>only questions with this tag</source>
        <translation>alleen vragen met dit label</translation>
    </message>
    <message>
        <source>only questions with this status</source>
        <translation>alleen vragen met deze status</translation>
    </message>
    <message>
        <source>only questions of this fractie</source>
        <translation>alleen vragen van deze fractie</translation>
    </message>
    <message>
        <source>the language of the report (default nl)</source>
        <translation>de taal van het rapport (standaard nl)</translation>
    </message>
    <message>
        <source>merge a notes bundle into this library</source>
        <translation>een notitiebundel in deze bibliotheek opnemen</translation>
    </message>
    <message>
        <source>FILE is a bundle written by export --format json (&apos;-&apos; reads stdin). The notes are backed up first; an annotation newer here is kept.</source>
        <translation>FILE is een bundel geschreven door export --format json (&apos;-&apos; leest stdin). Eerst wordt een reservekopie van de notities gemaakt; een aantekening die hier nieuwer is, blijft.</translation>
    </message>
    <message>
        <source>add files to the library</source>
        <translation>bestanden aan de bibliotheek toevoegen</translation>
    </message>
    <message>
        <source>cannot list &apos;%1&apos;: choose commissies, dossiers, kamerleden or documents.</source>
        <translation>kan &apos;%1&apos; niet opsommen: kies commissies, dossiers, kamerleden of documents.</translation>
    </message>
    <message>
        <source>browse the library</source>
        <translation>de bibliotheek doorbladeren</translation>
    </message>
    <message>
        <source>One line per commissie, dossier, Kamerlid or document, tab-separated.</source>
        <translation>Eén regel per commissie, dossier, Kamerlid of document, gescheiden door tabs.</translation>
    </message>
    <message>
        <source>no commissie &apos;%1&apos; in the library.</source>
        <translation>geen commissie &apos;%1&apos; in de bibliotheek.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) read for their questions</source>
        <translation>
            <numerusform>%n document gelezen voor de vragen</numerusform>
            <numerusform>%n documenten gelezen voor de vragen</numerusform>
        </translation>
    </message>
    <message>
        <source>questions not read</source>
        <translation>vragen niet gelezen</translation>
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
        <translation>onbeantwoorde vragen, op termijn</translation>
    </message>
    <message>
        <source>only documents of this commissie</source>
        <translation>alleen documenten van deze commissie</translation>
    </message>
    <message>
        <source>%1: kind not recognised (no written consultation whose questions Overleg reads), %2</source>
        <translation>%1: soort niet herkend (geen schriftelijk overleg waarvan Overleg de vragen leest), %2</translation>
    </message>
    <message>
        <source>the question units of a document</source>
        <translation>de vragen van een document</translation>
    </message>
    <message>
        <source>A document of the library is read with the user&apos;s corrections, numbered as the question panel numbers it; with --json, every unit with its boxes on the pages.</source>
        <translation>Een document uit de bibliotheek wordt gelezen met de correcties van de gebruiker en genummerd zoals het vragenpaneel nummert; met --json elke vraag met haar vakken op de pagina&apos;s.</translation>
    </message>
    <message>
        <source>--page takes a page number, not &apos;%1&apos;.</source>
        <translation>--page neemt een paginanummer, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--dpi must be between 10 and 1200.</source>
        <translation>--dpi moet tussen 10 en 1200 liggen.</translation>
    </message>
    <message>
        <source>--out is required: a PNG file, or &apos;-&apos; for stdout.</source>
        <translation>--out is verplicht: een PNG-bestand, of &apos;-&apos; voor stdout.</translation>
    </message>
    <message>
        <source>%1: render draws PDF pages; this is %2 (use &apos;text&apos; for its text).</source>
        <translation>%1: render tekent PDF-pagina&apos;s; dit is %2 (gebruik &apos;text&apos; voor de tekst).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s); there is no page %2.</source>
        <translation>
            <numerusform>%1 heeft %n pagina; er is geen pagina %2.</numerusform>
            <numerusform>%1 heeft %n pagina&apos;s; er is geen pagina %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: page %2 is too large to render (%3 x %4 pt).</source>
        <translation>%1: pagina %2 is te groot om te tekenen (%3 x %4 pt).</translation>
    </message>
    <message>
        <source>%1: page %2 is %3 x %4 pt; rendered at %5 dpi to stay under %6 megapixels.</source>
        <translation>%1: pagina %2 is %3 x %4 pt; getekend op %5 dpi om onder %6 megapixel te blijven.</translation>
    </message>
    <message>
        <source>%1: page %2 cannot be rendered.</source>
        <translation>%1: pagina %2 kan niet getekend worden.</translation>
    </message>
    <message>
        <source>%1: page %2 cannot be saved as PNG.</source>
        <translation>%1: pagina %2 kan niet als PNG bewaard worden.</translation>
    </message>
    <message>
        <source>one PDF page as a PNG image</source>
        <translation>één PDF-pagina als PNG-afbeelding</translation>
    </message>
    <message>
        <source>the page, from 1 (default 1)</source>
        <translation>de pagina, vanaf 1 (standaard 1)</translation>
    </message>
    <message>
        <source>the resolution, 10 to 1200 (default 150)</source>
        <translation>de resolutie, 10 tot 1200 (standaard 150)</translation>
    </message>
    <message>
        <source>the image file to write; &apos;-&apos; writes it to stdout</source>
        <translation>het afbeeldingsbestand; &apos;-&apos; schrijft naar stdout</translation>
    </message>
    <message numerus="yes">
        <source>(%n categories)</source>
        <translation>
            <numerusform>(%n categorie)</numerusform>
            <numerusform>(%n categorieën)</numerusform>
        </translation>
    </message>
    <message>
        <source>--since needs a date as YYYY-MM-DD.</source>
        <translation>--since vraagt een datum als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout vraagt een aantal seconden.</translation>
    </message>
    <message>
        <source>--retries needs a number.</source>
        <translation>--retries vraagt een getal.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) address.</source>
        <translation>&apos;%1&apos; is geen http(s)-adres.</translation>
    </message>
    <message>
        <source>--follow takes commissie:ID or dossier:NR, not &apos;%1&apos;.</source>
        <translation>--follow neemt commissie:ID of dossier:NR, niet &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entities</source>
        <translation>
            <numerusform>%1: %n entiteit</numerusform>
            <numerusform>%1: %n entiteiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: up to date</source>
        <translation>%1: bijgewerkt</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: mislukt: %2</translation>
    </message>
    <message>
        <source>file %1: %2</source>
        <translation>bestand %1: %2</translation>
    </message>
    <message>
        <source>files: %1 of %2</source>
        <translation>bestanden: %1 van %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entities stored</source>
        <translation>
            <numerusform>%n entiteit opgeslagen</numerusform>
            <numerusform>%n entiteiten opgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n verwijderd</numerusform>
            <numerusform>%n verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files (%1 failed)</source>
        <translation>
            <numerusform>%n bestand (%1 mislukt)</numerusform>
            <numerusform>%n bestanden (%1 mislukt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retries</source>
        <translation>
            <numerusform>%n herhaling</numerusform>
            <numerusform>%n herhalingen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>fetch the Kamer&apos;s open data (and files)</source>
        <translation>de open data van de Kamer ophalen (en bestanden)</translation>
    </message>
    <message>
        <source>The metadata of every category from where the last sync stopped, then the files of the followed commissies and dossiers. With --verbose, progress on stderr.</source>
        <translation>De metadata van elke categorie vanaf waar de vorige synchronisatie stopte, dan de bestanden van de gevolgde commissies en dossiers. Met --verbose voortgang op stderr.</translation>
    </message>
    <message>
        <source>the SyncFeed address (default: the Kamer&apos;s)</source>
        <translation>het SyncFeed-adres (standaard dat van de Kamer)</translation>
    </message>
    <message>
        <source>on a first sync, skip what is older</source>
        <translation>bij een eerste synchronisatie wat ouder is overslaan</translation>
    </message>
    <message>
        <source>also fetch the files of this commissie or dossier</source>
        <translation>ook de bestanden van deze commissie of dit dossier ophalen</translation>
    </message>
    <message>
        <source>only this category of the feed</source>
        <translation>alleen deze categorie van de feed</translation>
    </message>
    <message>
        <source>metadata only, no files</source>
        <translation>alleen metadata, geen bestanden</translation>
    </message>
    <message>
        <source>give up on a request after this long</source>
        <translation>een verzoek na zo lang opgeven</translation>
    </message>
    <message>
        <source>try a failed request again N times</source>
        <translation>een mislukt verzoek N keer opnieuw proberen</translation>
    </message>
    <message>
        <source>&apos;-&apos; (stdin) is not read here.</source>
        <translation>&apos;-&apos; (stdin) wordt hier niet gelezen.</translation>
    </message>
    <message>
        <source>%1: not a regular file; overleg-cli reads files only.</source>
        <translation>%1: geen gewoon bestand; overleg-cli leest alleen bestanden.</translation>
    </message>
    <message>
        <source>%1: no such file, nor a document in the library.</source>
        <translation>%1: geen bestand en geen document in de bibliotheek.</translation>
    </message>
    <message>
        <source>plain text of a document</source>
        <translation>de platte tekst van een document</translation>
    </message>
    <message>
        <source>FILE is a PDF, Word, ODT, HTML or text file, &apos;-&apos; for stdin, or a document of the library (its number, KOOP id or id). Pages are separated by form feeds.</source>
        <translation>FILE is een PDF-, Word-, ODT-, HTML- of tekstbestand, &apos;-&apos; voor stdin, of een document uit de bibliotheek (nummer, KOOP-id of id). Pagina&apos;s worden gescheiden door form feeds.</translation>
    </message>
    <message>
        <source>Every file is tried; the exit status is 1 when one of them was not imported. &apos;-&apos; imports what comes on stdin.</source>
        <translation>Elk bestand wordt geprobeerd; de afsluitcode is 1 als een ervan niet is geïmporteerd. &apos;-&apos; importeert wat er op stdin binnenkomt.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit verwacht een positief getal.</translation>
    </message>
    <message>
        <source>full-text search of documents, questions and notes</source>
        <translation>doorzoek de tekst van documenten, vragen en notities</translation>
    </message>
    <message>
        <source>at most N results (default 20)</source>
        <translation>hoogstens N resultaten (standaard 20)</translation>
    </message>
    <message>
        <source>team workspaces on a PostgreSQL server</source>
        <translation>teamwerkruimtes op een PostgreSQL-server</translation>
    </message>
    <message>
        <source>unknown workspace action &apos;%1&apos;; one of: %2</source>
        <translation>onbekende werkruimte-actie &apos;%1&apos;; een van: %2</translation>
    </message>
    <message>
        <source>usage: overleg-cli workspace %1 %2</source>
        <translation>gebruik: overleg-cli workspace %1 %2</translation>
    </message>
    <message>
        <source>--port takes a number.</source>
        <translation>--port verwacht een getal.</translation>
    </message>
    <message>
        <source>--remember-password goes with connect.</source>
        <translation>--remember-password hoort bij connect.</translation>
    </message>
    <message>
        <source>(The password came from the keyring; connect again with --password-stdin --remember-password to replace it.)</source>
        <translation>(Het wachtwoord kwam uit de sleutelbos; verbind opnieuw met --password-stdin --remember-password om het te vervangen.)</translation>
    </message>
    <message>
        <source>The password is in the keyring.</source>
        <translation>Het wachtwoord staat in de sleutelbos.</translation>
    </message>
    <message>
        <source>GROUP is the number &apos;workspace status&apos; lists.</source>
        <translation>GROUP is het nummer dat &apos;workspace status&apos; toont.</translation>
    </message>
    <message>
        <source>The password comes from --password-stdin, else OVERLEG_WORKSPACE_PASSWORD, else the desktop keyring (stored there by connect --remember-password), else PGPASSWORD or ~/.pgpass; it is never written to a settings file. status lists the edits made offline that wait or that the server refused; retry or discard one by its GROUP.</source>
        <translation>Het wachtwoord komt uit --password-stdin, anders uit OVERLEG_WORKSPACE_PASSWORD, anders uit de sleutelbos van het bureaublad (daar bewaard door connect --remember-password), anders uit PGPASSWORD of ~/.pgpass; het wordt nooit in een instellingenbestand geschreven. status toont de offline gemaakte wijzigingen die nog wachten of die de server weigerde; retry of discard neemt er een bij zijn GROUP.</translation>
    </message>
    <message>
        <source>the server (default: the connected one, else localhost)</source>
        <translation>de server (standaard: die van de verbonden werkruimte, anders localhost)</translation>
    </message>
    <message>
        <source>the server&apos;s port (default 5432)</source>
        <translation>de poort van de server (standaard 5432)</translation>
    </message>
    <message>
        <source>the database (default overleg)</source>
        <translation>de database (standaard overleg)</translation>
    </message>
    <message>
        <source>the login (default: PGUSER, else USER)</source>
        <translation>de login (standaard: PGUSER, anders USER)</translation>
    </message>
    <message>
        <source>libpq&apos;s sslmode (verify-full by default for a host other than this machine)</source>
        <translation>sslmode van libpq (standaard verify-full voor een andere server dan deze computer)</translation>
    </message>
    <message>
        <source>the CA certificate the server&apos;s is checked against</source>
        <translation>het CA-certificaat waartegen dat van de server wordt gecontroleerd</translation>
    </message>
    <message>
        <source>read the password from the first line of stdin</source>
        <translation>lees het wachtwoord uit de eerste regel van stdin</translation>
    </message>
    <message>
        <source>with connect: keep the password in the desktop keyring</source>
        <translation>bij connect: bewaar het wachtwoord in de sleutelbos van het bureaublad</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, AND/OR/NOT, -word, NEAR(a b, 10), and the fields fractie: tag: status: soort: commissie: dossier: kamerlid: datum:2024-01..2024-06. Quote a query that starts with a minus sign, or put -- before it. The index is brought up to date first. Notes, tags and statuses are those of the workspace in use: a team workspace&apos;s (overleg-cli workspace connect) as its server has them, or as last seen when it cannot be reached.</source>
        <translation>Woorden, &quot;zinsdelen&quot;, begin*, AND/OR/NOT, -woord, NEAR(a b, 10), en de velden fractie: tag: status: soort: commissie: dossier: kamerlid: datum:2024-01..2024-06. Zet een zoekvraag die met een minteken begint tussen aanhalingstekens, of zet -- ervoor. De index wordt eerst bijgewerkt. Notities, tags en statussen zijn die van de werkruimte in gebruik: van een teamwerkruimte (overleg-cli workspace connect) zoals de server ze heeft, of zoals laatst gezien als die niet bereikbaar is.</translation>
    </message>
    <message>
        <source>The offline copy of workspace &apos;%1&apos; is not known yet (%2); run overleg-cli workspace connect again with the server there.</source>
        <translation>De offline kopie van werkruimte &apos;%1&apos; is nog niet bekend (%2); voer overleg-cli workspace connect opnieuw uit terwijl de server bereikbaar is.</translation>
    </message>
    <message>
        <source>The workspace&apos;s server cannot be reached: the notes as last seen.</source>
        <translation>De server van de werkruimte is niet bereikbaar: de notities zoals laatst gezien.</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>No data directory could be determined.</source>
        <translation>Er kon geen gegevensmap worden bepaald.</translation>
    </message>
    <message>
        <source>%1 exists and is not a directory.</source>
        <translation>%1 bestaat al en is geen map.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>De gegevensmap %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Cannot move the data directory %1 to %2: %3</source>
        <translation>Kan de gegevensmap %1 niet naar %2 verplaatsen: %3</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>kan %1 niet aanmaken</translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <translation>kan %1 niet kopiëren</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>kan %1 niet verwijderen</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>kan %1 niet hernoemen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>De database %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a usable database: %2</source>
        <translation>Het bestand %1 is geen bruikbare database: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Overleg (schema %2, this version knows up to %3). Update Overleg to open it.</source>
        <translation>De database %1 is geschreven door een nieuwere versie van Overleg (schema %2, deze versie kent tot en met %3). Werk Overleg bij om hem te openen.</translation>
    </message>
    <message>
        <source>Cannot back up the notes before upgrading them: %1</source>
        <translation>Er kan geen reservekopie van de notities worden gemaakt vóór het bijwerken: %1</translation>
    </message>
    <message>
        <source>Missing schema migration %1</source>
        <translation>Schemamigratie %1 ontbreekt</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation>Bijwerken van %1 naar schema %2 is mislukt: %3</translation>
    </message>
</context>
<context>
    <name>FileStore</name>
    <message>
        <source>Cannot store the file in %1: %2</source>
        <translation>Het bestand kan niet worden opgeslagen in %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the file of document %1.</source>
        <translation>Het bestand van document %1 kan niet worden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>FileType</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Word 97-2003 (.doc)</source>
        <translation>Word 97-2003 (.doc)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>FollowStore</name>
    <message>
        <source>Only commissies and dossiers can be followed, not &apos;%1&apos;.</source>
        <translation>Alleen commissies en dossiers kunnen worden gevolgd, niet &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: bestand bestaat niet.</translation>
    </message>
    <message>
        <source>%1: the file is too large to import.</source>
        <translation>%1: het bestand is te groot om te importeren.</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: het bestand kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 is niet geïmporteerd: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: the library database could not be updated.</source>
        <translation>%1 is niet geïmporteerd: de bibliotheekdatabase kon niet worden bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <source>Cannot store %1 %2: %3</source>
        <translation>Kan %1 %2 niet opslaan: %3</translation>
    </message>
</context>
<context>
    <name>MarkupText</name>
    <message>
        <source>The XML file is malformed at line %1: %2</source>
        <translation>Het XML-bestand is onjuist opgebouwd op regel %1: %2</translation>
    </message>
    <message>
        <source>The HTML file could not be read: it is empty or badly damaged.</source>
        <translation>Het HTML-bestand kan niet worden gelezen: het is leeg of zwaar beschadigd.</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message>
        <source>Unknown status &apos;%1&apos;.</source>
        <translation>Onbekende status &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>De status kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>De notitie kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Een label heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The tag could not be saved: %1</source>
        <translation>Het label kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>There is already a tag &apos;%1&apos;; merge the tags instead.</source>
        <translation>Er is al een label &apos;%1&apos;; voeg de labels samen.</translation>
    </message>
    <message>
        <source>The tags could not be merged: %1</source>
        <translation>De labels konden niet worden samengevoegd: %1</translation>
    </message>
    <message>
        <source>The notes are being changed elsewhere and stayed locked; nothing was saved. Try again. (%1)</source>
        <translation>De notities worden elders gewijzigd en bleven vergrendeld; er is niets opgeslagen. Probeer het opnieuw. (%1)</translation>
    </message>
</context>
<context>
    <name>OfficeText</name>
    <message>
        <source>The Word document is damaged: its main text part cannot be read.</source>
        <translation>Het Word-document is beschadigd: de hoofdtekst kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The Word document is damaged: %1</source>
        <translation>Het Word-document is beschadigd: %1</translation>
    </message>
    <message>
        <source>The OpenDocument file is damaged: its content cannot be read.</source>
        <translation>Het OpenDocument-bestand is beschadigd: de inhoud kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The OpenDocument file is damaged: %1</source>
        <translation>Het OpenDocument-bestand is beschadigd: %1</translation>
    </message>
    <message>
        <source>The document unpacks to more than %1 MB (a part of it to more than %2 MB); Overleg does not read documents that large. Save it as PDF or split it.</source>
        <translation>Het document pakt uit tot meer dan %1 MB (een deel ervan tot meer dan %2 MB); zulke grote documenten leest Overleg niet. Sla het op als PDF of splits het.</translation>
    </message>
    <message>
        <source>The document expands to more than %1 MB of text; Overleg does not read documents that large. Save it as PDF or split it.</source>
        <translation>Het document bevat meer dan %1 MB tekst; zulke grote documenten leest Overleg niet. Sla het op als PDF of splits het.</translation>
    </message>
</context>
<context>
    <name>PageWriter</name>
    <message>
        <source>not stored after an earlier failure</source>
        <translation>niet opgeslagen na een eerdere fout</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Cannot start writing the report.</source>
        <translation>Kan niet beginnen met het schrijven van het rapport.</translation>
    </message>
    <message>
        <source>Cannot add a page to the report.</source>
        <translation>Kan geen pagina aan het rapport toevoegen.</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>Het rapport kon niet worden afgerond.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2 (nothing was written)</source>
        <translation>Kan %1 niet opslaan: %2 (er is niets geschreven)</translation>
    </message>
</context>
<context>
    <name>PopplerBackend</name>
    <message>
        <source>The PDF is damaged or incomplete and cannot be read.</source>
        <translation>De PDF is beschadigd of onvolledig en kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The PDF is encrypted with a password and cannot be read.</source>
        <translation>De PDF is met een wachtwoord versleuteld en kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete: it has no readable pages.</source>
        <translation>De PDF is beschadigd of onvolledig: er zijn geen leesbare pagina’s.</translation>
    </message>
    <message>
        <source>This PDF has no text layer (a scan): it can be viewed, but its text cannot be searched or analysed.</source>
        <translation>Deze PDF heeft geen tekstlaag (een scan): u kunt hem bekijken, maar de tekst kan niet worden doorzocht of geanalyseerd.</translation>
    </message>
    <message>
        <source>This page cannot be rendered.</source>
        <translation>Deze pagina kan niet worden weergegeven.</translation>
    </message>
    <message>
        <source>This page is not rendered: its drawing instructions unpack to more than %1 MB (a compression bomb).</source>
        <translation>Deze pagina wordt niet weergegeven: haar tekeninstructies pakken uit tot meer dan %1 MB (een compressiebom).</translation>
    </message>
    <message>
        <source>This page could not be rendered in time (%1 s).</source>
        <translation>Deze pagina kon niet op tijd worden weergegeven (%1 s).</translation>
    </message>
    <message>
        <source>A page of the PDF unpacks to more than 64 MB of drawing instructions (a compression bomb); the PDF is not read.</source>
        <translation>Een pagina van de pdf pakt uit tot meer dan 64 MB aan tekeninstructies (een compressiebom); de pdf wordt niet gelezen.</translation>
    </message>
    <message>
        <source>The PDF holds more text than Overleg reads (more than a million characters on one page, or 64 MB in all); it is not read.</source>
        <translation>De pdf bevat meer tekst dan Overleg leest (meer dan een miljoen tekens op één pagina, of 64 MB in totaal); hij wordt niet gelezen.</translation>
    </message>
    <message>
        <source>Reading the PDF&apos;s text took longer than 60 seconds; it is not read.</source>
        <translation>Het lezen van de tekst van de pdf duurde langer dan 60 seconden; hij wordt niet gelezen.</translation>
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
        <translation>beantwoord</translation>
    </message>
    <message>
        <source>partially answered</source>
        <translation>deels beantwoord</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>onbeantwoord</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <source>open, awaiting the answer</source>
        <translation>open, antwoord wordt verwacht</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>%1: no such document in the library.</source>
        <translation>%1: dit document staat niet in de bibliotheek.</translation>
    </message>
    <message>
        <source>the file is not in the library</source>
        <translation>het bestand staat niet in de bibliotheek</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>(%1 more characters; the Markdown and CSV exports hold the whole note)</source>
        <translation>(nog %1 tekens; de export naar Markdown en CSV bevat de hele notitie)</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Questions and answers</source>
        <translation>Vragen en antwoorden</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Parliamentary group</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>page</source>
        <translation>pagina</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Kamerstuk</source>
        <translation>Kamerstuk</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Commissie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Bewindspersoon</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Questions by parliamentary group and status</source>
        <translation>Vragen per fractie en status</translation>
    </message>
    <message>
        <source>Questions by tag and status</source>
        <translation>Vragen per label en status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(geen fractie)</translation>
    </message>
    <message>
        <source>No questions in this selection.</source>
        <translation>Geen vragen in deze selectie.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <source>Generated by Overleg on %1</source>
        <translation>Gemaakt met Overleg op %1</translation>
    </message>
    <message>
        <source>No answer found.</source>
        <translation>Geen antwoord gevonden.</translation>
    </message>
    <message>
        <source>Progress by team member and status</source>
        <translation>Voortgang per teamlid en status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(niet toegewezen)</translation>
    </message>
</context>
<context>
    <name>SampleLibrary</name>
    <message>
        <source>The sample library is missing from this build.</source>
        <translation>De voorbeeldbibliotheek ontbreekt in deze versie.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Cannot store entity %1.</source>
        <translation>Entiteit %1 kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The sample file for %1 is missing.</source>
        <translation>Het voorbeeldbestand voor %1 ontbreekt.</translation>
    </message>
    <message>
        <source>Cannot save the sample library.</source>
        <translation>De voorbeeldbibliotheek kan niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (nothing was written)</source>
        <translation>Kan %1 niet schrijven: %2 (er is niets geschreven)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2 (nothing was written)</source>
        <translation>Kan %1 niet opslaan: %2 (er is niets geschreven)</translation>
    </message>
</context>
<context>
    <name>SoortChooser</name>
    <message>
        <source>As the document itself says</source>
        <translation>Zoals het document zelf zegt</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Soort document</translation>
    </message>
    <message>
        <source>Read this document as (its questions and answers are found accordingly):</source>
        <translation>Lees dit document als (de vragen en antwoorden worden daarnaar gezocht):</translation>
    </message>
</context>
<context>
    <name>SyncFeedReader</name>
    <message>
        <source>Malformed feed at line %1: %2</source>
        <translation>Onjuist opgebouwde feed op regel %1: %2</translation>
    </message>
    <message>
        <source>Not an Atom feed.</source>
        <translation>Dit is geen Atom-feed.</translation>
    </message>
</context>
<context>
    <name>TextExtractor</name>
    <message>
        <source>Old Word files (.doc) are not supported. Save the file as DOCX or PDF and import that.</source>
        <translation>Oude Word-bestanden (.doc) worden niet ondersteund. Sla het bestand op als DOCX of PDF en importeer dat.</translation>
    </message>
    <message>
        <source>RTF files are not supported. Save the file as DOCX or PDF and import that.</source>
        <translation>RTF-bestanden worden niet ondersteund. Sla het bestand op als DOCX of PDF en importeer dat.</translation>
    </message>
    <message>
        <source>This is a ZIP archive, not a document. Unpack it and import the documents.</source>
        <translation>Dit is een ZIP-archief, geen document. Pak het uit en importeer de documenten.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The file looks like a Word or OpenDocument file, but it is damaged or incomplete.</source>
        <translation>Het bestand lijkt een Word- of OpenDocument-bestand, maar is beschadigd of onvolledig.</translation>
    </message>
    <message>
        <source>Unsupported file type. Overleg reads PDF, DOCX, ODT, HTML, XML and plain text.</source>
        <translation>Dit bestandstype wordt niet ondersteund. Overleg leest PDF, DOCX, ODT, HTML, XML en platte tekst.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Bestand bestaat niet: %1</translation>
    </message>
    <message>
        <source>The file %1 is too large (more than %2 MB).</source>
        <translation>Het bestand %1 is te groot (meer dan %2 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace outbox %1 cannot be opened: %2</source>
        <translation>De verzendmap van de werkruimte %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>%1 changed this %2 meanwhile; both versions are kept.</source>
        <translation>%1 heeft deze %2 intussen gewijzigd; beide versies zijn bewaard.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>The edit could not be kept for sending: %1</source>
        <translation>De wijziging kon niet worden bewaard om later te verzenden: %1</translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <translation>Dat conflict bestaat niet.</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;.</source>
        <translation>Onbekende status &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Een label heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The workspace server cannot be reached; this change needs it. Status, note and tag edits are kept and sent later.</source>
        <translation>De server van de werkruimte is niet bereikbaar en deze wijziging heeft hem nodig. Wijzigingen van status, notitie en labels worden bewaard en later verzonden.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Het PostgreSQL-stuurprogramma van Qt is niet geïnstalleerd (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the workspace server %1:%2 (database %3, user %4): %5</source>
        <translation>Geen verbinding met de server van de werkruimte %1:%2 (database %3, gebruiker %4): %5</translation>
    </message>
    <message>
        <source>The workspace server&apos;s schema is version %1; this Overleg knows up to version %2. Update Overleg to work in this workspace; nothing was changed.</source>
        <translation>Het schema op de server van de werkruimte is versie %1; deze Overleg kent tot en met versie %2. Werk Overleg bij om in deze werkruimte te werken; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The workspace schema cannot be created: %1</source>
        <translation>Het schema van de werkruimte kan niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <source>The workspace schema could not be brought to version %1: %2; nothing of that version was kept.</source>
        <translation>Het schema van de werkruimte kon niet naar versie %1 worden gebracht: %2; van die versie is niets bewaard.</translation>
    </message>
    <message>
        <source>There is no Overleg workspace schema on this server yet; an administrator creates it with `overleg-cli workspace init-server`.</source>
        <translation>Op deze server staat nog geen werkruimteschema van Overleg; een beheerder maakt het aan met `overleg-cli workspace init-server`.</translation>
    </message>
    <message>
        <source>The workspace server&apos;s schema is version %1, older than this Overleg&apos;s %2; an administrator updates it with `overleg-cli workspace init-server`.</source>
        <translation>Het schema op de server van de werkruimte is versie %1, ouder dan versie %2 van deze Overleg; een beheerder werkt het bij met `overleg-cli workspace init-server`.</translation>
    </message>
    <message>
        <source>The workspace server cannot be reached: %1</source>
        <translation>De server van de werkruimte is niet bereikbaar: %1</translation>
    </message>
    <message>
        <source>The change was not saved in the workspace: %1</source>
        <translation>De wijziging is niet in de werkruimte opgeslagen: %1</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>De status kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>De notitie kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The tag could not be saved: %1</source>
        <translation>Het label kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The assignment could not be saved: %1</source>
        <translation>De toewijzing kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The tag could not be removed: %1</source>
        <translation>Het label kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <source>There is already a tag &apos;%1&apos;; merge the tags instead.</source>
        <translation>Er is al een label &apos;%1&apos;; voeg de labels samen.</translation>
    </message>
    <message>
        <source>The tag could not be renamed: %1</source>
        <translation>Het label kon niet worden hernoemd: %1</translation>
    </message>
    <message>
        <source>The tag could not be changed: %1</source>
        <translation>Het label kon niet worden gewijzigd: %1</translation>
    </message>
    <message>
        <source>The tags could not be merged: %1</source>
        <translation>De labels konden niet worden samengevoegd: %1</translation>
    </message>
    <message>
        <source>The tag could not be deleted: %1</source>
        <translation>Het label kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <source>The note could not be moved: %1</source>
        <translation>De notitie kon niet worden verplaatst: %1</translation>
    </message>
    <message>
        <source>The correction could not be saved: %1</source>
        <translation>De correctie kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The correction could not be deleted: %1</source>
        <translation>De correctie kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <source>The unit could not be removed: %1</source>
        <translation>De vraag kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <source>The unit could not be restored: %1</source>
        <translation>De vraag kon niet worden teruggezet: %1</translation>
    </message>
    <message>
        <source>A workspace needs a name.</source>
        <translation>Een werkruimte heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; could not be created: %2</source>
        <translation>De werkruimte &apos;%1&apos; kon niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <source>There is no workspace &apos;%1&apos; on this server that %2 is a member of.</source>
        <translation>Op deze server is geen werkruimte &apos;%1&apos; waarvan %2 lid is.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos; (owner, editor, reader).</source>
        <translation>Onbekende rol &apos;%1&apos; (owner, editor, reader: eigenaar, bewerker, lezer).</translation>
    </message>
    <message>
        <source>There is no login &apos;%1&apos; on the server; the server&apos;s administrator creates it first (CREATE ROLE).</source>
        <translation>Er is geen login &apos;%1&apos; op de server; de beheerder van de server maakt die eerst aan (CREATE ROLE).</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 kon niet worden toegevoegd: %2</translation>
    </message>
    <message>
        <source>%1 is not a member, or you may not remove them.</source>
        <translation>%1 is geen lid, of u mag deze persoon niet verwijderen.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 kon niet worden verwijderd.</translation>
    </message>
    <message>
        <source>The workspace server did not let you change this question.</source>
        <translation>De server van de werkruimte stond u niet toe deze vraag te wijzigen.</translation>
    </message>
    <message>
        <source>The change was not saved; nothing of it was kept.</source>
        <translation>De wijziging is niet opgeslagen; er is niets van bewaard.</translation>
    </message>
    <message>
        <source>There is no such refused edit.</source>
        <translation>Die geweigerde wijziging bestaat niet.</translation>
    </message>
    <message>
        <source>The workspace server cannot be reached; the edit waits in the outbox.</source>
        <translation>De server van de werkruimte is niet bereikbaar; de wijziging wacht in de verzendmap.</translation>
    </message>
    <message>
        <source>No keyring is reachable (%1); the password is not stored and will be asked for.</source>
        <translation>Er is geen sleutelbos bereikbaar (%1); het wachtwoord wordt niet bewaard en opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>No password is stored for this login.</source>
        <translation>Voor deze login is geen wachtwoord bewaard.</translation>
    </message>
    <message>
        <source>The keyring refused access: %1</source>
        <translation>De sleutelbos weigerde de toegang: %1</translation>
    </message>
    <message>
        <source>The change was refused by the workspace server; nothing of it was saved.</source>
        <translation>De server van de werkruimte weigerde de wijziging; er is niets van bewaard.</translation>
    </message>
    <message>
        <source>The answer link could not be saved: %1</source>
        <translation>De antwoordkoppeling kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>The answer link could not be removed: %1</source>
        <translation>De antwoordkoppeling kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <source>The offline copy %1 of the workspace is missing.</source>
        <translation>De offline kopie %1 van de werkruimte ontbreekt.</translation>
    </message>
    <message>
        <source>The offline copy of a workspace is read-only; edit in the workspace.</source>
        <translation>De offline kopie van een werkruimte is alleen-lezen; bewerk in de werkruimte zelf.</translation>
    </message>
</context>
<context>
    <name>overleg</name>
    <message>
        <source>The notes could not be imported into the workspace: %1; what was imported before this stays (the workspace&apos;s history shows it).</source>
        <translation>De notities konden niet in de werkruimte worden geïmporteerd: %1; wat daarvóór al was geïmporteerd, blijft staan (de geschiedenis van de werkruimte toont het).</translation>
    </message>
</context>
<context>
    <name>overleg::FileDownloader</name>
    <message>
        <source>&apos;%1&apos; is not a document id of the Kamer.</source>
        <translation>&apos;%1&apos; is geen document-id van de Kamer.</translation>
    </message>
    <message>
        <source>The Kamer has no readable file for this document.</source>
        <translation>De Kamer heeft geen leesbaar bestand bij dit document.</translation>
    </message>
</context>
<context>
    <name>overleg::FullTextIndex</name>
    <message>
        <source>Cannot open the search index %1: %2</source>
        <translation>Kan de zoekindex %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Cannot create the search index %1.</source>
        <translation>Kan de zoekindex %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot create the search index: %1</source>
        <translation>Kan de zoekindex niet aanmaken: %1</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>De zoekopdracht is afgebroken.</translation>
    </message>
</context>
<context>
    <name>overleg::HttpFetcher</name>
    <message>
        <source>No network access.</source>
        <translation>Geen netwerktoegang.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>De server antwoordde %1.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>De server antwoordde %1 voor %2.</translation>
    </message>
    <message>
        <source>Received %1 of %2 bytes.</source>
        <translation>%1 van %2 bytes ontvangen.</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1 (na %2 pogingen)</translation>
    </message>
    <message>
        <source>The server did not deliver the whole response within %1 s.</source>
        <translation>De server leverde het antwoord niet volledig binnen %1 s.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; it is not downloaded.</source>
        <translation>Het bestand is groter dan %1 MB; het wordt niet gedownload.</translation>
    </message>
    <message>
        <source>The feed page is larger than %1 MB; it is not read.</source>
        <translation>De feedpagina is groter dan %1 MB; hij wordt niet gelezen.</translation>
    </message>
    <message>
        <source>The server sent more than the %1 bytes it declared.</source>
        <translation>De server stuurde meer dan de %1 bytes die hij aankondigde.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2</source>
        <translation>De server %1 is niet bereikbaar: %2</translation>
    </message>
    <message>
        <source>Cannot write the download to %1: %2</source>
        <translation>Kan de download niet opslaan in %1: %2</translation>
    </message>
</context>
<context>
    <name>overleg::NavigationModel</name>
    <message>
        <source>Committees</source>
        <translation>Commissies</translation>
    </message>
    <message>
        <source>Parliamentary dossiers</source>
        <translation>Kamerstukdossiers</translation>
    </message>
    <message>
        <source>Members of parliament</source>
        <translation>Kamerleden</translation>
    </message>
    <message>
        <source>My library</source>
        <translation>Mijn bibliotheek</translation>
    </message>
    <message>
        <source>No parliamentary group</source>
        <translation>Zonder fractie</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message numerus="yes">
        <source>%n committee(s)</source>
        <translation>
            <numerusform>%n commissie</numerusform>
            <numerusform>%n commissies</numerusform>
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
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Kamerlid</numerusform>
            <numerusform>%n Kamerleden</numerusform>
        </translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open vragen</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termijn %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>nog %n dag</numerusform>
            <numerusform>nog %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n open vraag</numerusform>
            <numerusform>%n open vragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), narrowed</source>
        <translation>
            <numerusform>%n document, gefilterd</numerusform>
            <numerusform>%n documenten, gefilterd</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Vraag %1</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>marked unanswered</source>
        <translation>gemarkeerd als onbeantwoord</translation>
    </message>
    <message>
        <source>marked partially answered</source>
        <translation>gemarkeerd als gedeeltelijk beantwoord</translation>
    </message>
    <message>
        <source>awaiting the answer</source>
        <translation>wacht op antwoord</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>antwoord ontvangen</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
</context>
<context>
    <name>overleg::NotesBundle</name>
    <message>
        <source>This is not an Overleg notes bundle.</source>
        <translation>Dit is geen notitiebundel van Overleg.</translation>
    </message>
    <message>
        <source>This bundle was written by a newer version of Overleg (format %1; this version reads up to %2). Update Overleg to import it.</source>
        <translation>Deze bundel is gemaakt met een nieuwere versie van Overleg (formaat %1; deze versie leest tot en met %2). Werk Overleg bij om hem te importeren.</translation>
    </message>
    <message>
        <source>Cannot back up the notes before importing: %1</source>
        <translation>Kan geen reservekopie van de notities maken voor het importeren: %1</translation>
    </message>
    <message>
        <source>The notes could not be imported: %1</source>
        <translation>De notities konden niet worden geïmporteerd: %1</translation>
    </message>
    <message>
        <source>The notes could not be imported: %1; nothing was changed.</source>
        <translation>De notities konden niet worden geïmporteerd: %1; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The bundle is damaged: an annotation has no question, no date or an unknown status (&apos;%1&apos;); nothing was imported.</source>
        <translation>De bundel is beschadigd: een aantekening heeft geen vraag, geen datum of een onbekende status (&apos;%1&apos;); er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>overleg::Parser</name>
    <message>
        <source>The parenthesis at position %1 closes nothing.</source>
        <translation>Het haakje op positie %1 sluit niets af.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; at position %2.</source>
        <translation>Onverwacht &quot;%1&quot; op positie %2.</translation>
    </message>
    <message>
        <source>OR at position %1 needs a word after it.</source>
        <translation>OR op positie %1 heeft een woord erna nodig.</translation>
    </message>
    <message>
        <source>Fields such as fractie: cannot be combined with OR; write them beside the words, they narrow the whole search.</source>
        <translation>Velden zoals fractie: kunnen niet met OR worden gecombineerd; zet ze naast de woorden, ze beperken de hele zoekopdracht.</translation>
    </message>
    <message>
        <source>OR needs words on both sides, not only excluded ones.</source>
        <translation>OR heeft aan beide kanten woorden nodig, niet alleen uitgesloten woorden.</translation>
    </message>
    <message>
        <source>AND at position %1 needs a word before it.</source>
        <translation>AND op positie %1 heeft een woord ervoor nodig.</translation>
    </message>
    <message>
        <source>AND at position %1 needs a word after it.</source>
        <translation>AND op positie %1 heeft een woord erna nodig.</translation>
    </message>
    <message>
        <source>%1 at position %2 needs a word after it.</source>
        <translation>%1 op positie %2 heeft een woord erna nodig.</translation>
    </message>
    <message>
        <source>The phrase at position %1 has no words.</source>
        <translation>De woordgroep op positie %1 bevat geen woorden.</translation>
    </message>
    <message>
        <source>The parentheses at position %1 are empty.</source>
        <translation>De haakjes op positie %1 zijn leeg.</translation>
    </message>
    <message>
        <source>The parenthesis at position %1 is not closed.</source>
        <translation>Het haakje op positie %1 wordt niet gesloten.</translation>
    </message>
    <message>
        <source>The field &quot;%1:&quot; at position %2 cannot stand here; write it beside the words.</source>
        <translation>Het veld &quot;%1:&quot; op positie %2 kan hier niet staan; zet het naast de woorden.</translation>
    </message>
    <message>
        <source>NEAR at position %1 expects a distance from 0 to 1000 after the comma.</source>
        <translation>NEAR op positie %1 verwacht na de komma een afstand van 0 tot 1000.</translation>
    </message>
    <message>
        <source>NEAR at position %1 takes words and an optional distance: NEAR(word word, 10).</source>
        <translation>NEAR op positie %1 neemt woorden en eventueel een afstand: NEAR(woord woord, 10).</translation>
    </message>
    <message>
        <source>NEAR at position %1 needs at least two words.</source>
        <translation>NEAR op positie %1 heeft minstens twee woorden nodig.</translation>
    </message>
    <message>
        <source>The field &quot;%1:&quot; at position %2 cannot stand inside parentheses; write it beside the words.</source>
        <translation>Het veld &quot;%1:&quot; op positie %2 kan niet tussen haakjes staan; zet het naast de woorden.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; at position %2: use open, beantwoord, deels, onbeantwoord or nvt.</source>
        <translation>Onbekende status &quot;%1&quot; op positie %2: gebruik open, beantwoord, deels, onbeantwoord of nvt.</translation>
    </message>
    <message>
        <source>dossier: at position %1 expects a dossier number such as 36450.</source>
        <translation>dossier: op positie %1 verwacht een dossiernummer zoals 36450.</translation>
    </message>
    <message>
        <source>datum: at position %1 expects a date such as 2024, 2024-06, 2024-06-30 or a range 2024-01..2024-06.</source>
        <translation>datum: op positie %1 verwacht een datum zoals 2024, 2024-06, 2024-06-30 of een periode 2024-01..2024-06.</translation>
    </message>
</context>
<context>
    <name>overleg::QuestionModel</name>
    <message>
        <source>(no parliamentary group)</source>
        <translation>(zonder fractie)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
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
        <translation>Notities zonder vraag</translation>
    </message>
    <message>
        <source>%1 answered, %2 not</source>
        <translation>%1 beantwoord, %2 niet</translation>
    </message>
    <message>
        <source>Answer (p. %1): %2</source>
        <translation>Antwoord (p. %1): %2</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>zeker</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>waarschijnlijk</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>onzeker</translation>
    </message>
    <message>
        <source>Answer due %1</source>
        <translation>Antwoord verwacht uiterlijk %1</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Vraag %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>labels: %1</translation>
    </message>
    <message>
        <source>with a note</source>
        <translation>met een notitie</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>toegewezen aan %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Toegewezen aan %1</translation>
    </message>
</context>
<context>
    <name>overleg::SearchModel</name>
    <message>
        <source>Title and details</source>
        <translation>Titel en gegevens</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Vraag %1</translation>
    </message>
    <message>
        <source>Question %1 (%2)</source>
        <translation>Vraag %1 (%2)</translation>
    </message>
    <message>
        <source>Note on question %1</source>
        <translation>Notitie bij vraag %1</translation>
    </message>
    <message>
        <source>Found as part of a longer word</source>
        <translation>Gevonden als deel van een langer woord</translation>
    </message>
</context>
<context>
    <name>overleg::SearchQuery</name>
    <message>
        <source>The search has no words to look for.</source>
        <translation>De zoekopdracht bevat geen woorden om te zoeken.</translation>
    </message>
    <message>
        <source>The search only excludes words; add a word to look for.</source>
        <translation>De zoekopdracht sluit alleen woorden uit; voeg een woord toe om te zoeken.</translation>
    </message>
</context>
<context>
    <name>overleg::SyncEngine</name>
    <message>
        <source>&apos;%1&apos; is not a valid feed address.</source>
        <translation>&apos;%1&apos; is geen geldig feedadres.</translation>
    </message>
    <message>
        <source>Unknown category &apos;%1&apos;.</source>
        <translation>Onbekende categorie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The feed answered with %1 instead of XML.</source>
        <translation>De feed antwoordde met %1 in plaats van XML.</translation>
    </message>
    <message>
        <source>The page has no link to the next one.</source>
        <translation>De pagina verwijst niet naar de volgende.</translation>
    </message>
    <message>
        <source>The feed repeated an earlier page (skiptoken %1).</source>
        <translation>De feed herhaalde een eerdere pagina (skiptoken %1).</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1 (na %2 pogingen)</translation>
    </message>
    <message>
        <source>%1. The sync stopped; try again when the server is reachable.</source>
        <translation>%1. De synchronisatie is gestopt; probeer het opnieuw als de server bereikbaar is.</translation>
    </message>
</context>
<context>
    <name>overleg::Tokenizer</name>
    <message>
        <source>Unknown field &quot;%1:&quot; at position %2. Fields: %3.</source>
        <translation>Onbekend veld &quot;%1:&quot; op positie %2. Velden: %3.</translation>
    </message>
    <message>
        <source>The field &quot;%1:&quot; at position %2 needs a value.</source>
        <translation>Het veld &quot;%1:&quot; op positie %2 heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>The quotation mark at position %1 is not closed.</source>
        <translation>Het aanhalingsteken op positie %1 wordt niet gesloten.</translation>
    </message>
</context>
<context>
    <name>overleg::fulltext</name>
    <message>
        <source>The search index could not be read; it is rebuilt at the next start.</source>
        <translation>De zoekindex kon niet worden gelezen; hij wordt bij de volgende start opnieuw opgebouwd.</translation>
    </message>
</context>
<context>
    <name>overleg::ui::AnswerPresenter</name>
    <message>
        <source>file not here yet</source>
        <translation>bestand nog niet binnen</translation>
    </message>
    <message>
        <source>Answers from: %1</source>
        <translation>Antwoorden uit: %1</translation>
    </message>
    <message>
        <source>No answer yet. Due %1%2.</source>
        <translation>Nog geen antwoord. Termijn %1%2.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the document with the questions first.</source>
        <translation>Open eerst het document met de vragen.</translation>
    </message>
    <message>
        <source>Link an answer document</source>
        <translation>Antwoorddocument koppelen</translation>
    </message>
    <message>
        <source>The document that answers &quot;%1&quot; (its number, e.g. 2025D01234, or kamerstuk id):</source>
        <translation>Het document dat &quot;%1&quot; beantwoordt (het nummer, bijv. 2025D01234, of kamerstuk-id):</translation>
    </message>
    <message>
        <source>No other document &apos;%1&apos; in the library.</source>
        <translation>Geen ander document &apos;%1&apos; in de bibliotheek.</translation>
    </message>
</context>
<context>
    <name>overleg::ui::DocumentActions</name>
    <message>
        <source>Select text first: press F7 and move with Shift and the arrow keys.</source>
        <translation>Selecteer eerst tekst: druk op F7 en beweeg met Shift en de pijltoetsen.</translation>
    </message>
    <message>
        <source>&amp;Mark the selection as question</source>
        <translation>Selectie als vraag &amp;markeren</translation>
    </message>
    <message>
        <source>&amp;Caret browsing (select with the keyboard)</source>
        <translation>&amp;Cursor in de tekst (selecteren met het toetsenbord)</translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation>&amp;Zoeken in document…</translation>
    </message>
    <message>
        <source>&amp;Go to page…</source>
        <translation>&amp;Ga naar pagina…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Ware grootte</translation>
    </message>
</context>
<context>
    <name>overleg::ui::DocumentOpener</name>
    <message>
        <source>This document is no longer in the library.</source>
        <translation>Dit document staat niet meer in de bibliotheek.</translation>
    </message>
</context>
<context>
    <name>overleg::ui::DocumentPage</name>
    <message>
        <source>Reading the document…</source>
        <translation>Document wordt gelezen…</translation>
    </message>
    <message>
        <source>Dossier:</source>
        <translation>Dossier:</translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation>Commissie:</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Actoren:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Zaak:</translation>
    </message>
    <message>
        <source>Imported file:</source>
        <translation>Geïmporteerd bestand:</translation>
    </message>
    <message>
        <source>The file of this document is not in the library yet.</source>
        <translation>Het bestand van dit document staat nog niet in de bibliotheek.</translation>
    </message>
    <message>
        <source>This document cannot be shown: %1</source>
        <translation>Dit document kan niet worden getoond: %1</translation>
    </message>
    <message>
        <source>&amp;Show as:</source>
        <translation>&amp;Tonen als:</translation>
    </message>
    <message>
        <source>Format shown</source>
        <translation>Getoond formaat</translation>
    </message>
    <message>
        <source>This document is here in several formats; choose the one to read. Questions and notes are the same in every format.</source>
        <translation>Dit document is hier in meerdere formaten; kies het formaat om te lezen. Vragen en notities zijn in elk formaat dezelfde.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This passage was not found in the document&apos;s own file; mark it in the first format.</source>
        <translation>Deze passage staat niet in het eigen bestand van het document; markeer haar in het eerste formaat.</translation>
    </message>
</context>
<context>
    <name>overleg::ui::ExportActions</name>
    <message>
        <source>&amp;Export notes…</source>
        <translation>Notities &amp;exporteren…</translation>
    </message>
    <message>
        <source>The notes as a PDF report, Markdown, CSV or a bundle</source>
        <translation>De notities als PDF-rapport, Markdown, CSV of bundel</translation>
    </message>
    <message>
        <source>&amp;Print notes…</source>
        <translation>Notities af&amp;drukken…</translation>
    </message>
</context>
<context>
    <name>overleg::ui::ExportDialog</name>
    <message>
        <source>This document</source>
        <translation>Dit document</translation>
    </message>
    <message>
        <source>All documents with notes</source>
        <translation>Alle documenten met notities</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Notities exporteren</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Elk label</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
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
        <translation>Alle notities als bundel (JSON, om elders te importeren)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Parliamentary group:</source>
        <translation>Fractie:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Elke fractie</translation>
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
        <translation>Overleg-notities (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>The %n open document(s)</source>
        <translation>
            <numerusform>Het %n geopende document</numerusform>
            <numerusform>De %n geopende documenten</numerusform>
        </translation>
    </message>
    <message>
        <source>A bundle of all your notes (statuses, tags, notes, corrections and linked answer documents) in every document, as JSON. Import it in Overleg elsewhere with File &gt; Import notes; the filters on the left do not apply.</source>
        <translation>Een bundel van al uw notities (statussen, labels, notities, correcties en gekoppelde antwoorddocumenten) in alle documenten, als JSON. Laad hem elders in Overleg met Bestand &gt; Notities importeren; de keuzes links gelden er niet voor.</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Voorbeeld van het verslag</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Voorbeeld van de export</translation>
    </message>
</context>
<context>
    <name>overleg::ui::ExportNotice</name>
    <message>
        <source>Notes exported to %1</source>
        <translation>Notities geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
</context>
<context>
    <name>overleg::ui::ExternalFileBar</name>
    <message>
        <source>%1 is not in your library: it is shown, not copied. Import it to keep it and your notes on its questions.</source>
        <translation>%1 staat niet in uw bibliotheek: het wordt getoond, niet gekopieerd. Importeer het om het en uw notities bij de vragen te bewaren.</translation>
    </message>
    <message>
        <source>&amp;Import into the library</source>
        <translation>In de bibliotheek &amp;importeren</translation>
    </message>
    <message>
        <source>Copies the file into your library, where it stays when the original moves</source>
        <translation>Kopieert het bestand naar uw bibliotheek, waar het blijft als het origineel verplaatst wordt</translation>
    </message>
</context>
<context>
    <name>overleg::ui::ExternalFiles</name>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
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
        <translation>Het bestand wordt bij de Tweede Kamer opgehaald…</translation>
    </message>
    <message>
        <source>The file could not be fetched from the Tweede Kamer: %1 Check the connection and open the document again.</source>
        <translation>Het bestand kon niet bij de Tweede Kamer worden opgehaald: %1 Controleer de verbinding en open het document opnieuw.</translation>
    </message>
</context>
<context>
    <name>overleg::ui::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Zoeken in document</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige treffer (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Volgende treffer (Enter)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Hoofdlettergevoelig</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Hele woorden</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Enter: next match, Shift+Enter: previous match</source>
        <translation>Enter: volgende treffer, Shift+Enter: vorige treffer</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
</context>
<context>
    <name>overleg::ui::HtmlViewer</name>
    <message>
        <source>Text of the document</source>
        <translation>Tekst van het document</translation>
    </message>
</context>
<context>
    <name>overleg::ui::Imports</name>
    <message>
        <source>Import files</source>
        <translation>Bestanden importeren</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.html *.htm *.xml *.txt);;All files (*)</source>
        <translation>Documenten (*.pdf *.docx *.odt *.html *.htm *.xml *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Importing files…</source>
        <translation>Bestanden worden geïmporteerd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n bestand geïmporteerd</numerusform>
            <numerusform>%n bestanden geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the library</source>
        <translation>
            <numerusform>, %n stond al in de bibliotheek</numerusform>
            <numerusform>, %n stonden al in de bibliotheek</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Notities importeren</translation>
    </message>
    <message>
        <source>Overleg notes (*.json)</source>
        <translation>Overleg-notities (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n question note(s) imported.</source>
        <translation>
            <numerusform>%n notitie bij een vraag geïmporteerd.</numerusform>
            <numerusform>%n notities bij vragen geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer note(s) already here were kept.</source>
        <translation>
            <numerusform>%n nieuwere notitie die hier al stond is behouden.</numerusform>
            <numerusform>%n nieuwere notities die hier al stonden zijn behouden.</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy of your notes from before the import is in %1.</source>
        <translation>Een kopie van uw notities van vóór de import staat in %1.</translation>
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
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Recent documents</source>
        <translation>&amp;Recente documenten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Bestanden &amp;importeren…</translation>
    </message>
    <message>
        <source>Add PDF, Word, OpenDocument, HTML, XML or text files to your library</source>
        <translation>PDF-, Word-, OpenDocument-, HTML-, XML- of tekstbestanden aan uw bibliotheek toevoegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About Overleg</source>
        <translation>&amp;Over Overleg</translation>
    </message>
    <message>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigatie</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Vragen</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the library</source>
        <translation>
            <numerusform>%n document in de bibliotheek</numerusform>
            <numerusform>%n documenten in de bibliotheek</numerusform>
        </translation>
    </message>
    <message>
        <source>About Overleg</source>
        <translation>Over Overleg</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Overleg %1&lt;/h3&gt;&lt;p&gt;Read and annotate the written consultations of the Tweede Kamer: the questions of the parliamentary groups and the answers of the government.&lt;/p&gt;&lt;p&gt;Data directory: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Overleg %1&lt;/h3&gt;&lt;p&gt;Schriftelijke overleggen van de Tweede Kamer lezen en annoteren: de vragen van de fracties en de antwoorden van de regering.&lt;/p&gt;&lt;p&gt;Gegevensmap: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No document open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a document in the navigation on the left (filter with %1), or import your own files with %2 or by dropping them here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Geen document geopend&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kies een document in de navigatie links (filteren met %1), of importeer uw eigen bestanden met %2 of door ze hierheen te slepen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Labels…</translation>
    </message>
    <message>
        <source>&amp;Synchronise…</source>
        <translation>&amp;Synchroniseren…</translation>
    </message>
    <message>
        <source>Fetch the latest from the Tweede Kamer&apos;s open data</source>
        <translation>Het nieuwste ophalen uit de open data van de Tweede Kamer</translation>
    </message>
    <message>
        <source>synchronised %1</source>
        <translation>gesynchroniseerd %1</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Volgen</translation>
    </message>
    <message>
        <source>Followed: its documents are downloaded with every sync.</source>
        <translation>Gevolgd: de documenten worden bij elke synchronisatie gedownload.</translation>
    </message>
    <message>
        <source>No longer followed.</source>
        <translation>Niet meer gevolgd.</translation>
    </message>
    <message>
        <source>I&amp;mport notes…</source>
        <translation>Notities i&amp;mporteren…</translation>
    </message>
    <message>
        <source>&amp;Link an answer document…</source>
        <translation>Antwoorddocument &amp;koppelen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>Geopende documenten</translation>
    </message>
    <message>
        <source>U&amp;nlink answer documents</source>
        <translation>Koppeling met antwoorddocumenten &amp;verwijderen</translation>
    </message>
    <message>
        <source>Close &amp;document</source>
        <translation>Document slui&amp;ten</translation>
    </message>
    <message>
        <source>Fil&amp;ter navigation</source>
        <translation>Navigatie &amp;filteren</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 sluiten</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panelen</translation>
    </message>
    <message>
        <source>&amp;Workspace…</source>
        <translation>&amp;Werkruimte…</translation>
    </message>
    <message>
        <source>Work on the notes with a team, on a PostgreSQL server</source>
        <translation>Met een team aan de notities werken, op een PostgreSQL-server</translation>
    </message>
</context>
<context>
    <name>overleg::ui::NavigationDock</name>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Filter: committee, dossier, member, number or title…</source>
        <translation>Filter: commissie, dossier, Kamerlid, nummer of titel…</translation>
    </message>
    <message>
        <source>&amp;Follow (download its documents when syncing)</source>
        <translation>&amp;Volgen (documenten downloaden bij synchroniseren)</translation>
    </message>
    <message>
        <source>Filter the navigation</source>
        <translation>Navigatie filteren</translation>
    </message>
    <message>
        <source>Shows only committees, dossiers, members and documents matching the words typed</source>
        <translation>Toont alleen commissies, dossiers, Kamerleden en documenten die bij de getypte woorden passen</translation>
    </message>
    <message>
        <source>Committees, dossiers, members, open questions and your library; Enter opens a document</source>
        <translation>Commissies, dossiers, Kamerleden, openstaande vragen en uw bibliotheek; Enter opent een document</translation>
    </message>
</context>
<context>
    <name>overleg::ui::OpenQuestionFilterBar</name>
    <message>
        <source>Open questions of:</source>
        <translation>Open vragen van:</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>Alle commissies</translation>
    </message>
    <message>
        <source>All parliamentary groups</source>
        <translation>Alle fracties</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <source>Only documents of this committee</source>
        <translation>Alleen documenten van deze commissie</translation>
    </message>
    <message>
        <source>Only questions this parliamentary group asked</source>
        <translation>Alleen vragen van deze fractie</translation>
    </message>
    <message>
        <source>Only questions with this tag</source>
        <translation>Alleen vragen met dit label</translation>
    </message>
    <message>
        <source>Committee filter</source>
        <translation>Filter op commissie</translation>
    </message>
    <message>
        <source>Parliamentary group filter</source>
        <translation>Filter op fractie</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filter op label</translation>
    </message>
</context>
<context>
    <name>overleg::ui::OutboxSender</name>
    <message numerus="yes">
        <source>%n edit(s) waiting for the server</source>
        <translation>
            <numerusform>%n wijziging wacht op de server</numerusform>
            <numerusform>%n wijzigingen wachten op de server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>overleg::ui::PdfView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Mark as question</source>
        <translation>Als &amp;vraag markeren</translation>
    </message>
</context>
<context>
    <name>overleg::ui::PdfViewer</name>
    <message>
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <source>Page (Ctrl+G)</source>
        <translation>Pagina (Ctrl+G)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Inzoomen (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Uitzoomen (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Outline of the document</source>
        <translation>Inhoudsopgave van het document</translation>
    </message>
    <message>
        <source>Pages of the document</source>
        <translation>Pagina&apos;s van het document</translation>
    </message>
    <message>
        <source>F7 turns on a caret: arrows move it, Shift and the arrows select, Ctrl+M marks the selection as a question</source>
        <translation>F7 zet een cursor aan: de pijltoetsen verplaatsen hem, Shift en de pijltoetsen selecteren, Ctrl+M markeert de selectie als vraag</translation>
    </message>
</context>
<context>
    <name>overleg::ui::QuestionDelegate</name>
    <message>
        <source>due %1</source>
        <translation>termijn %1</translation>
    </message>
    <message>
        <source>no answer yet: awaiting one, or not checked</source>
        <translation>nog geen antwoord: wacht op antwoord, of nog niet nagekeken</translation>
    </message>
    <message>
        <source>the answer covers the question</source>
        <translation>het antwoord dekt de vraag</translation>
    </message>
    <message>
        <source>the answer covers part of it</source>
        <translation>het antwoord dekt een deel ervan</translation>
    </message>
    <message>
        <source>an answer came and skipped it</source>
        <translation>er kwam een antwoord, maar deze vraag werd overgeslagen</translation>
    </message>
    <message>
        <source>nothing to answer (a remark, not a question)</source>
        <translation>niets te beantwoorden (een opmerking, geen vraag)</translation>
    </message>
    <message>
        <source>the question has a note</source>
        <translation>de vraag heeft een notitie</translation>
    </message>
    <message>
        <source>Coloured chips — the question&apos;s tags</source>
        <translation>Gekleurde labels — de labels van de vraag</translation>
    </message>
</context>
<context>
    <name>overleg::ui::QuestionDock</name>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No document open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a document from the navigation on the left. The questions the parliamentary groups asked in it will be listed here, so you can tag them, note remarks and track the answers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Geen document geopend&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open een document in de navigatie links. De vragen die de fracties erin stelden verschijnen hier, zodat u ze kunt labelen, er opmerkingen bij kunt maken en de antwoorden kunt volgen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Status op %1 zetten</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>Label %1 toevoegen</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Label %1 verwijderen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <source>Not a question</source>
        <translation>Geen vraag</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a question to tag it, set its status or note a remark.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kies een vraag om haar te labelen, haar status te zetten of er een opmerking bij te maken.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question %1&lt;/b&gt; · %2 · p. %3</source>
        <translation>&lt;b&gt;Vraag %1&lt;/b&gt; · %2 · p. %3</translation>
    </message>
    <message>
        <source>Filter questions, notes and tags…</source>
        <translation>Vragen, notities en labels filteren…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>By number</source>
        <translation>Op nummer</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Op status</translation>
    </message>
    <message>
        <source>Add a tag (Enter)</source>
        <translation>Label toevoegen (Enter)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Remove this unit: the extractor took something for a question that is none (Delete)</source>
        <translation>Deze eenheid verwijderen: de herkenning zag hier ten onrechte een vraag (Delete)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reading the document…&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Document wordt gelezen…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mark as question</source>
        <translation>Als vraag markeren</translation>
    </message>
    <message>
        <source>Split question</source>
        <translation>Vraag splitsen</translation>
    </message>
    <message>
        <source>Merge questions</source>
        <translation>Vragen samenvoegen</translation>
    </message>
    <message>
        <source>Split after the first sentence</source>
        <translation>Splitsen na de eerste zin</translation>
    </message>
    <message>
        <source>Merge with the next question</source>
        <translation>Samenvoegen met de volgende vraag</translation>
    </message>
    <message>
        <source>All parliamentary groups</source>
        <translation>Alle fracties</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer&lt;/b&gt; (p. %1): %2… &lt;a href=&quot;open&quot;&gt;Open&lt;/a&gt;</source>
        <translation>&lt;b&gt;Antwoord&lt;/b&gt; (p. %1): %2… &lt;a href=&quot;open&quot;&gt;Openen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No answer found.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Geen antwoord gevonden.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Proposed: %1 · &lt;a href=&quot;accept&quot;&gt;Accept&lt;/a&gt;</source>
        <translation>Voorstel: %1 · &lt;a href=&quot;accept&quot;&gt;Overnemen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>What the status icons and colours mean</source>
        <translation>Wat de statuspictogrammen en -kleuren betekenen</translation>
    </message>
    <message>
        <source>Proposed: %1 (%2) · &lt;a href=&quot;accept&quot;&gt;Accept&lt;/a&gt;</source>
        <translation>Voorstel: %1 (%2) · &lt;a href=&quot;accept&quot;&gt;Overnemen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No questions of parliamentary groups or members were found in this document: it is not an inbreng, a verslag, a list of questions or written questions.</source>
        <translation>In dit document zijn geen vragen van fracties of Kamerleden gevonden: het is geen inbreng, verslag, lijst van vragen of schriftelijke vragen.</translation>
    </message>
    <message>
        <source>No questions of parliamentary groups or members were found in this document (kind: %1).</source>
        <translation>In dit document zijn geen vragen van fracties of Kamerleden gevonden (soort: %1).</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Volgende vraag</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>V&amp;orige vraag</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Add a &amp;tag</source>
        <translation>&amp;Label toevoegen</translation>
    </message>
    <message>
        <source>Not a &amp;question</source>
        <translation>&amp;Geen vraag</translation>
    </message>
    <message>
        <source>&lt;i&gt;No answer yet: the answer is awaited.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Nog geen antwoord: het antwoord wordt verwacht.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;soort&quot;&gt;%2&lt;/a&gt; · %n question(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;soort&quot;&gt;%2&lt;/a&gt; · %n vraag</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;soort&quot;&gt;%2&lt;/a&gt; · %n vragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the kind of document</source>
        <translation>Soort document wijzigen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;To track a passage anyway, select it in the document and choose &quot;Mark as question&quot;. Or &lt;a href=&quot;soort&quot;&gt;say what kind of document this is&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Wilt u toch een passage volgen, selecteer die dan in het document en kies &quot;Als vraag markeren&quot;. Of &lt;a href=&quot;soort&quot;&gt;geef aan wat voor document dit is&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Label verwijderen</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Te verwijderen label:</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Geen labels</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>Vragen filteren</translation>
    </message>
    <message>
        <source>Shows only questions whose text, note or tags contain the words typed</source>
        <translation>Toont alleen vragen waarvan de tekst, notitie of labels de getypte woorden bevatten</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <source>Shows only questions with this status</source>
        <translation>Toont alleen vragen met deze status</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filter op label</translation>
    </message>
    <message>
        <source>Shows only questions with this tag</source>
        <translation>Toont alleen vragen met dit label</translation>
    </message>
    <message>
        <source>Parliamentary group filter</source>
        <translation>Filter op fractie</translation>
    </message>
    <message>
        <source>Shows only the questions of this parliamentary group</source>
        <translation>Toont alleen de vragen van deze fractie</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Questions of the document</source>
        <translation>Vragen in het document</translation>
    </message>
    <message>
        <source>J and K move, 1 to 5 set the status, T adds a tag, N edits the note, A accepts the proposed status, O opens the answer, R removes a tag</source>
        <translation>J en K bewegen, 1 tot 5 zetten de status, T voegt een label toe, N bewerkt de notitie, A neemt de voorgestelde status over, O opent het antwoord, R verwijdert een label</translation>
    </message>
    <message>
        <source>Status of the question</source>
        <translation>Status van de vraag</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Label toevoegen</translation>
    </message>
    <message>
        <source>Type a tag and press Enter</source>
        <translation>Typ een label en druk op Enter</translation>
    </message>
    <message>
        <source>Tab to a tag and press Enter to remove it</source>
        <translation>Ga met Tab naar een label en druk op Enter om het te verwijderen</translation>
    </message>
    <message>
        <source>Note on the question</source>
        <translation>Notitie bij de vraag</translation>
    </message>
    <message>
        <source>Saved as you type; Escape goes back to the list</source>
        <translation>Wordt bewaard terwijl u typt; Escape gaat terug naar de lijst</translation>
    </message>
    <message>
        <source>What the signs mean</source>
        <translation>Wat de tekens betekenen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Edit the note</source>
        <translation>&amp;Notitie bewerken</translation>
    </message>
    <message>
        <source>&amp;Accept the proposed status</source>
        <translation>Voorgestelde status overn&amp;emen</translation>
    </message>
    <message>
        <source>&amp;Open the answer</source>
        <translation>&amp;Antwoord openen</translation>
    </message>
    <message>
        <source>&amp;Remove a tag…</source>
        <translation>Label ve&amp;rwijderen…</translation>
    </message>
</context>
<context>
    <name>overleg::ui::SearchDock</name>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n treffer</numerusform>
            <numerusform>%n treffers</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing texts: %1 of %2</source>
        <translation>Teksten indexeren: %1 van %2</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation>Zoekindex bijwerken…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Commissie</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Alles &amp;doorzoeken…</translation>
    </message>
    <message>
        <source>Search texts, questions, notes and details</source>
        <translation>Zoek in teksten, vragen, notities en gegevens</translation>
    </message>
    <message>
        <source>Search (Ctrl+Shift+F)</source>
        <translation>Zoeken (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Words must all occur; &quot;a phrase&quot;; prefix*; OR; NOT or -word; NEAR(word word, 10); fields: fractie:VVD tag:navragen status:open soort:&quot;Nota naar aanleiding van het verslag&quot; commissie:DiZa dossier:36450 kamerlid:name datum:2024-01..2024-06.</source>
        <translation>Alle woorden moeten voorkomen; &quot;een woordgroep&quot;; begin*; OR; NOT of -woord; NEAR(woord woord, 10); velden: fractie:VVD tag:navragen status:open soort:&quot;Nota naar aanleiding van het verslag&quot; commissie:DiZa dossier:36450 kamerlid:naam datum:2024-01..2024-06.</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <source>Words, phrases, prefix*, OR, NOT and fields such as fractie: or tag:; the results appear below as you type</source>
        <translation>Woorden, zinsdelen, begin*, OR, NOT en velden zoals fractie: of tag:; de resultaten verschijnen hieronder terwijl u typt</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>By document; Enter opens the document at the match</source>
        <translation>Per document; Enter opent het document bij de vondst</translation>
    </message>
    <message>
        <source>Narrow the search</source>
        <translation>Zoekopdracht verfijnen</translation>
    </message>
    <message>
        <source>Counts by kind, committee, parliamentary group, year, status and tag; choosing one narrows the results</source>
        <translation>Aantallen per soort, commissie, fractie, jaar, status en label; een keuze verfijnt de resultaten</translation>
    </message>
</context>
<context>
    <name>overleg::ui::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>Single keys act while the question list has the focus.</source>
        <translation>Losse toetsen werken zolang de vragenlijst de focus heeft.</translation>
    </message>
    <message>
        <source>In the note and tag fields</source>
        <translation>In de notitie- en labelvelden</translation>
    </message>
    <message>
        <source>Back to the question list</source>
        <translation>Terug naar de vragenlijst</translation>
    </message>
    <message>
        <source>Save the note or add the tag, back to the list</source>
        <translation>Notitie opslaan of label toevoegen, terug naar de lijst</translation>
    </message>
</context>
<context>
    <name>overleg::ui::SyncDialog</name>
    <message>
        <source>Synchronise with the Tweede Kamer</source>
        <translation>Synchroniseren met de Tweede Kamer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entiteiten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Files: %v of %m</source>
        <translation>Bestanden: %v van %m</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisatie afbreken</translation>
    </message>
    <message>
        <source>Feed address:</source>
        <translation>Feedadres:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Vanaf datum:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Laatste synchronisatie:</translation>
    </message>
    <message>
        <source>Updating the navigation…</source>
        <translation>De navigatie wordt bijgewerkt…</translation>
    </message>
    <message>
        <source>Downloading the documents of what you follow…</source>
        <translation>De documenten van wat u volgt worden gedownload…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Documents, zaken and activities from this date on; commissies, kamerleden, fracties and dossiers in full.</source>
        <translation>Documenten, zaken en activiteiten vanaf deze datum; commissies, Kamerleden, fracties en dossiers volledig.</translation>
    </message>
    <message>
        <source>Each sync continues where the previous one stopped.</source>
        <translation>Elke synchronisatie gaat verder waar de vorige stopte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address (http or https).</source>
        <translation>&apos;%1&apos; is geen webadres (http of https).</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>Fetching from %1…</source>
        <translation>Ophalen van %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Afbreken…</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>ophalen</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <source>Cancelled. What was fetched is kept; the next sync continues from there.</source>
        <translation>Afgebroken. Wat al binnen was blijft bewaard; de volgende synchronisatie gaat daar verder.</translation>
    </message>
    <message>
        <source>No connection with the Tweede Kamer (%1). Your library stays available offline; try again later.</source>
        <translation>Geen verbinding met de Tweede Kamer (%1). Uw bibliotheek blijft offline beschikbaar; probeer het later opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities fetched</source>
        <translation>
            <numerusform>%n entiteit opgehaald</numerusform>
            <numerusform>%n entiteiten opgehaald</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files downloaded</source>
        <translation>
            <numerusform>%n bestand gedownload</numerusform>
            <numerusform>%n bestanden gedownload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be fetched; they are tried again next time.</source>
        <translation>
            <numerusform>%n bestand kon niet worden opgehaald; het wordt de volgende keer opnieuw geprobeerd.</numerusform>
            <numerusform>%n bestanden konden niet worden opgehaald; ze worden de volgende keer opnieuw geprobeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything came through: %1</source>
        <translation>Niet alles kwam binnen: %1</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Commissies</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Parliamentary groups</source>
        <translation>Fracties</translation>
    </message>
    <message>
        <source>Seats of the groups</source>
        <translation>Zetels van de fracties</translation>
    </message>
    <message>
        <source>Members of the groups</source>
        <translation>Leden van de fracties</translation>
    </message>
    <message>
        <source>Committee seats</source>
        <translation>Commissiezetels</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>Commissieleden</translation>
    </message>
    <message>
        <source>Substitute committee members</source>
        <translation>Plaatsvervangende commissieleden</translation>
    </message>
    <message>
        <source>Parliamentary dossiers</source>
        <translation>Kamerstukdossiers</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <source>Parties to cases</source>
        <translation>Betrokkenen bij zaken</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Authors of documents</source>
        <translation>Indieners en ondertekenaars</translation>
    </message>
    <message>
        <source>Document versions</source>
        <translation>Documentversies</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Participants in activities</source>
        <translation>Deelnemers aan activiteiten</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>mislukt: %1</translation>
    </message>
    <message>
        <source>What is synchronised</source>
        <translation>Wat gesynchroniseerd wordt</translation>
    </message>
    <message>
        <source>Each category of the open data with the number of entities fetched and its state</source>
        <translation>Elke categorie van de open data met het aantal opgehaalde entiteiten en de stand</translation>
    </message>
</context>
<context>
    <name>overleg::ui::SyncWiring</name>
    <message>
        <source>Synchronising: %1, %2</source>
        <translation>Synchroniseren: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Synchronised: %n entities fetched</source>
        <translation>
            <numerusform>Gesynchroniseerd: %n entiteit opgehaald</numerusform>
            <numerusform>Gesynchroniseerd: %n entiteiten opgehaald</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>overleg::ui::TagManagerDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Kleur…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Samenvoegen met…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Label hernoemen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Labelkleur</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Labels samenvoegen</translation>
    </message>
    <message>
        <source>Merge &apos;%1&apos; into:</source>
        <translation>&apos;%1&apos; samenvoegen met:</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Label verwijderen</translation>
    </message>
    <message>
        <source>Delete the tag &apos;%1&apos;? It is taken off every question that has it.</source>
        <translation>Het label &apos;%1&apos; verwijderen? Het verdwijnt bij elke vraag die het heeft.</translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation>Uw labels</translation>
    </message>
    <message>
        <source>Each tag with its colour and how many questions carry it</source>
        <translation>Elk label met zijn kleur en hoeveel vragen het dragen</translation>
    </message>
</context>
<context>
    <name>overleg::ui::TeamBar</name>
    <message>
        <source>My questions</source>
        <translation>Mijn vragen</translation>
    </message>
    <message>
        <source>Show only the questions assigned to you</source>
        <translation>Alleen de vragen die aan u zijn toegewezen</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)…</source>
        <translation>
            <numerusform>%n conflict…</numerusform>
            <numerusform>%n conflicten…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields a colleague changed while you changed them too: choose which to keep</source>
        <translation>Velden die een collega wijzigde terwijl u ze ook wijzigde: kies wat blijft</translation>
    </message>
    <message>
        <source>Not assigned: %1, %2 open</source>
        <translation>Niet toegewezen: %1, %2 open</translation>
    </message>
    <message>
        <source>%1: %2/%3 answered, %4 open</source>
        <translation>%1: %2/%3 beantwoord, %4 open</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ik)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Toewijzen aan</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>Assign all questions of %1 to</source>
        <translation>Alle vragen van %1 toewijzen aan</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Vraag %1</translation>
    </message>
    <message>
        <source>Team progress</source>
        <translation>Voortgang van het team</translation>
    </message>
    <message numerus="yes">
        <source>%n refused edit(s)…</source>
        <translation>
            <numerusform>%n geweigerde wijziging…</numerusform>
            <numerusform>%n geweigerde wijzigingen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Edits made offline that the server refused: retry or discard them</source>
        <translation>Offline gemaakte wijzigingen die de server weigerde: opnieuw versturen of weggooien</translation>
    </message>
</context>
<context>
    <name>overleg::ui::TeamConflictsDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Mijn versie houden</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Hun versie houden</translation>
    </message>
    <message>
        <source>&amp;Save my edit</source>
        <translation>Mijn bewerking &amp;opslaan</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Or write the version to keep:</source>
        <translation>Of schrijf de versie die moet blijven:</translation>
    </message>
    <message>
        <source>%1: %2, changed by %3</source>
        <translation>%1: %2, gewijzigd door %3</translation>
    </message>
    <message>
        <source>No conflicts: every change was saved.</source>
        <translation>Geen conflicten: elke wijziging is opgeslagen.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Uw versie</translation>
    </message>
    <message>
        <source>%1&apos;s, on the server (changed %2)</source>
        <translation>Van %1, op de server (gewijzigd %2)</translation>
    </message>
</context>
<context>
    <name>overleg::ui::TeamHistoryDialog</name>
    <message>
        <source>History of question %1</source>
        <translation>Geschiedenis van vraag %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>No changes recorded for this question yet.</source>
        <translation>Voor deze vraag zijn nog geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>overleg::ui::TeamRefusedDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw versturen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>Refused edits</source>
        <translation>Geweigerde wijzigingen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Reden van de server</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>Geweigerd op</translation>
    </message>
    <message>
        <source>The server refused these edits made offline. Retry sends them again; Discard drops them and keeps what the server has.</source>
        <translation>De server weigerde deze offline gemaakte wijzigingen. Opnieuw versturen stuurt ze nogmaals; Weggooien laat ze vallen en houdt wat de server heeft.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Label toegevoegd</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Label verwijderd</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Verstuurd.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Weggegooid.</translation>
    </message>
</context>
<context>
    <name>overleg::ui::TextViewer</name>
    <message>
        <source>&amp;Mark as question</source>
        <translation>Als &amp;vraag markeren</translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation>Tekst van het document</translation>
    </message>
    <message>
        <source>Arrows move the caret, Shift and the arrows select, Ctrl+M marks the selection as a question</source>
        <translation>De pijltoetsen verplaatsen de cursor, Shift en de pijltoetsen selecteren, Ctrl+M markeert de selectie als vraag</translation>
    </message>
</context>
<context>
    <name>overleg::ui::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Opnieuw &amp;doen: %1</translation>
    </message>
</context>
<context>
    <name>overleg::ui::WorkspaceDialog</name>
    <message>
        <source>Workspace</source>
        <translation>Werkruimte</translation>
    </message>
    <message>
        <source>Connected to a team workspace.</source>
        <translation>Verbonden met een teamwerkruimte.</translation>
    </message>
    <message>
        <source>You work in your personal workspace.</source>
        <translation>U werkt in uw persoonlijke werkruimte.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Wor&amp;kspace:</source>
        <translation>Werk&amp;ruimte:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>Persona&amp;l workspace</source>
        <translation>Persoon&amp;lijke werkruimte</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Leden:</translation>
    </message>
    <message>
        <source>Name the workspace to connect to or to create.</source>
        <translation>Geef de naam van de werkruimte om mee te verbinden of aan te maken.</translation>
    </message>
    <message>
        <source>Connected to workspace &apos;%1&apos; as %2 (%3).</source>
        <translation>Verbonden met werkruimte &apos;%1&apos; als %2 (%3).</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>bewerker</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>lezer</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>Wachtwoord &amp;onthouden</translation>
    </message>
    <message>
        <source>Keep the password in the desktop&apos;s keyring, never in a file.</source>
        <translation>Bewaar het wachtwoord in de sleutelbos van het bureaublad, nooit in een bestand.</translation>
    </message>
</context>
<context>
    <name>overleg::ui::WorkspaceWiring</name>
    <message>
        <source>Personal workspace</source>
        <translation>Persoonlijke werkruimte</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Werkruimte: %1</translation>
    </message>
    <message>
        <source>The server refused edits made offline; they are kept: %1</source>
        <translation>De server weigerde wijzigingen die offline zijn gemaakt; ze zijn bewaard: %1</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Gewijzigd door %1</translation>
    </message>
</context>
</TS>
