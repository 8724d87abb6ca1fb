#include "NumberedItems.h"

#include "Headings.h"
#include "QuestionExtractor.h"
#include "TextFlow.h"

#include <QRegularExpression>

namespace overleg {

namespace {

using Paragraphs = QList<TextFlow::Paragraph>;

bool asks(const TextFlow::Paragraph &p) {
    return p.text().trimmed().endsWith(u'?') ||
           QuestionExtractor::cleanText(p.text()).endsWith(u'?');
}

bool endsBody(const QString &p) {
    return headings::question().match(p).hasMatch() || headings::answer().match(p).hasMatch() ||
           headings::bareAnswer().match(p).hasMatch();
}

// The paragraphs of a body up to its last question ("?"): what follows answers it.
Paragraphs upToLastQuestion(const Paragraphs &body) {
    int last = 0;
    for (int k = 0; k < body.size(); ++k) {
        if (asks(body.at(k)))
            last = k;
    }
    return body.mid(0, last + 1);
}

// Where the questions of one run of text begin: after each "?" that is followed by a new
// question rather than a follow-up of the same one ("Zo ja, welke?", "Waarom niet?").
QList<int> questionStarts(const QString &text) {
    static const QRegularExpression boundary(QStringLiteral("\\?[»”’)]*\\s*(?=[«“‘(]?\\p{Lu})"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression followUp = headings::re(
        "^(zo\\s+(ja|nee|neen|niet)\\b|indien\\s+(ja|nee|niet|dat|zo)\\b|en\\s+zo\\s+ja\\b|"
        "waarom\\s+(niet|wel)?\\s*\\?|welke\\s*\\?|hoe\\s+dan\\s*\\?|en\\s+(zo\\s+)?waarom)");
    QList<int> starts{0};
    auto it = boundary.globalMatch(text);
    while (it.hasNext()) {
        const int next = int(it.next().capturedEnd());
        if (next < text.size() && !followUp.match(text.mid(next, 40)).hasMatch())
            starts << next;
    }
    return starts;
}

// One heading over several numbers: its paragraphs in order (the last takes the rest), or,
// in a single glued paragraph, its questions in order.
QList<NumberedItem> splitGroup(const TextFlow &flow, const Paragraphs &body,
                               const QList<int> &numbers) {
    QList<NumberedItem> items;
    const int k = int(numbers.size());
    if (k > 1 && body.size() >= k) {
        for (int i = 0; i < k; ++i)
            items << NumberedItem{numbers.at(i), body.at(i).start,
                                  i + 1 < k ? body.at(i).end : body.last().end};
        return items;
    }
    if (k > 1) {
        const int from = body.first().start;
        const QString text = flow.text().mid(from, body.last().end - from);
        const QList<int> starts = questionStarts(text);
        if (starts.size() >= k) {
            for (int i = 0; i < k; ++i) {
                int end = i + 1 < k ? starts.at(i + 1) : int(text.size());
                while (end > starts.at(i) && text.at(end - 1).isSpace())
                    --end;
                items << NumberedItem{numbers.at(i), from + starts.at(i), from + end};
            }
            return items;
        }
    }
    // Nothing tells the questions apart: one item under the heading's first number.
    items << NumberedItem{numbers.value(0), body.first().start, body.last().end};
    return items;
}

QList<NumberedItem> underHeadings(const TextFlow &flow, const Paragraphs &paragraphs) {
    QList<NumberedItem> items;
    for (int i = 0; i < paragraphs.size(); ++i) {
        const auto match = headings::question().match(paragraphs.at(i).text().trimmed());
        if (!match.hasMatch())
            continue;
        Paragraphs body;
        int j = i + 1;
        for (; j < paragraphs.size() && !endsBody(paragraphs.at(j).text().trimmed()); ++j)
            body << paragraphs.at(j);
        if (!body.isEmpty())
            items << splitGroup(flow, upToLastQuestion(body),
                                headings::numbersIn(match.captured(1)));
        i = j - 1;
    }
    return items;
}

// "1. Kunt u ...?", and in a list of questions "1 Kunnen ...?", "2a Betreft ...?": numbers that
// count up from 1 at the start of asking paragraphs; items are numbered in order.
QList<NumberedItem> inlineNumbered(const Paragraphs &paragraphs) {
    static const QRegularExpression number(
        QStringLiteral("^(\\d{1,3})([a-z]?)(?:[.)]\\s+|\\s+(?=[«“‘(]?\\p{Lu}))(?=\\S)"),
        QRegularExpression::UseUnicodePropertiesOption);
    QList<NumberedItem> items;
    int printed = 0; // the last number printed
    QString suffix;  // and its letter, if any
    for (int i = 0; i < paragraphs.size(); ++i) {
        const QString text = paragraphs.at(i).text();
        const auto match = number.match(text);
        if (!match.hasMatch())
            continue;
        const int n = match.captured(1).toInt();
        const QString letter = match.captured(2);
        const bool next =
            n == printed + 1 || (n == printed && !letter.isEmpty() && letter > suffix);
        if (!next)
            continue;
        Paragraphs body{paragraphs.at(i)};
        int j = i + 1;
        for (; j < paragraphs.size() && !endsBody(paragraphs.at(j).text().trimmed()) &&
               !number.match(paragraphs.at(j).text()).hasMatch();
             ++j)
            body << paragraphs.at(j);
        body = upToLastQuestion(body);
        if (!asks(body.last()))
            continue; // an enumeration in running text, not a question
        items << NumberedItem{int(items.size()) + 1,
                              paragraphs.at(i).start + int(match.capturedEnd()), body.last().end};
        printed = n;
        suffix = letter;
        i = j - 1;
    }
    return items;
}

// No numbers printed: every asking paragraph after the head ("Vragen van het lid ...").
QList<NumberedItem> unnumbered(const Paragraphs &paragraphs) {
    static const QRegularExpression head =
        headings::re("^(vragen van (het lid|de leden)|vragen gesteld door)");
    int from = -1;
    for (int i = 0; i < paragraphs.size() && i < 30 && from < 0; ++i) {
        if (head.match(paragraphs.at(i).text().trimmed()).hasMatch())
            from = i + 1;
    }
    QList<NumberedItem> items;
    for (int i = qMax(from, 0); from >= 0 && i < paragraphs.size(); ++i) {
        if (asks(paragraphs.at(i)))
            items << NumberedItem{int(items.size()) + 1, paragraphs.at(i).start,
                                  paragraphs.at(i).end};
    }
    return items;
}

} // namespace

QList<NumberedItem> numberedItems(const TextFlow &flow) {
    const Paragraphs paragraphs = flow.paragraphs();
    if (QList<NumberedItem> items = underHeadings(flow, paragraphs); !items.isEmpty())
        return items;
    if (QList<NumberedItem> items = inlineNumbered(paragraphs); !items.isEmpty())
        return items;
    return unnumbered(paragraphs);
}

} // namespace overleg
