#pragma once

#include <QList>

namespace overleg {

class TextFlow;

// One numbered question of a Kamervragen document or a list of questions: its number and its
// span in the flow text (start inclusive, end exclusive).
struct NumberedItem {
    int n = 0;
    int start = 0;
    int end = 0;
};

// The numbered items of a question document, however the numbering is printed:
// - headings "Vraag 3" / "Vragen 3, 4 en 5" / "Vraag 2 t/m 6" over their paragraphs; a grouped
//   heading numbers its paragraphs in order, or, where an extraction glued them into one
//   ("...bijstaan?Waarom zou ..."), its questions in order, a follow-up ("Zo ja, welke?")
//   staying with the question before it;
// - numbers at the start of the paragraph ("1. Kunt u ...?"), answered under a bare "Antwoord:";
// - no numbers at all (Word's list numbering lost): the questions after the head, in order.
// An item ends with its last question mark: an answer may follow without a heading.
QList<NumberedItem> numberedItems(const TextFlow &flow);

} // namespace overleg
