#pragma once

#include "core/Result.h"
#include "questions/QuestionUnit.h"

#include <QDate>
#include <QList>
#include <QString>

namespace overleg {

class Database;
class NotesBackend;

// Where the minister answered a question document: the documents the user linked by hand
// first (the active workspace's links, NotesBackend::answerLinks), then the Kamer's own linkage
// (the same zaak) for the answering soort (Antwoord schriftelijke vragen for Schriftelijke vragen,
// the Verslag of a schriftelijk overleg for its inbreng, the Nota for a Verslag, the Lijst van
// vragen en antwoorden for a Lijst van vragen), and for an inbreng the same commissie's Verslag on
// the same subject at a later date.
class AnswerLocator {
public:
    struct Source {
        QString documentId;
        QString soort;
        QString datum;
        QString titel;
        bool manual = false; // linked by the user
    };

    AnswerLocator(Database &library, const NotesBackend &notes);

    QList<Source> answersFor(const QString &questionDocumentId, DocumentKind kind) const;

    // The deadline for an answer: three weeks after sending, six after a Mededeling (uitstel
    // antwoord) in the same zaak. Invalid when the document has no date.
    QDate deadlineFor(const QString &questionDocumentId) const;
    bool hasDelayNotice(const QString &questionDocumentId) const;

private:
    Database &m_library;
    const NotesBackend &m_notes;
};

} // namespace overleg
