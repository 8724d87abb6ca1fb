#include "NotaPassages.h"

#include "Headings.h"
#include "QuestionExtractor.h"
#include "SentenceSplitter.h"
#include "TextFlow.h"

#include <QRegularExpression>

namespace overleg {

namespace {

// "12", "5, 6 en 7", "8 en 9", "Vraag 36" on a line of their own.
const QRegularExpression &marginNumber() {
    static const QRegularExpression r = headings::re(
        "^(?:vraag\\s+|vragen\\s+)?(\\d{1,3}(?:(?:\\s*,\\s*en\\s+|\\s*,\\s*|\\s+en\\s+|\\s*t/m\\s*|"
        "\\s*&\\s*)\\d{1,3})*)\\s*[.:]?$");
    return r;
}

bool isAnswerHeading(const QString &p) {
    return headings::bareAnswer().match(p).hasMatch();
}

// Text in a fractie's voice, as the Verslag has it, rather than the government's: the
// members speak of themselves ("De leden van de SGP-fractie ...", "Bij deze leden bestaat ..."),
// or it asks.
bool fractieVoice(const QString &p) {
    static const QRegularExpression voice =
        headings::re("^.{0,40}\\b(de leden van de|deze leden)\\b|^(zij|ook) (vragen|willen)\\b");
    return voice.match(p).hasMatch() || p.contains(u'?');
}

} // namespace

QList<NotaPassage> notaPassages(const TextFlow &flow) {
    const QList<TextFlow::Paragraph> paragraphs = flow.paragraphs();
    QList<NotaPassage> passages;
    int blockEnd = 0; // the paragraph after the previous passage's answer
    for (int i = 0; i < paragraphs.size(); ++i) {
        const QString p = paragraphs.at(i).text().trimmed();
        const auto number = marginNumber().match(p);
        const bool answer = isAnswerHeading(p);
        if (!number.hasMatch() && !answer)
            continue;
        NotaPassage passage;
        int first = i + 1; // the passage's first paragraph
        int last = -1;     // its last
        int answerFirst = -1;
        if (number.hasMatch()) {
            passage.numbers = headings::numbersIn(number.captured(1));
            // The passage runs to its "Antwoord", or, without one, to the next number.
            int j = first;
            while (j < paragraphs.size() && !isAnswerHeading(paragraphs.at(j).text().trimmed()) &&
                   !marginNumber().match(paragraphs.at(j).text().trimmed()).hasMatch())
                ++j;
            if (j < paragraphs.size() && isAnswerHeading(paragraphs.at(j).text().trimmed())) {
                last = j - 1;
                answerFirst = j + 1;
            } else if (j > first) {
                // No heading: the quoted passage ends with the last question of its first
                // paragraph; the answer is what follows, up to the next number.
                const TextFlow::Paragraph &para = paragraphs.at(first);
                const QString text = para.text();
                int cut = int(text.size());
                for (const SentenceSpan &span : splitSentences(text)) {
                    if (QuestionExtractor::judge(text.mid(span.start, span.end - span.start)) !=
                        QuestionExtractor::Judgement::None)
                        cut = span.end;
                }
                passage.start = para.start;
                passage.end = para.start + cut;
                int answerStart = passage.end;
                while (answerStart < para.end && flow.text().at(answerStart).isSpace())
                    ++answerStart;
                if (answerStart >= para.end)
                    answerStart = first + 1 < j ? paragraphs.at(first + 1).start : para.end;
                passage.answerStart = answerStart;
                passage.answerEnd = qMax(answerStart, paragraphs.at(j - 1).end);
                passages << passage;
                blockEnd = j;
                i = j - 1;
                continue;
            }
        } else {
            // "Antwoord" without a number above it: the passage is the run of paragraphs in a
            // fractie's voice just before it, back to where the previous answer ended.
            first = i;
            while (first - 1 >= blockEnd && first - 1 >= 0 &&
                   !marginNumber().match(paragraphs.at(first - 1).text().trimmed()).hasMatch() &&
                   fractieVoice(paragraphs.at(first - 1).text().trimmed()))
                --first;
            last = i - 1;
            answerFirst = i + 1;
        }
        if (last < first)
            continue;
        // The answer runs to the next number or to the next unnumbered passage's start.
        int answerLast = answerFirst - 1;
        if (answerFirst >= 0) {
            int k = answerFirst;
            while (k < paragraphs.size() &&
                   !marginNumber().match(paragraphs.at(k).text().trimmed()).hasMatch() &&
                   !isAnswerHeading(paragraphs.at(k).text().trimmed()))
                ++k;
            if (k < paragraphs.size() && isAnswerHeading(paragraphs.at(k).text().trimmed())) {
                // The next "Antwoord" belongs to an unnumbered passage: stop before its voice.
                while (k - 1 > answerFirst && fractieVoice(paragraphs.at(k - 1).text().trimmed()))
                    --k;
            }
            answerLast = k - 1;
        }
        passage.start = paragraphs.at(first).start;
        passage.end = paragraphs.at(last).end;
        if (answerFirst >= 0 && answerLast >= answerFirst) {
            passage.answerStart = paragraphs.at(answerFirst).start;
            passage.answerEnd = paragraphs.at(answerLast).end;
            blockEnd = answerLast + 1;
        } else {
            passage.answerStart = passage.answerEnd = passage.end;
            blockEnd = last + 1;
        }
        passages << passage;
        i = qMax(i, blockEnd - 1);
    }
    return passages;
}

} // namespace overleg
