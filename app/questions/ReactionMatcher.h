#pragma once

#include "AnswerMatcher.h"

#include <QList>

namespace overleg {

class TextFlow;

// Part II of a Verslag van een schriftelijk overleg: the minister's reaction per fractie. It
// is read as blocks: each begins where the minister restates what the members asked ("De
// leden van de X-fractie vragen mij of ...") and its answer is what follows, up to the next
// restatement. A question is answered by the block whose restatement is most like it; a
// question between two questions answered by one block, a follow-up ("Zo ja, ...") of an
// answered one, or one asked in the same paragraph as an answered one shares that block.
QList<AnswerMatch> matchReaction(const QuestionExtraction &questions, const TextFlow &flow);

} // namespace overleg
