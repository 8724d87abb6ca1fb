#pragma once

#include <QList>

namespace overleg {

class TextFlow;

// A Nota naar aanleiding van het verslag quotes the Verslag passage by passage, each under the
// number the government gives it in the margin ("1", "5, 6 en 7", "Vraag 36"), and answers
// it in the block after it (headed "Antwoord", rarely not). Spans are offsets in the flow
// text; answerStart == answerEnd when a passage has no answer.
struct NotaPassage {
    QList<int> numbers; // empty when the passage carries no number
    int start = 0;
    int end = 0;
    int answerStart = 0;
    int answerEnd = 0;
};

QList<NotaPassage> notaPassages(const TextFlow &flow);

} // namespace overleg
