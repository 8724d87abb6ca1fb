# Dutch for search in a team workspace (issue #17): the team's offline copy of the notes read by
# the search index, and overleg-cli search in the connected workspace.

NL = {
    'The offline copy %1 of the workspace is missing.':
        'De offline kopie %1 van de werkruimte ontbreekt.',
    'The offline copy of a workspace is read-only; edit in the workspace.':
        'De offline kopie van een werkruimte is alleen-lezen; bewerk in de werkruimte zelf.',
    "The offline copy of workspace '%1' is not known yet (%2); run overleg-cli workspace connect again with the server there.":
        "De offline kopie van werkruimte '%1' is nog niet bekend (%2); voer overleg-cli workspace connect opnieuw uit terwijl de server bereikbaar is.",
    "The workspace's server cannot be reached: the notes as last seen.":
        'De server van de werkruimte is niet bereikbaar: de notities zoals laatst gezien.',
    'Words, "phrases", prefix*, AND/OR/NOT, -word, NEAR(a b, 10), and the fields fractie: tag: status: soort: commissie: dossier: kamerlid: datum:2024-01..2024-06. Quote a query that starts with a minus sign, or put -- before it. The index is brought up to date first. Notes, tags and statuses are those of the workspace in use: a team workspace\'s (overleg-cli workspace connect) as its server has them, or as last seen when it cannot be reached.':
        'Woorden, "zinsdelen", begin*, AND/OR/NOT, -woord, NEAR(a b, 10), en de velden fractie: tag: status: soort: commissie: dossier: kamerlid: datum:2024-01..2024-06. Zet een zoekvraag die met een minteken begint tussen aanhalingstekens, of zet -- ervoor. De index wordt eerst bijgewerkt. Notities, tags en statussen zijn die van de werkruimte in gebruik: van een teamwerkruimte (overleg-cli workspace connect) zoals de server ze heeft, of zoals laatst gezien als die niet bereikbaar is.',
}
