#include "SqlScript.h"

#include <QRegularExpression>

namespace overleg {

QStringList splitSqlScript(const QString &script) {
    QStringList statements;
    QString current;
    int blockDepth = 0; // inside a trigger body
    QString word;       // the identifier being read, to spot BEGIN / END / CASE
    auto endWord = [&] {
        const QString upper = word.toUpper();
        if (upper == QLatin1String("BEGIN") || upper == QLatin1String("CASE"))
            ++blockDepth;
        else if (upper == QLatin1String("END") && blockDepth > 0)
            --blockDepth;
        word.clear();
    };
    auto flush = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements << trimmed;
        current.clear();
    };

    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < script.size() && script.at(i + 1) == u'-') {
            endWord();
            while (i < script.size() && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            endWord();
            const QChar quote = c;
            current += c;
            for (++i; i < script.size(); ++i) {
                current += script.at(i);
                if (script.at(i) == quote)
                    break;
            }
            continue;
        }
        if (c.isLetterOrNumber() || c == u'_') {
            word += c;
            current += c;
            continue;
        }
        endWord();
        if (c == u';' && blockDepth == 0) {
            flush();
            continue;
        }
        current += c;
    }
    endWord();
    flush();
    return statements;
}

} // namespace overleg
