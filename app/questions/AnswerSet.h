#pragma once

#include "AnswerMatcher.h"
#include "QuestionUnit.h"
#include "document/DocumentText.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace overleg {

// The answer found for a question, and in which document.
struct FoundAnswer {
    AnswerMatch match;
    QString documentId; // the question document itself when it holds its own answers
};

// Documents that carry their own answers (LABELING.md): a Verslag of a schriftelijk overleg, an
// Antwoord that repeats the questions, a Nota, a Lijst van vragen en antwoorden.
bool holdsOwnAnswers(DocumentKind kind);

// Whether an answer can have been read for a document of this kind: it holds its own answers, or
// an answering document was read. When not, a question with no answer is *awaiting* its answer
// rather than *not answered* (the panel, Open vragen and the exports tell the two apart).
bool answersCanBeHere(DocumentKind kind, qsizetype answeringDocumentsRead);

// The best answer per question unit (by id) over the document itself (when it holds its own
// answers) and the answer documents given as (id, text). Only answered units are in the result.
QHash<QString, FoundAnswer> findAnswers(const QuestionExtraction &questions,
                                        const QString &documentId, const DocumentText &ownText,
                                        const QList<std::pair<QString, DocumentText>> &answerDocs);

} // namespace overleg
