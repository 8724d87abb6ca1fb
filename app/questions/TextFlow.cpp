#include "TextFlow.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace overleg {

namespace {

struct Line {
    int page = 0;
    int start = 0; // offset in the page text
    QString text;
    double height = 0; // median word height (PDF), 0 when unknown
};

double median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

bool endsSentence(const QString &line) {
    static const QRegularExpression end(QStringLiteral("[.?!:;»”\"’)]\\s*$"));
    return end.match(line).hasMatch();
}

// Lines that stand on their own: numbered items, their answers, section headings.
bool isHeading(const QString &line) {
    static const QRegularExpression heading(
        QStringLiteral("^(Vraag|Vragen|Antwoord|Antwoorden)\\s+(op\\s+(vraag|vragen)\\s+)?\\d+(["
                       "\\s,]+(en|t/m|tot en met)?\\s*\\d+)*\\s*[:.]?$|"
                       "^(Inbreng|Vragen en opmerkingen) van de leden van de .*fractie$|"
                       "^(I|II|III|IV)\\s+\\S.*$|^Vragen en opmerkingen uit de fracties$|"
                       "^(Reactie|Antwoord) van de (minister|staatssecretaris|bewindspersoon).*$"));
    return heading.match(line.trimmed()).hasMatch();
}

} // namespace

QString TextFlow::Paragraph::text() const {
    return flow->text().mid(start, end - start);
}

int TextFlow::pageAt(int i) const {
    const int offset = sourceOffset(i);
    const auto it = std::upper_bound(m_pageStarts.begin(), m_pageStarts.end(), offset);
    return qMax(0, int(it - m_pageStarts.begin()) - 1);
}

TextFlow::TextFlow(const DocumentText &document) {
    const bool pdf =
        document.type == FileType::Pdf && document.words.size() == document.pages.size();
    QList<Line> lines;
    QList<double> allHeights;
    int pageStart = 0;
    for (int page = 0; page < document.pages.size(); ++page) {
        m_pageStarts << pageStart;
        const QString &text = document.pages.at(page);
        int start = 0;
        int word = 0;
        const QList<TextWord> noWords;
        const QList<TextWord> &words = pdf ? document.words.at(page) : noWords;
        while (start <= text.size()) {
            int end = int(text.indexOf(u'\n', start));
            if (end < 0)
                end = int(text.size());
            Line line{page, start, text.mid(start, end - start), 0};
            QList<double> heights;
            while (word < words.size() && words.at(word).start < end) {
                heights << words.at(word).box.height();
                ++word;
            }
            line.height = median(heights);
            allHeights << heights;
            if (!line.text.trimmed().isEmpty())
                lines << line;
            start = end + 1;
        }
        pageStart += int(text.size()) + 1; // the form feed
    }

    // Small print (footnotes, running headers) is set smaller than the body.
    const double bodyHeight = median(allHeights);
    // Lines repeated on several pages (headers, footers), digits aside.
    // Only the first and last lines of a page are candidates: a sentence may well recur.
    QHash<QString, QSet<int>> repeats;
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QHash<int, QList<int>> linesOfPage;
    for (int i = 0; i < lines.size(); ++i)
        linesOfPage[lines.at(i).page] << i;
    QSet<int> edgeLines;
    for (const QList<int> &indices : linesOfPage) {
        for (int k = 0; k < indices.size(); ++k) {
            if (k < 3 || k >= indices.size() - 3)
                edgeLines.insert(indices.at(k));
        }
    }
    for (int i : edgeLines)
        repeats[lines.at(i).text.trimmed().replace(digits, QStringLiteral("#"))].insert(
            lines.at(i).page);
    const int pages = int(document.pages.size());
    auto keep = [&](int index) {
        const Line &line = lines.at(index);
        if (pdf && bodyHeight > 0 && line.height > 0 && line.height < 0.85 * bodyHeight)
            return false;
        const QString key = line.text.trimmed().replace(digits, QStringLiteral("#"));
        // Headings such as "Vraag 3" may open several pages; they are text, not page furniture.
        if (pages >= 2 && edgeLines.contains(index) && !isHeading(line.text) &&
            repeats.value(key).size() >= qMax(2, pages / 2) && key.size() < 120)
            return false;
        return true;
    };

    // Paragraph breaks: in PDFs after a heading, before one, or after a short line that ends a
    // sentence; in other formats every line is a paragraph.
    QList<int> lengths;
    for (const Line &line : lines)
        lengths << int(line.text.size());
    std::sort(lengths.begin(), lengths.end());
    const int typical = lengths.isEmpty() ? 80 : lengths.at(lengths.size() * 3 / 4);

    QList<Line> kept;
    for (int i = 0; i < lines.size(); ++i) {
        if (keep(i))
            kept << lines.at(i);
    }
    for (int i = 0; i < kept.size(); ++i) {
        const Line &line = kept.at(i);
        const QString trimmed = line.text.trimmed();
        const int base = m_pageStarts.at(line.page) + line.start;
        const int lead = int(line.text.indexOf(trimmed));
        for (int c = 0; c < trimmed.size(); ++c) {
            m_text += trimmed.at(c);
            m_source << base + lead + c;
        }
        if (i + 1 == kept.size())
            break;
        const QString next = kept.at(i + 1).text.trimmed();
        bool hardBreak = !pdf || isHeading(trimmed) || isHeading(next) ||
                         (endsSentence(trimmed) && trimmed.size() < typical * 0.8) ||
                         (!endsSentence(trimmed) && trimmed.size() < typical * 0.5 &&
                          !next.isEmpty() && next.front().isUpper());
        if (hardBreak) {
            m_text += u'\n';
            m_source << m_source.last() + 1;
            continue;
        }
        // A hyphen ending a line: between two lowercase letters a word break ("regen-
        // boogprovincie"), unless a conjunction follows ("onderwijs- en onderzoeksbudgetten");
        // after a capital or digit part of a compound ("D66-fractie"), kept without a space.
        if (m_text.size() >= 2 && m_text.endsWith(u'-') && !next.isEmpty() &&
            next.front().isLower()) {
            static const QRegularExpression conjunction(QStringLiteral("^(en|of|tot|noch)\\b"));
            const bool suspended = conjunction.match(next).hasMatch();
            if (m_text.at(m_text.size() - 2).isLower() && !suspended) {
                m_text.chop(1);
                m_source.removeLast();
                continue;
            }
            if (!suspended)
                continue;
        }
        m_text += u' ';
        m_source << m_source.last() + 1;
    }
}

QList<TextFlow::Paragraph> TextFlow::paragraphs() const {
    QList<Paragraph> list;
    int start = 0;
    while (start < m_text.size()) {
        int end = int(m_text.indexOf(u'\n', start));
        if (end < 0)
            end = int(m_text.size());
        if (end > start)
            list << Paragraph{start, end, this};
        start = end + 1;
    }
    return list;
}

} // namespace overleg
