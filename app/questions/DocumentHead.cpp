#include "DocumentHead.h"

#include "Headings.h"
#include "TextFlow.h"

#include <QRegularExpression>

namespace overleg {

namespace {

QRegularExpression ci(const char *pattern) {
    return headings::re(pattern);
}

// "25 maart 2024" in Dutch.
QDate dutchDate(const QString &day, const QString &month, const QString &year) {
    static const QStringList months = {
        QStringLiteral("januari"), QStringLiteral("februari"), QStringLiteral("maart"),
        QStringLiteral("april"),   QStringLiteral("mei"),      QStringLiteral("juni"),
        QStringLiteral("juli"),    QStringLiteral("augustus"), QStringLiteral("september"),
        QStringLiteral("oktober"), QStringLiteral("november"), QStringLiteral("december")};
    const int m = int(months.indexOf(month.toLower())) + 1;
    return m > 0 ? QDate(year.toInt(), m, day.toInt()) : QDate();
}

QDate dateAfter(const QString &head, const char *word) {
    const QRegularExpression r(
        QStringLiteral("\\b%1\\s+(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|"
                       "augustus|september|oktober|november|december)\\s+(\\d{4})")
            .arg(QString::fromLatin1(word)),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = r.match(head);
    return m.hasMatch() ? dutchDate(m.captured(1), m.captured(2), m.captured(3)) : QDate();
}

} // namespace

QString DocumentHead::identifier() const {
    if (!koopId.isEmpty())
        return koopId;
    if (!dossier.isEmpty() && volgnummer > 0)
        return QStringLiteral("kst-%1-%2").arg(dossier).arg(volgnummer);
    return zaak;
}

DocumentHead readDocumentHead(const DocumentText &text) {
    DocumentHead head;
    const TextFlow flow(text);
    QStringList paragraphs = flow.headParagraphs();
    for (QString &p : paragraphs)
        p = p.simplified();
    head.kind = kindFromHead(paragraphs);
    const QString headText = paragraphs.join(u'\n');
    // The running heads and feet carry the identifiers; they are not in the flow.
    const QString plain = text.metadata.join(u'\n') + u'\n' + text.plainText().left(200000);

    if (const auto m = ci("\\b(kst-\\d+(?:-[a-z0-9]+)?-\\d+|ah-tk-\\d{8}-\\d+|kv-tk-\\d{4}z\\d+|"
                          "h-tk-\\d{8}-\\d+-\\d+)\\b")
                           .match(plain);
        m.hasMatch())
        head.koopId =
            m.captured(1).toLower().replace(QLatin1String("kv-tk-"), QLatin1String("kv-tk-"));
    if (head.koopId.startsWith(QLatin1String("kv-tk-")))
        head.koopId = QStringLiteral("kv-tk-") + head.koopId.mid(6).toUpper();
    if (const auto m = ci("\\b(20\\d\\d)\\s?z\\s?(\\d{4,6})\\b").match(plain); m.hasMatch())
        head.zaak = m.captured(1) + u'Z' + m.captured(2);
    if (const auto m = ci("\\bvergaderjaar\\s+(\\d{4})\\s*[–-]\\s*(\\d{4})").match(plain);
        m.hasMatch())
        head.vergaderjaar = m.captured(1) + u'-' + m.captured(2);
    // The dossier number stands after the vergaderjaar or on a line of its own ("36 450").
    if (const auto m = ci("(?:^|\\n|vergaderjaar "
                          "\\d{4}\\s*[–-]\\s*\\d{4}\\s+)(\\d{2}\\s?\\d{3}(?:-[a-z0-9]+)?)"
                          "\\s*(?:\\n|$)")
                           .match(headText);
        m.hasMatch())
        head.dossier = m.captured(1).remove(u' ').toUpper();
    if (const auto m = ci("(?:^|\\n)nr\\.\\s*(\\d{1,4})\\b").match(headText); m.hasMatch())
        head.volgnummer = m.captured(1).toInt();

    switch (head.kind) {
    case DocumentKind::AntwoordSchriftelijkeVragen:
    case DocumentKind::MededelingUitstel:
    case DocumentKind::NotaNaarAanleidingVanHetVerslag:
        head.date = dateAfter(headText, "ontvangen");
        break;
    case DocumentKind::Verslag:
    case DocumentKind::VerslagSchriftelijkOverleg:
    case DocumentKind::LijstVanVragen:
    case DocumentKind::LijstVanVragenEnAntwoorden:
        head.date = dateAfter(headText, "vastgesteld");
        break;
    default:
        break;
    }
    for (const char *word : {"ontvangen", "vastgesteld", "ingezonden", "datum"}) {
        if (!head.date.isValid())
            head.date = dateAfter(headText, word);
    }

    // Kamervragen: "Vragen van het lid X (P) aan de Minister van Y over Z (ingezonden ...)".
    static const QRegularExpression asked =
        ci("(vragen van (?:het lid|de leden) (.+?) aan (?:de |het )?(.+?) over (.+?))\\s*"
           "\\((?:ingezonden|ontvangen)");
    // Or the sentence ends its paragraph ("(ingezonden ...)" printed above it).
    static const QRegularExpression askedAlone =
        ci("^(vragen van (?:het lid|de leden) (.+?) aan (?:de |het )?(.+?) over (.+?))\\.?$");
    const QString headLine = paragraphs.join(u' ');
    QRegularExpressionMatch askedMatch = asked.match(headLine);
    for (int i = 0; !askedMatch.hasMatch() && i < paragraphs.size(); ++i)
        askedMatch = askedAlone.match(paragraphs.at(i));
    if (askedMatch.hasMatch()) {
        head.title = askedMatch.captured(1).simplified();
        head.title[0] = head.title.at(0).toUpper();
        head.addressee = askedMatch.captured(3).simplified();
        // "X (P) en Y (Q)", "X, Y en Z (allen P)": each name with the party after it.
        static const QRegularExpression group(QStringLiteral("(.+?)\\s*\\(([^()]+)\\)"));
        static const QRegularExpression separator(QStringLiteral("\\s*,\\s*|\\s+en\\s+"));
        static const QRegularExpression all(QStringLiteral("^(allen|beiden)\\s+"));
        auto it = group.globalMatch(askedMatch.captured(2));
        while (it.hasNext()) {
            const auto one = it.next();
            const QString party = one.captured(2).simplified().remove(all);
            for (const QString &name : one.captured(1).split(separator, Qt::SkipEmptyParts)) {
                if (!name.trimmed().isEmpty())
                    head.askers << QStringLiteral("%1 (%2)").arg(name.trimmed(), party);
            }
        }
    }
    // A Kamerstuk: its dossier's title stands under the dossier number; the kind follows.
    if (head.title.isEmpty() && !head.dossier.isEmpty()) {
        for (int i = 0; i + 1 < paragraphs.size(); ++i) {
            if (!QString(paragraphs.at(i)).remove(u' ').contains(head.dossier.left(5)))
                continue;
            const QString candidate = paragraphs.at(i + 1);
            if (candidate.size() > 8 && candidate.size() < 300 && !candidate.endsWith(u'.')) {
                head.title = head.kind == DocumentKind::Other
                                 ? candidate
                                 : QStringLiteral("%1; %2").arg(candidate, soortOf(head.kind));
                break;
            }
        }
    }
    // A written consultation: "... voor te leggen aan de Minister van X over Y."
    if (head.title.isEmpty() && head.kind != DocumentKind::Other) {
        static const QRegularExpression about = ci("voor te leggen aan (?:de |het )?.{3,120}? "
                                                   "over (.{5,240}?)(?:\\.\\s|\\.$|\\s\\()");
        if (const auto m = about.match(headLine); m.hasMatch())
            head.title = QStringLiteral("%1 over %2").arg(soortOf(head.kind), m.captured(1));
    }
    // A letter: its subject line ("Onderwerp Antwoorden Kamervragen over ...", "betreft ...").
    static const QRegularExpression subject =
        ci("(?:^|\\n)(?:onderwerp|betreft)\\s*:?\\s+(.{10,200})");
    if (head.title.isEmpty()) {
        if (const auto m = subject.match(headText); m.hasMatch())
            head.title = m.captured(1).trimmed();
    }
    if (head.title.isEmpty() && text.title.size() > 3)
        head.title = text.title.simplified();
    // Else the first line of the head that reads as a title: a few words, not a number.
    static const QRegularExpression words(QStringLiteral("\\p{L}{3,}"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    for (int i = 0; head.title.isEmpty() && i < paragraphs.size(); ++i) {
        const QString p = paragraphs.at(i);
        static const QRegularExpression letterhead = ci("retouradres|postbus|^>");
        if (p.size() >= 15 && p.size() <= 200 && p.count(words) >= 3 &&
            !letterhead.match(p).hasMatch())
            head.title = p;
    }
    return head;
}

} // namespace overleg
