# Hostile input and faults (#20): a PDF page not rendered in time or a flate bomb, PDF text
# limits, downloads written to disk.
NL = {
    'This page cannot be rendered.': 'Deze pagina kan niet worden weergegeven.',
    'This page is not rendered: its drawing instructions unpack to more than %1 MB (a compression bomb).':
        'Deze pagina wordt niet weergegeven: haar tekeninstructies pakken uit tot meer dan %1 MB (een compressiebom).',
    'This page could not be rendered in time (%1 s).':
        'Deze pagina kon niet op tijd worden weergegeven (%1 s).',
    'A page of the PDF unpacks to more than 64 MB of drawing instructions (a compression bomb); the PDF is not read.':
        'Een pagina van de pdf pakt uit tot meer dan 64 MB aan tekeninstructies (een compressiebom); de pdf wordt niet gelezen.',
    'The PDF holds more text than Overleg reads (more than a million characters on one page, or 64 MB in all); it is not read.':
        'De pdf bevat meer tekst dan Overleg leest (meer dan een miljoen tekens op één pagina, of 64 MB in totaal); hij wordt niet gelezen.',
    "Reading the PDF's text took longer than 60 seconds; it is not read.":
        'Het lezen van de tekst van de pdf duurde langer dan 60 seconden; hij wordt niet gelezen.',
    'Cannot write the download to %1: %2': 'Kan de download niet opslaan in %1: %2',
}
