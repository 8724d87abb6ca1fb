# Dutch for what a team workspace shows in the window and the report: the question panel's team
# strip (ui/team/TeamBar), the history and conflicts dialogs, the assignee in the question list,
# and the report's progress per member. Merged into tools/fill_translations.py's tables; see
# README.md here.

NL = {
    # ui/team/TeamBar
    "My questions": "Mijn vragen",
    "Team progress": "Voortgang van het team",
    "Show only the questions assigned to you": "Alleen de vragen die aan u zijn toegewezen",
    "%n conflict(s)…": ("%n conflict…", "%n conflicten…"),
    "Fields a colleague changed while you changed them too: choose which to keep":
        "Velden die een collega wijzigde terwijl u ze ook wijzigde: kies wat blijft",
    "Not assigned: %1, %2 open": "Niet toegewezen: %1, %2 open",
    "%1: %2/%3 answered, %4 open": "%1: %2/%3 beantwoord, %4 open",
    "%1 (me)": "%1 (ik)",
    "Nobody": "Niemand",
    "Assign to": "Toewijzen aan",
    "History…": "Geschiedenis…",
    "Assign all questions of %1 to": "Alle vragen van %1 toewijzen aan",
    "Question %1": "Vraag %1",
    # ui/team/TeamHistoryDialog
    "History of question %1": "Geschiedenis van vraag %1",
    "History": "Geschiedenis",
    "When": "Wanneer",
    "Who": "Wie",
    "Field": "Veld",
    "Before": "Voor",
    "After": "Na",
    "No changes recorded for this question yet.":
        "Voor deze vraag zijn nog geen wijzigingen vastgelegd.",
    "Status": "Status",
    "Note": "Notitie",
    "Tags": "Labels",
    "Assigned to": "Toegewezen aan",
    "(none)": "(geen)",
    # ui/team/TeamConflictsDialog
    "Keep &mine": "&Mijn versie houden",
    "Keep &theirs": "&Hun versie houden",
    "&Save my edit": "Mijn bewerking &opslaan",
    "Conflicts": "Conflicten",
    "Or write the version to keep:": "Of schrijf de versie die moet blijven:",
    "%1: %2, changed by %3": "%1: %2, gewijzigd door %3",
    "No conflicts: every change was saved.": "Geen conflicten: elke wijziging is opgeslagen.",
    "Yours": "Uw versie",
    "%1's, on the server (changed %2)": "Van %1, op de server (gewijzigd %2)",
    # app/models/QuestionModel
    "assigned to %1": "toegewezen aan %1",
    "Assigned to %1": "Toegewezen aan %1",
    # app/export/ReportLabels
    "Progress by team member and status": "Voortgang per teamlid en status",
    "(not assigned)": "(niet toegewezen)",
}

EN_PLURALS = {
    "%n conflict(s)…": ("%n conflict…", "%n conflicts…"),
}
