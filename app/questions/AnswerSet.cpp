#include "AnswerSet.h"

#include "KindRoles.h"

namespace overleg {

bool holdsOwnAnswers(DocumentKind kind) {
    return roleOf(kind).holdsOwnAnswers;
}

bool answersCanBeHere(DocumentKind kind, qsizetype answeringDocumentsRead) {
    return answeringDocumentsRead > 0 || holdsOwnAnswers(kind);
}

QHash<QString, FoundAnswer> findAnswers(const QuestionExtraction &questions,
                                        const QString &documentId, const DocumentText &ownText,
                                        const QList<std::pair<QString, DocumentText>> &answerDocs) {
    QList<std::pair<QString, const DocumentText *>> sources;
    if (holdsOwnAnswers(questions.kind))
        sources.append({documentId, &ownText});
    for (const auto &[id, text] : answerDocs)
        sources.append({id, &text});
    QHash<QString, FoundAnswer> best;
    for (const auto &[id, text] : sources) {
        for (const AnswerMatch &m : AnswerMatcher::match(questions, *text)) {
            if (m.status != QuestionStatus::Answered)
                continue;
            const auto it = best.constFind(m.questionId);
            if (it == best.cend() || it->match.confidence < m.confidence)
                best.insert(m.questionId, FoundAnswer{m, id});
        }
    }
    return best;
}

} // namespace overleg
