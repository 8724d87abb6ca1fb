# The window's parts that left MainWindow (ui/Imports, ui/DocumentOpener): the same words as
# before, now in the contexts of their own classes.
NL = {
    'This document is no longer in the library.': 'Dit document staat niet meer in de bibliotheek.',
    'Import files': 'Bestanden importeren',
    'Documents (*.pdf *.docx *.odt *.html *.htm *.xml *.txt);;All files (*)':
        'Documenten (*.pdf *.docx *.odt *.html *.htm *.xml *.txt);;Alle bestanden (*)',
    'Importing files…': 'Bestanden worden geïmporteerd…',
    'Cancel': 'Annuleren',
    '%n file(s) imported': ('%n bestand geïmporteerd', '%n bestanden geïmporteerd'),
    ', %n already in the library': (', %n stond al in de bibliotheek',
                                    ', %n stonden al in de bibliotheek'),
    'Import': 'Importeren',
}

EN_PLURALS = {
    '%n file(s) imported': ('%n file imported', '%n files imported'),
    ', %n already in the library': (', %n already in the library', ', %n already in the library'),
}
