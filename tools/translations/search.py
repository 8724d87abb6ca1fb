# Dutch for the full-text search (issue #17): the query language's messages, the search dock and
# the search model.

NL = {
    'The search index could not be read; it is rebuilt at the next start.':
        'De zoekindex kon niet worden gelezen; hij wordt bij de volgende start opnieuw opgebouwd.',
    'Cannot open the search index %1: %2': 'Kan de zoekindex %1 niet openen: %2',
    'Cannot create the search index %1.': 'Kan de zoekindex %1 niet aanmaken.',
    'Cannot create the search index: %1': 'Kan de zoekindex niet aanmaken: %1',
    'The parenthesis at position %1 closes nothing.':
        'Het haakje op positie %1 sluit niets af.',
    'Unexpected "%1" at position %2.': 'Onverwacht "%1" op positie %2.',
    'OR at position %1 needs a word after it.': 'OR op positie %1 heeft een woord erna nodig.',
    'Fields such as fractie: cannot be combined with OR; write them beside the words, they narrow the whole search.':
        'Velden zoals fractie: kunnen niet met OR worden gecombineerd; zet ze naast de woorden, '
        'ze beperken de hele zoekopdracht.',
    'OR needs words on both sides, not only excluded ones.':
        'OR heeft aan beide kanten woorden nodig, niet alleen uitgesloten woorden.',
    'AND at position %1 needs a word before it.': 'AND op positie %1 heeft een woord ervoor nodig.',
    'AND at position %1 needs a word after it.': 'AND op positie %1 heeft een woord erna nodig.',
    '%1 at position %2 needs a word after it.': '%1 op positie %2 heeft een woord erna nodig.',
    'The phrase at position %1 has no words.': 'De woordgroep op positie %1 bevat geen woorden.',
    'The parentheses at position %1 are empty.': 'De haakjes op positie %1 zijn leeg.',
    'The parenthesis at position %1 is not closed.': 'Het haakje op positie %1 wordt niet gesloten.',
    'The field "%1:" at position %2 cannot stand here; write it beside the words.':
        'Het veld "%1:" op positie %2 kan hier niet staan; zet het naast de woorden.',
    'NEAR at position %1 expects a distance from 0 to 1000 after the comma.':
        'NEAR op positie %1 verwacht na de komma een afstand van 0 tot 1000.',
    'NEAR at position %1 takes words and an optional distance: NEAR(word word, 10).':
        'NEAR op positie %1 neemt woorden en eventueel een afstand: NEAR(woord woord, 10).',
    'NEAR at position %1 needs at least two words.':
        'NEAR op positie %1 heeft minstens twee woorden nodig.',
    'The field "%1:" at position %2 cannot stand inside parentheses; write it beside the words.':
        'Het veld "%1:" op positie %2 kan niet tussen haakjes staan; zet het naast de woorden.',
    'Unknown status "%1" at position %2: use open, beantwoord, deels, onbeantwoord or nvt.':
        'Onbekende status "%1" op positie %2: gebruik open, beantwoord, deels, onbeantwoord of nvt.',
    'dossier: at position %1 expects a dossier number such as 36450.':
        'dossier: op positie %1 verwacht een dossiernummer zoals 36450.',
    'datum: at position %1 expects a date such as 2024, 2024-06, 2024-06-30 or a range 2024-01..2024-06.':
        'datum: op positie %1 verwacht een datum zoals 2024, 2024-06, 2024-06-30 of een periode '
        '2024-01..2024-06.',
    'Title and details': 'Titel en gegevens',
    'Page %1': 'Pagina %1',
    'Question %1 (%2)': 'Vraag %1 (%2)',
    'Note on question %1': 'Notitie bij vraag %1',
    'Found as part of a longer word': 'Gevonden als deel van een langer woord',
    'The search has no words to look for.': 'De zoekopdracht bevat geen woorden om te zoeken.',
    'The search only excludes words; add a word to look for.':
        'De zoekopdracht sluit alleen woorden uit; voeg een woord toe om te zoeken.',
    'Unknown field "%1:" at position %2. Fields: %3.':
        'Onbekend veld "%1:" op positie %2. Velden: %3.',
    'The field "%1:" at position %2 needs a value.': 'Het veld "%1:" op positie %2 heeft een waarde nodig.',
    'The quotation mark at position %1 is not closed.':
        'Het aanhalingsteken op positie %1 wordt niet gesloten.',
    'Searching…': 'Zoeken…',
    '%n hit(s)': ('%n treffer', '%n treffers'),
    'Indexing texts: %1 of %2': 'Teksten indexeren: %1 van %2',
    'Updating the search index…': 'Zoekindex bijwerken…',
    'Kind': 'Soort',
    'Committee': 'Commissie',
    'Party': 'Fractie',
    'Year': 'Jaar',
    'Status': 'Status',
    'Tag': 'Label',
    'Search': 'Zoeken',
    '&Search everything…': 'Alles &doorzoeken…',
    'Search texts, questions, notes and details': 'Zoek in teksten, vragen, notities en gegevens',
    'Search (Ctrl+Shift+F)': 'Zoeken (Ctrl+Shift+F)',
    'Words must all occur; "a phrase"; prefix*; OR; NOT or -word; NEAR(word word, 10); fields: fractie:VVD tag:navragen status:open soort:"Nota naar aanleiding van het verslag" commissie:DiZa dossier:36450 kamerlid:name datum:2024-01..2024-06.':
        'Alle woorden moeten voorkomen; "een woordgroep"; begin*; OR; NOT of -woord; '
        'NEAR(woord woord, 10); velden: fractie:VVD tag:navragen status:open soort:"Nota naar '
        'aanleiding van het verslag" commissie:DiZa dossier:36450 kamerlid:naam '
        'datum:2024-01..2024-06.',
}

EN_PLURALS = {
    '%n hit(s)': ('%n hit', '%n hits'),
}

# overleg-cli search, declared as a CommandSpec.
NL.update({
    '--limit takes a positive number.': '--limit verwacht een positief getal.',
    'full-text search of documents, questions and notes': 'doorzoek de tekst van documenten, vragen en notities',
    'Words, "phrases", prefix*, AND/OR/NOT, -word, NEAR(a b, 10), and the fields fractie: tag: status: soort: commissie: dossier: kamerlid: datum:2024-01..2024-06. Quote a query that starts with a minus sign, or put -- before it. The index is brought up to date first.':
        'Woorden, "zinsdelen", begin*, AND/OR/NOT, -woord, NEAR(a b, 10), en de velden fractie: tag: status: soort: commissie: dossier: kamerlid: datum:2024-01..2024-06. Zet een zoekvraag die met een minteken begint tussen aanhalingstekens, of zet -- ervoor. De index wordt eerst bijgewerkt.',
    'at most N results (default 20)': 'hoogstens N resultaten (standaard 20)',
})

# Accessible names of the search dock and the docks' tab bar.
NL.update({
    'Search everything': 'Alles doorzoeken',
    'Words, phrases, prefix*, OR, NOT and fields such as fractie: or tag:; the results appear below as you type':
        'Woorden, zinsdelen, begin*, OR, NOT en velden zoals fractie: of tag:; de resultaten verschijnen hieronder terwijl u typt',
    'Search results': 'Zoekresultaten',
    'By document; Enter opens the document at the match': 'Per document; Enter opent het document bij de vondst',
    'Narrow the search': 'Zoekopdracht verfijnen',
    'Counts by kind, committee, parliamentary group, year, status and tag; choosing one narrows the results':
        'Aantallen per soort, commissie, fractie, jaar, status en label; een keuze verfijnt de resultaten',
    'Panels': 'Panelen',
})
