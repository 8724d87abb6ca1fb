#include "TextSimilarity.h"

#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace overleg {

double textSimilarity(const QString &a, const QString &b) {
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList x = a.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList y = b.toLower().split(nonWord, Qt::SkipEmptyParts);
    if (x.isEmpty() || y.isEmpty())
        return 0.0;
    std::vector<int> previous(size_t(y.size()) + 1, 0), current(size_t(y.size()) + 1, 0);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        for (qsizetype j = 1; j <= y.size(); ++j)
            current[size_t(j)] = x[i - 1] == y[j - 1]
                                     ? previous[size_t(j - 1)] + 1
                                     : qMax(previous[size_t(j)], current[size_t(j - 1)]);
        std::swap(previous, current);
    }
    return 2.0 * previous[size_t(y.size())] / double(x.size() + y.size());
}

} // namespace overleg
