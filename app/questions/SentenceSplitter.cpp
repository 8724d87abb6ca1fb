#include "SentenceSplitter.h"

#include <QSet>

namespace overleg {

namespace {

bool isAbbreviation(const QString &text, int dot) {
    static const QSet<QString> abbreviations = {
        QStringLiteral("d.d"),   QStringLiteral("nr"),    QStringLiteral("o.a"),
        QStringLiteral("bijv"),  QStringLiteral("m.b.t"), QStringLiteral("t.a.v"),
        QStringLiteral("e.d"),   QStringLiteral("c.s"),   QStringLiteral("blz"),
        QStringLiteral("art"),   QStringLiteral("jl"),    QStringLiteral("mr"),
        QStringLiteral("dr"),    QStringLiteral("ca"),    QStringLiteral("vs"),
        QStringLiteral("i.v.m"), QStringLiteral("z.s.m"), QStringLiteral("resp"),
        QStringLiteral("incl"),  QStringLiteral("excl"),  QStringLiteral("min"),
        QStringLiteral("e.g"),   QStringLiteral("i.e"),   QStringLiteral("o.b.v"),
        QStringLiteral("m.i.v"), QStringLiteral("t.b.v"), QStringLiteral("p"),
        QStringLiteral("pag"),   QStringLiteral("zgn"),   QStringLiteral("mln"),
        QStringLiteral("mld"),   QStringLiteral("mrd"),   QStringLiteral("etc"),
        QStringLiteral("evt"),   QStringLiteral("enz"),   QStringLiteral("vgl"),
        QStringLiteral("dhr"),   QStringLiteral("mevr"),  QStringLiteral("prof"),
        QStringLiteral("ir"),    QStringLiteral("ing"),   QStringLiteral("drs"),
        QStringLiteral("St"),    QStringLiteral("o.m"),   QStringLiteral("a.s"),
        QStringLiteral("m.n"),   QStringLiteral("d.w.z"), QStringLiteral("i.p.v"),
        QStringLiteral("n.a.v"), QStringLiteral("t/m"),   QStringLiteral("Kamerstuk"),
        QStringLiteral("vz"),
    };
    int begin = dot;
    while (begin > 0 && !text.at(begin - 1).isSpace() && text.at(begin - 1) != u'(')
        --begin;
    const QString word = text.mid(begin, dot - begin);
    if (abbreviations.contains(word) || abbreviations.contains(word.toLower()))
        return true;
    // Initials: "J." "R.H."
    return word.size() <= 3 && !word.isEmpty() && word.front().isUpper() && word.back() != u'?' &&
           (word.size() == 1 || word.contains(u'.'));
}

} // namespace

QList<SentenceSpan> splitSentences(const QString &text) {
    QList<SentenceSpan> spans;
    int start = 0;
    int guillemets = 0; // « » nesting
    bool inStraightQuote = false;
    const int n = int(text.size());
    auto skipSpace = [&](int i) {
        while (i < n && text.at(i).isSpace())
            ++i;
        return i;
    };
    start = skipSpace(0);
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'«') {
            ++guillemets;
        } else if (c == u'»') {
            guillemets = qMax(0, guillemets - 1);
            // «... nodig?» Het ...: a quoted sentence ends the sentence with its quote.
            if (guillemets == 0 && i > 0 && QStringView(u".?!").contains(text.at(i - 1))) {
                const int next = skipSpace(i + 1);
                if (next < n && next > i + 1 &&
                    (text.at(next).isUpper() || text.at(next) == u'«')) {
                    spans << SentenceSpan{start, i + 1};
                    start = next;
                    i = next - 1;
                }
            }
            continue;
        } else if (c == u'"')
            inStraightQuote = !inStraightQuote;
        if (c != u'.' && c != u'?' && c != u'!')
            continue;
        if (guillemets > 0 || inStraightQuote)
            continue;
        // Take closing quotes, brackets and footnote digits along with the full stop.
        int end = i + 1;
        while (end < n && QStringView(u"»”’\")").contains(text.at(end)))
            ++end;
        while (end < n && text.at(end).isDigit() && end - i <= 2)
            ++end;
        if (end < n && !text.at(end).isSpace())
            continue; // "3.5", "www.x.nl", "?1" glued to a word
        const int next = skipSpace(end);
        if (next >= n) {
            break;
        }
        const QChar first = text.at(next);
        const bool capitalNext =
            first.isUpper() || first.isDigit() || QStringView(u"«“‘\"'(").contains(first);
        if (!capitalNext)
            continue;
        if (c == u'.' && isAbbreviation(text, i))
            continue;
        spans << SentenceSpan{start, end};
        start = next;
        i = next - 1;
    }
    if (start < n) {
        int end = n;
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (end > start)
            spans << SentenceSpan{start, end};
    }
    return spans;
}

QString wholeSentencesExcerpt(const QString &text, int words) {
    const QString simplified = text.simplified();
    QString excerpt;
    int count = 0;
    for (const SentenceSpan &span : splitSentences(simplified)) {
        const QString sentence = simplified.mid(span.start, span.end - span.start).trimmed();
        excerpt += (excerpt.isEmpty() ? QString() : QStringLiteral(" ")) + sentence;
        count += int(sentence.count(u' ')) + 1;
        if (count >= words)
            break;
    }
    return excerpt.isEmpty() ? simplified : excerpt;
}

} // namespace overleg
