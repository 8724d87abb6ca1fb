# The format chooser of a document page (a document held in several formats).
NL = {
    '&Show as:': '&Tonen als:',
    'Format shown': 'Getoond formaat',
    'This document is here in several formats; choose the one to read. Questions and notes are the same in every format.':
        'Dit document is hier in meerdere formaten; kies het formaat om te lezen. Vragen en notities zijn in elk formaat dezelfde.',
    '%1 (%2)': '%1 (%2)',
    "This passage was not found in the document's own file; mark it in the first format.":
        'Deze passage staat niet in het eigen bestand van het document; markeer haar in het eerste formaat.',
}
