#pragma once

#include "QuestionStatus.h"
#include "QuestionUnit.h"

#include "document/DocumentText.h"

namespace overleg {

// For one question unit: whether the answer document responds to it, and where.
struct AnswerMatch {
    QString questionId;
    int n = 0;
    QuestionStatus status = QuestionStatus::Unanswered; // Answered or Unanswered (the rest are
                                                        // the user's)
    double confidence = 0.0;
    QString answer;      // the first 20 words of the answering block
    int answerPage = 0;  // 1-based; 0 when unanswered
    int answerStart = 0; // offset in the answer document's plain text
    QList<int> answerNumbers;
    // Not answered, and no answer could be here yet: the document read holds no answers (the
    // questions themselves, a Verslag awaiting its Nota) or announces a delay (a Mededeling).
    // Unanswered stays the status (LABELING.md); this says the answer is still awaited.
    bool awaiting = false;
};

// Finds the answer to every question unit in an answer document (LABELING.md, part 2):
// numbered answers, grouped ("Antwoord op vragen 2 en 3") or referring ("Zie het antwoord op
// vraag 4"), an answer without a heading of its own right after its question, and in a
// Verslag van een schriftelijk overleg the minister's reaction per fractie, which paraphrases
// each question before answering it. A Mededeling answers nothing.
class AnswerMatcher {
public:
    static QList<AnswerMatch> match(const QuestionExtraction &questions,
                                    const DocumentText &answers);

private:
    static QList<AnswerMatch> matchAnswers(const QuestionExtraction &questions,
                                           const DocumentText &answers);
};

} // namespace overleg
