#include "Reanchor.h"

#include "TextSimilarity.h"

#include <QSet>

namespace overleg {

QList<Annotation> reattachAnnotations(NotesStore &notes, const QString &documentId,
                                      const QuestionExtraction &extraction) {
    const QHash<QString, Annotation> annotations = notes.annotationsOf(documentId);
    QSet<QString> ids;
    for (const QuestionUnit &unit : extraction.questions)
        ids.insert(unit.id);
    QSet<QString> taken; // units that already carry a note
    for (const QString &id : annotations.keys()) {
        if (ids.contains(id))
            taken.insert(id);
    }
    QList<Annotation> detached;
    for (const Annotation &annotation : annotations) {
        if (ids.contains(annotation.questionId))
            continue;
        const QuestionUnit *best = nullptr;
        double bestScore = 0.75; // below this the sentence says something else
        for (const QuestionUnit &unit : extraction.questions) {
            if (taken.contains(unit.id))
                continue;
            const double score = textSimilarity(annotation.anchorText, unit.text);
            if (score > bestScore) {
                bestScore = score;
                best = &unit;
            }
        }
        if (best && notes.moveAnnotation(annotation.questionId, best->id, best->text)) {
            taken.insert(best->id);
            continue;
        }
        detached << annotation;
    }
    return detached;
}

} // namespace overleg
