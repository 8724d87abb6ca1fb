#include "Headings.h"

namespace overleg::headings {

QRegularExpression re(const char *pattern) {
    return QRegularExpression(QString::fromUtf8(pattern),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

const QRegularExpression &question() {
    static const QRegularExpression r =
        re("^(?:vraag|vragen)\\s+(\\d+(?:(?:\\s*(?:,\\s*en|,|en|t/m|tot en met|&)\\s*|\\s+)\\d+)*)"
           "\\s*[:.]?$");
    return r;
}

const QRegularExpression &answer() {
    static const QRegularExpression r =
        re("^antwoord(?:en)?(?:\\s+op)?(?:\\s+(?:vraag|vragen))?\\s+(\\d+(?:(?:\\s*(?:,\\s*en|,|en|"
           "t/m|tot en met|&)\\s*|\\s+)\\d+)*)\\s*[:.]?$");
    return r;
}

const QRegularExpression &bareAnswer() {
    // Capitalised: a line "antwoord." is the end of a sentence wrapped before its last word.
    static const QRegularExpression r(QStringLiteral("^(?:Antwoord|ANTWOORD)(?:en|EN)?\\s*:?$"));
    return r;
}

const QRegularExpression &partOne() {
    static const QRegularExpression r = re("^(I\\s+)?vragen en opmerkingen uit de fracties$");
    return r;
}

const QRegularExpression &partTwo() {
    static const QRegularExpression r =
        re("^(II\\s+)?(reactie|antwoord|beantwoording)\\b.*(minister|staatssecretaris|"
           "bewindspersoon|regering|kabinet)");
    return r;
}

const QRegularExpression &fractieSection() {
    static const QRegularExpression r = re("^(?:inbreng|vragen en opmerkingen|reactie op de "
                                           "inbreng) van de leden van de (.+?)[- ]fractie\\b");
    return r;
}

const QRegularExpression &referral() {
    static const QRegularExpression r =
        re("^(?:zie|voor\\s+\\w+\\s+verwijs\\s+ik\\s+naar|in)\\s+(?:ook\\s+)?(?:mijn\\s+|het\\s+)?"
           "antwoord(?:en)?\\s*"
           "(?:op|bij)?\\s*(?:vraag|vragen)?\\s*(\\d+(?:\\s*(?:,|en|t/m|&)\\s*\\d+)*)");
    return r;
}

QList<int> numbersIn(const QString &list) {
    QList<int> numbers;
    static const QRegularExpression number(QStringLiteral("\\d+"));
    auto it = number.globalMatch(list);
    int previous = -1;
    const bool range =
        list.contains(QLatin1String("t/m")) || list.contains(QLatin1String("tot en met"));
    while (it.hasNext()) {
        const int n = it.next().captured().toInt();
        if (range && previous >= 0)
            for (int k = previous + 1; k < n; ++k)
                numbers << k;
        numbers << n;
        previous = n;
    }
    return numbers;
}

} // namespace overleg::headings
