#include "Reanchor.h"

#include "TextSimilarity.h"

#include <QSet>

namespace overleg {

ReanchorPlan planReanchoring(const QList<NoteAnchor> &anchors,
                             const QuestionExtraction &extraction) {
    ReanchorPlan plan;
    QSet<QString> ids;
    for (const QuestionUnit &unit : extraction.questions)
        ids.insert(unit.id);
    QSet<QString> taken; // units that already carry a note
    for (const NoteAnchor &anchor : anchors) {
        if (ids.contains(anchor.questionId))
            taken.insert(anchor.questionId);
    }
    for (const NoteAnchor &anchor : anchors) {
        if (ids.contains(anchor.questionId))
            continue;
        const QuestionUnit *best = nullptr;
        double bestScore = 0.75; // below this the sentence says something else
        for (const QuestionUnit &unit : extraction.questions) {
            if (taken.contains(unit.id))
                continue;
            const double score = textSimilarity(anchor.anchorText, unit.text);
            if (score > bestScore) {
                bestScore = score;
                best = &unit;
            }
        }
        if (best) {
            taken.insert(best->id);
            plan.moves << AnchorMove{anchor.questionId, best->id, best->text};
        } else {
            plan.detached << anchor.questionId;
        }
    }
    return plan;
}

} // namespace overleg
