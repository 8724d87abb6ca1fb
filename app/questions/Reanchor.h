#pragma once

#include "QuestionUnit.h"
#include "store/NotesStore.h"

namespace overleg {

// After a document's questions were extracted anew (a new version, a better extractor), notes
// whose unit id no longer occurs move to the unit with the most similar text. Notes that fit no
// unit are returned as detached: shown apart, never dropped.
QList<Annotation> reattachAnnotations(NotesStore &notes, const QString &documentId,
                                      const QuestionExtraction &extraction);

} // namespace overleg
