#!/usr/bin/env python3
"""Fills unfinished messages of translations/*.ts from a table (a helper for developers; Qt
Linguist does the same by hand). English is the source language: overleg_en.ts gets the source
text, except plural forms. Usage: tools/fill_translations.py"""
import html
import re

NL = {
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
}
EN_PLURALS = {
    '%n question(s)': ('%n question', '%n questions'),
    '%n open': ('%n open', '%n open'),
    '<b>%1</b><br>%2 · %n question(s)': ('<b>%1</b><br>%2 · %n question', '<b>%1</b><br>%2 · %n questions'),
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


fill('translations/overleg_nl.ts', NL, False)
fill('translations/overleg_en.ts', EN_PLURALS, True)
