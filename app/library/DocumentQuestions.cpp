#include "DocumentQuestions.h"

#include "FileStore.h"
#include "Library.h"
#include "document/TextExtractor.h"
#include "questions/Corrections.h"
#include "questions/QuestionExtractor.h"
#include "questions/Reanchor.h"
#include "store/NotesBackend.h"

namespace overleg {

QList<AnswerLocator::Source> answerSourcesWithFiles(Library &library, const QString &documentId,
                                                    DocumentKind kind) {
    QList<AnswerLocator::Source> sources;
    const AnswerLocator locator(library.libraryDatabase(), library.notes());
    for (const AnswerLocator::Source &source : locator.answersFor(documentId, kind)) {
        if (!library.files().pathFor(source.documentId).isEmpty())
            sources << source;
    }
    return sources;
}

QuestionExtraction userExtraction(const NotesBackend &notes, const DocumentText &text,
                                  const QString &documentId, const QString &soort) {
    const QList<Correction> corrections = notes.corrections(documentId);
    const QString chosen = chosenSoort(corrections);
    return applyCorrections(
        QuestionExtractor::extract(text, documentId, chosen.isEmpty() ? soort : chosen), documentId,
        corrections);
}

QList<Annotation> reattachAnnotations(NotesBackend &notes, const QString &documentId,
                                      const QuestionExtraction &extraction) {
    const QHash<QString, Annotation> annotations = notes.annotationsOf(documentId);
    QList<NoteAnchor> anchors;
    for (const Annotation &a : annotations)
        anchors << NoteAnchor{a.questionId, a.anchorText};
    const ReanchorPlan plan = planReanchoring(anchors, extraction);
    QList<Annotation> detached;
    for (const QString &id : plan.detached)
        detached << annotations.value(id);
    for (const AnchorMove &move : plan.moves) {
        // A note that cannot be moved stays where it was: detached, but kept.
        if (!notes.moveAnnotation(move.from, move.to, move.toText))
            detached << annotations.value(move.from);
    }
    return detached;
}

Result<DocumentQuestions> readDocumentQuestions(Library &library, const QString &documentId,
                                                const QString &soort, const QString &path) {
    using R = Result<DocumentQuestions>;
    const auto text = extractTextFromFile(path);
    if (!text)
        return R::failure(text.error());
    DocumentQuestions result;
    NotesBackend &notes = library.notes();
    result.extraction = userExtraction(notes, text.value(), documentId, soort);
    result.removed = notes.removedUnits(documentId);

    // The answers: in the document itself, in the documents the user linked, or in the
    // answering document the Kamer filed under the same zaak. An answer file that cannot be
    // read answers nothing; the question document still counts.
    QList<std::pair<QString, DocumentText>> answerDocs;
    for (const AnswerLocator::Source &source :
         answerSourcesWithFiles(library, documentId, result.extraction.kind)) {
        if (auto answers = extractTextFromFile(library.files().pathFor(source.documentId))) {
            answerDocs.append({source.documentId, answers.value()});
            result.answerSources << source;
        }
    }
    result.answers = findAnswers(result.extraction, documentId, text.value(), answerDocs);
    result.answersPossible = answersCanBeHere(result.extraction.kind, answerDocs.size());
    return R(std::move(result));
}

} // namespace overleg
