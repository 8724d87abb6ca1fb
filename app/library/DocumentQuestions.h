#pragma once

#include "AnswerLocator.h"
#include "core/Result.h"
#include "questions/AnswerSet.h"
#include "questions/QuestionUnit.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace overleg {

class Library;

// A document's question units as the question panel shows them: extracted from its file with
// the user's corrections applied, and the answer found for each unit in the document itself or
// in the answering documents we hold. The one pipeline behind the export and the question
// ledger, so both report what the panel shows.
struct DocumentQuestions {
    QuestionExtraction extraction; // corrections applied; removed units still in (see removed)
    QStringList removed;           // unit ids the user removed as false
    QHash<QString, FoundAnswer> answers;
    QList<AnswerLocator::Source> answerSources; // the answering documents whose files were read
};

// Fails when the file cannot be read; `path` is the document's file, `soort` its Kamer soort.
Result<DocumentQuestions> readDocumentQuestions(Library &library, const QString &documentId,
                                                const QString &soort, const QString &path);

// The answering documents of a question document whose files we hold, without reading them.
QList<AnswerLocator::Source> answerSourcesWithFiles(Library &library, const QString &documentId,
                                                    DocumentKind kind);

} // namespace overleg
