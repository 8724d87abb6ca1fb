#pragma once

#include <QList>
#include <QString>

namespace overleg {

// Splits Dutch running text into sentences: at . ? ! followed by a space and a capital (or a
// quotation mark, a digit), except after abbreviations ("d.d.", "nr.", "o.a.", "bijv.", ...),
// inside «quotations» and "quotations", and in numbers ("3.5", "2.1.").
struct SentenceSpan {
    int start = 0;
    int end = 0; // exclusive
};
QList<SentenceSpan> splitSentences(const QString &text);

// The opening of an answer as a reader would quote it: whole sentences, as many as make at least
// `words` words (never a sentence cut in two), white space collapsed.
QString wholeSentencesExcerpt(const QString &text, int words = 20);

} // namespace overleg
