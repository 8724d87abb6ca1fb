#pragma once

#include "QuestionUnit.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace overleg {

// A note's anchor: the unit it was written for and that unit's text at the time.
struct NoteAnchor {
    QString questionId;
    QString anchorText;
};

struct AnchorMove {
    QString from;   // the unit id the note had
    QString to;     // the unit it belongs to now
    QString toText; // that unit's text, the note's new anchor
};

// After a document's questions were extracted anew (a new version, a better extractor), which
// notes whose unit id no longer occurs move to the unit with the most similar text, and which fit
// no unit (detached: shown apart, never dropped). Pure: the caller applies the plan.
struct ReanchorPlan {
    QList<AnchorMove> moves;
    QStringList detached; // unit ids of the notes that fit no unit
};
ReanchorPlan planReanchoring(const QList<NoteAnchor> &anchors,
                             const QuestionExtraction &extraction);

} // namespace overleg
