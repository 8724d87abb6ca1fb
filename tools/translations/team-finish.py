# Dutch for the last pieces of team workspaces: answer links on the server, the outbox sent
# from the window (ui/OutboxSender), and the refused offline edits in the team strip
# (ui/team/TeamRefusedDialog, TeamBarRefused). Merged into tools/fill_translations.py's tables;
# see README.md here.

NL = {
    # Answer links in a team workspace (app/workspace/TeamAnswerLinks.cpp)
    "The answer link could not be saved: %1": "De antwoordkoppeling kon niet worden bewaard: %1",
    "The answer link could not be removed: %1":
        "De antwoordkoppeling kon niet worden verwijderd: %1",
    # The outbox in the status bar (ui/OutboxSender.cpp)
    "%n edit(s) waiting for the server": (
        "%n wijziging wacht op de server", "%n wijzigingen wachten op de server"),
    # Refused offline edits (ui/team/TeamBar.cpp, TeamRefusedDialog.cpp)
    "%n refused edit(s)…": ("%n geweigerde wijziging…", "%n geweigerde wijzigingen…"),
    "Edits made offline that the server refused: retry or discard them":
        "Offline gemaakte wijzigingen die de server weigerde: opnieuw versturen of weggooien",
    "Refused edits": "Geweigerde wijzigingen",
    "&Retry": "&Opnieuw versturen",
    "&Discard": "&Weggooien",
    "Question": "Vraag",
    "Value": "Waarde",
    "Server's reason": "Reden van de server",
    "Refused at": "Geweigerd op",
    "Tag added": "Label toegevoegd",
    "Tag removed": "Label verwijderd",
    "The server refused these edits made offline. Retry sends them again; Discard drops them "
    "and keeps what the server has.":
        "De server weigerde deze offline gemaakte wijzigingen. Opnieuw versturen stuurt ze "
        "nogmaals; Weggooien laat ze vallen en houdt wat de server heeft.",
    "Sent.": "Verstuurd.",
    "Discarded.": "Weggegooid.",
}

EN_PLURALS = {
    "%n edit(s) waiting for the server": (
        "%n edit waiting for the server", "%n edits waiting for the server"),
    "%n refused edit(s)…": ("%n refused edit…", "%n refused edits…"),
}
