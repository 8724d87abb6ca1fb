# Dutch for the team workspaces (app/workspace, context "Workspace"). Merged into
# tools/fill_translations.py's tables; see README.md here.

NL = {
    "The workspace outbox %1 cannot be opened: %2":
        "De verzendmap van de werkruimte %1 kan niet worden geopend: %2",
    "%1 changed this %2 meanwhile; both versions are kept.":
        "%1 heeft deze %2 intussen gewijzigd; beide versies zijn bewaard.",
    "status": "status",
    "note": "notitie",
    "The edit could not be kept for sending: %1":
        "De wijziging kon niet worden bewaard om later te verzenden: %1",
    "There is no such conflict.": "Dat conflict bestaat niet.",
    "Unknown status '%1'.": "Onbekende status '%1'.",
    "A tag needs a name.": "Een label heeft een naam nodig.",
    "The workspace server cannot be reached; this change needs it. Status, note and tag edits "
    "are kept and sent later.":
        "De server van de werkruimte is niet bereikbaar en deze wijziging heeft hem nodig. "
        "Wijzigingen van status, notitie en labels worden bewaard en later verzonden.",
    "Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).":
        "Het PostgreSQL-stuurprogramma van Qt is niet geïnstalleerd (Debian: libqt6sql6-psql).",
    "Cannot connect to the workspace server %1:%2 (database %3, user %4): %5":
        "Geen verbinding met de server van de werkruimte %1:%2 (database %3, gebruiker %4): %5",
    "The workspace server's schema is version %1; this Overleg knows up to version %2. Update "
    "Overleg to work in this workspace; nothing was changed.":
        "Het schema op de server van de werkruimte is versie %1; deze Overleg kent tot en met "
        "versie %2. Werk Overleg bij om in deze werkruimte te werken; er is niets gewijzigd.",
    "The workspace schema cannot be created: %1":
        "Het schema van de werkruimte kan niet worden aangemaakt: %1",
    "The workspace schema could not be brought to version %1: %2; nothing of that version was "
    "kept.":
        "Het schema van de werkruimte kon niet naar versie %1 worden gebracht: %2; van die "
        "versie is niets bewaard.",
    "There is no Overleg workspace schema on this server yet; an administrator creates it with "
    "`overleg-cli workspace init-server`.":
        "Op deze server staat nog geen werkruimteschema van Overleg; een beheerder maakt het aan "
        "met `overleg-cli workspace init-server`.",
    "The workspace server's schema is version %1, older than this Overleg's %2; an "
    "administrator updates it with `overleg-cli workspace init-server`.":
        "Het schema op de server van de werkruimte is versie %1, ouder dan versie %2 van deze "
        "Overleg; een beheerder werkt het bij met `overleg-cli workspace init-server`.",
    "The workspace server cannot be reached: %1":
        "De server van de werkruimte is niet bereikbaar: %1",
    "The change was not saved in the workspace: %1":
        "De wijziging is niet in de werkruimte opgeslagen: %1",
    "The status could not be saved: %1": "De status kon niet worden opgeslagen: %1",
    "The note could not be saved: %1": "De notitie kon niet worden opgeslagen: %1",
    "The tag could not be saved: %1": "Het label kon niet worden opgeslagen: %1",
    "The assignment could not be saved: %1": "De toewijzing kon niet worden opgeslagen: %1",
    "The tag could not be removed: %1": "Het label kon niet worden verwijderd: %1",
    "There is already a tag '%1'; merge the tags instead.":
        "Er is al een label '%1'; voeg de labels samen.",
    "The tag could not be renamed: %1": "Het label kon niet worden hernoemd: %1",
    "The tag could not be changed: %1": "Het label kon niet worden gewijzigd: %1",
    "The tags could not be merged: %1": "De labels konden niet worden samengevoegd: %1",
    "The tag could not be deleted: %1": "Het label kon niet worden verwijderd: %1",
    "The note could not be moved: %1": "De notitie kon niet worden verplaatst: %1",
    "The correction could not be saved: %1": "De correctie kon niet worden opgeslagen: %1",
    "The correction could not be deleted: %1": "De correctie kon niet worden verwijderd: %1",
    "The unit could not be removed: %1": "De vraag kon niet worden verwijderd: %1",
    "The unit could not be restored: %1": "De vraag kon niet worden teruggezet: %1",
    "A workspace needs a name.": "Een werkruimte heeft een naam nodig.",
    "The workspace '%1' could not be created: %2":
        "De werkruimte '%1' kon niet worden aangemaakt: %2",
    "There is no workspace '%1' on this server that %2 is a member of.":
        "Op deze server is geen werkruimte '%1' waarvan %2 lid is.",
    "Unknown role '%1' (owner, editor, reader).":
        "Onbekende rol '%1' (owner, editor, reader: eigenaar, bewerker, lezer).",
    "There is no login '%1' on the server; the server's administrator creates it first (CREATE "
    "ROLE).":
        "Er is geen login '%1' op de server; de beheerder van de server maakt die eerst aan "
        "(CREATE ROLE).",
    "%1 could not be added: %2": "%1 kon niet worden toegevoegd: %2",
    "%1 is not a member, or you may not remove them.":
        "%1 is geen lid, of u mag deze persoon niet verwijderen.",
    "%1 could not be written.": "%1 kon niet worden geschreven.",
    "%1 could not be removed.": "%1 kon niet worden verwijderd.",
}

EN_PLURALS = {}

# The window: Bestand → Werkruimte (ui/WorkspaceDialog, ui/MainWindow).
NL.update({
    "&Workspace…": "&Werkruimte…",
    "Work on the notes with a team, on a PostgreSQL server":
        "Met een team aan de notities werken, op een PostgreSQL-server",
    "Personal workspace": "Persoonlijke werkruimte",
    "Workspace: %1": "Werkruimte: %1",
    "Changed by %1": "Gewijzigd door %1",
    "Workspace": "Werkruimte",
    "Connected to a team workspace.": "Verbonden met een teamwerkruimte.",
    "You work in your personal workspace.": "U werkt in uw persoonlijke werkruimte.",
    "&Server:": "&Server:",
    "&Port:": "&Poort:",
    "&Database:": "&Database:",
    "&User:": "&Gebruiker:",
    "Pass&word:": "&Wachtwoord:",
    "Wor&kspace:": "Werk&ruimte:",
    "&Connect": "&Verbinden",
    "C&reate": "&Aanmaken",
    "Persona&l workspace": "Persoon&lijke werkruimte",
    "Members:": "Leden:",
    "Name the workspace to connect to or to create.":
        "Geef de naam van de werkruimte om mee te verbinden of aan te maken.",
    "Connected to workspace '%1' as %2 (%3).": "Verbonden met werkruimte '%1' als %2 (%3).",
    "owner": "eigenaar",
    "editor": "bewerker",
    "reader": "lezer",
})

# overleg-cli workspace, declared as a CommandSpec.
NL.update({
    'team workspaces on a PostgreSQL server': 'teamwerkruimtes op een PostgreSQL-server',
    'Options: --host H, --port P, --database D, --user U, --sslmode MODE (verify-full by default for a host other than this machine), --sslrootcert FILE, --password-stdin (else OVERLEG_WORKSPACE_PASSWORD, PGPASSWORD or ~/.pgpass; a password is never stored).':
        'Opties: --host H, --port P, --database D, --user U, --sslmode MODUS (standaard verify-full voor een andere computer dan deze), --sslrootcert BESTAND, --password-stdin (anders OVERLEG_WORKSPACE_PASSWORD, PGPASSWORD of ~/.pgpass; een wachtwoord wordt nooit bewaard).',
})
