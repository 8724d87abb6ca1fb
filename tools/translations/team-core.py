# Dutch for the team workspace backend: the keyring, one edit as one transaction, refused offline
# edits, and overleg-cli workspace's options (contexts "Workspace", "NotesBundle", "Cli" and the
# Werkruimte dialog). Merged into tools/fill_translations.py's tables; see README.md here.

NL = {
    # The keyring (app/workspace/KeyringVault.cpp)
    "No keyring is reachable (%1); the password is not stored and will be asked for.":
        "Er is geen sleutelbos bereikbaar (%1); het wachtwoord wordt niet bewaard en opnieuw "
        "gevraagd.",
    "no answer": "geen antwoord",
    "No password is stored for this login.": "Voor deze login is geen wachtwoord bewaard.",
    "The keyring refused access: %1": "De sleutelbos weigerde de toegang: %1",
    # One edit, one transaction; refused edits (TeamNotes, OfflineNotes, OutboxRefusals)
    "The change was refused by the workspace server; nothing of it was saved.":
        "De server van de werkruimte weigerde de wijziging; er is niets van bewaard.",
    "The workspace server did not let you change this question.":
        "De server van de werkruimte stond u niet toe deze vraag te wijzigen.",
    "The change was not saved; nothing of it was kept.":
        "De wijziging is niet opgeslagen; er is niets van bewaard.",
    "There is no such refused edit.": "Die geweigerde wijziging bestaat niet.",
    "The workspace server cannot be reached; the edit waits in the outbox.":
        "De server van de werkruimte is niet bereikbaar; de wijziging wacht in de verzendmap.",
    # A notes bundle into a team workspace (app/export/WorkspaceBundleImport.cpp)
    "The notes could not be imported into the workspace: %1; what was imported before this "
    "stays (the workspace's history shows it).":
        "De notities konden niet in de werkruimte worden geïmporteerd: %1; wat daarvóór al was "
        "geïmporteerd, blijft staan (de geschiedenis van de werkruimte toont het).",
    # The Werkruimte dialog and the window
    "&Remember password": "Wachtwoord &onthouden",
    "Keep the password in the desktop's keyring, never in a file.":
        "Bewaar het wachtwoord in de sleutelbos van het bureaublad, nooit in een bestand.",
    "The server refused edits made offline; they are kept: %1":
        "De server weigerde wijzigingen die offline zijn gemaakt; ze zijn bewaard: %1",
    # overleg-cli workspace
    "unknown workspace action '%1'; one of: %2": "onbekende werkruimte-actie '%1'; een van: %2",
    "usage: overleg-cli workspace %1 %2": "gebruik: overleg-cli workspace %1 %2",
    "--port takes a number.": "--port verwacht een getal.",
    "--remember-password goes with connect.": "--remember-password hoort bij connect.",
    "(The password came from the keyring; connect again with --password-stdin "
    "--remember-password to replace it.)":
        "(Het wachtwoord kwam uit de sleutelbos; verbind opnieuw met --password-stdin "
        "--remember-password om het te vervangen.)",
    "The password is in the keyring.": "Het wachtwoord staat in de sleutelbos.",
    "Password for %1: ": "Wachtwoord voor %1: ",
    "GROUP is the number 'workspace status' lists.":
        "GROUP is het nummer dat 'workspace status' toont.",
    "the server (default: the connected one, else localhost)":
        "de server (standaard: die van de verbonden werkruimte, anders localhost)",
    "the server's port (default 5432)": "de poort van de server (standaard 5432)",
    "the database (default overleg)": "de database (standaard overleg)",
    "the login (default: PGUSER, else USER)": "de login (standaard: PGUSER, anders USER)",
    "libpq's sslmode (verify-full by default for a host other than this machine)":
        "sslmode van libpq (standaard verify-full voor een andere server dan deze computer)",
    "the CA certificate the server's is checked against":
        "het CA-certificaat waartegen dat van de server wordt gecontroleerd",
    "read the password from the first line of stdin":
        "lees het wachtwoord uit de eerste regel van stdin",
    "with connect: keep the password in the desktop keyring":
        "bij connect: bewaar het wachtwoord in de sleutelbos van het bureaublad",
    "The password comes from --password-stdin, else OVERLEG_WORKSPACE_PASSWORD, else the "
    "desktop keyring (stored there by connect --remember-password), else PGPASSWORD or "
    "~/.pgpass; it is never written to a settings file. status lists the edits made offline "
    "that wait or that the server refused; retry or discard one by its GROUP.":
        "Het wachtwoord komt uit --password-stdin, anders uit OVERLEG_WORKSPACE_PASSWORD, "
        "anders uit de sleutelbos van het bureaublad (daar bewaard door connect "
        "--remember-password), anders uit PGPASSWORD of ~/.pgpass; het wordt nooit in een "
        "instellingenbestand geschreven. status toont de offline gemaakte wijzigingen die nog "
        "wachten of die de server weigerde; retry of discard neemt er een bij zijn GROUP.",
}
