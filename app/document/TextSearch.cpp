#include "TextSearch.h"

#include <QRegularExpression>

namespace overleg {

QList<TextSpan> findAll(const DocumentText &text, const QString &needle, SearchOptions options) {
    QList<TextSpan> spans;
    const QStringList parts = needle.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return spans;
    QStringList escaped;
    for (const QString &part : parts)
        escaped << QRegularExpression::escape(part);
    QString pattern = escaped.join(QStringLiteral("\\s+"));
    if (options.wholeWords)
        pattern = QStringLiteral("(?<![\\w])") + pattern + QStringLiteral("(?![\\w])");
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    const QRegularExpression re(pattern, flags);
    for (int page = 0; page < text.pages.size(); ++page) {
        auto it = re.globalMatch(text.pages.at(page));
        while (it.hasNext()) {
            const auto match = it.next();
            spans << TextSpan{page, int(match.capturedStart()), int(match.capturedLength())};
        }
    }
    return spans;
}

QList<QRectF> boxesOf(const DocumentText &text, const TextSpan &span) {
    QList<QRectF> boxes;
    if (span.page < 0 || span.page >= text.words.size())
        return boxes;
    const int end = span.start + span.length;
    for (const TextWord &word : text.words.at(span.page)) {
        if (word.start + word.length <= span.start || word.start >= end)
            continue;
        // Only the part of the word inside the span, by its share of the characters.
        QRectF box = word.box;
        if (word.length > 0 && (word.start < span.start || word.start + word.length > end)) {
            const double perChar = box.width() / word.length;
            const int from = qMax(span.start, word.start) - word.start;
            const int to = qMin(end, word.start + word.length) - word.start;
            box =
                QRectF(box.left() + from * perChar, box.top(), (to - from) * perChar, box.height());
        }
        // Words on the same line merge into one box, so a phrase highlights as one band.
        if (!boxes.isEmpty() &&
            qAbs(boxes.last().center().y() - box.center().y()) < box.height() / 2 &&
            box.left() >= boxes.last().left())
            boxes.last() = boxes.last().united(box);
        else
            boxes << box;
    }
    return boxes;
}

QString textBetweenWords(const DocumentText &text, int page, int firstWord, int lastWord) {
    if (page < 0 || page >= text.words.size() || text.words.at(page).isEmpty())
        return {};
    const QList<TextWord> &words = text.words.at(page);
    const int a = qBound(0, qMin(firstWord, lastWord), int(words.size()) - 1);
    const int b = qBound(0, qMax(firstWord, lastWord), int(words.size()) - 1);
    const int start = words.at(a).start;
    const int end = words.at(b).start + words.at(b).length;
    return text.pages.at(page).mid(start, end - start);
}

} // namespace overleg
