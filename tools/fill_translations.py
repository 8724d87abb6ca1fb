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
}
EN_PLURALS = {}


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
