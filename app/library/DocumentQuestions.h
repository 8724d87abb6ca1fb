#pragma once

#include "AnswerLocator.h"
#include "core/Result.h"
#include "questions/AnswerSet.h"
#include "questions/QuestionUnit.h"
#include "store/NotesBackend.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace overleg {

class Library;
class NotesBackend;
struct DocumentText;

// A document's question units as the question panel shows them: extracted from its file with
// the user's corrections applied, and the answer found for each unit in the document itself or
// in the answering documents we hold. The one pipeline behind the export and the question
// ledger, so both report what the panel shows.
struct DocumentQuestions {
    QuestionExtraction extraction; // corrections applied; removed units still in (see removed)
    QStringList removed;           // unit ids the user removed as false
    QHash<QString, FoundAnswer> answers;
    QList<AnswerLocator::Source> answerSources; // the answering documents whose files were read
    // An answer can have been found (answersCanBeHere): else every unit awaits its answer.
    bool answersPossible = false;

    // No answer found, and none could be here yet (as opposed to an answer that skipped it).
    bool awaiting(const QString &unitId) const {
        return !answersPossible && !answers.contains(unitId);
    }
};

// A document's units as the user sees them, from its text: read as the kind the user chose for
// it (a Soort correction), else as its Kamer soort says, else as its head says; then with the
// user's corrections (units added, split, merged). The one entry to a document's questions: the
// question panel, the question ledger, the exports and every CLI command read them here, so
// they number the same units alike.
QuestionExtraction userExtraction(const NotesBackend &notes, const DocumentText &text,
                                  const QString &documentId, const QString &soort);

// After a document was read anew, moves the notes whose unit no longer occurs to the unit with
// the most similar text (questions/Reanchor plans it, this writes it); returns the notes that
// fit no unit, to be shown apart, never dropped.
QList<Annotation> reattachAnnotations(NotesBackend &notes, const QString &documentId,
                                      const QuestionExtraction &extraction);

// Fails when the file cannot be read; `path` is the document's file, `soort` its Kamer soort.
Result<DocumentQuestions> readDocumentQuestions(Library &library, const QString &documentId,
                                                const QString &soort, const QString &path);

// The answering documents of a question document whose files we hold, without reading them.
QList<AnswerLocator::Source> answerSourcesWithFiles(Library &library, const QString &documentId,
                                                    DocumentKind kind);

} // namespace overleg
