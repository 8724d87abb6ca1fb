#include "Fracties.h"

#include <QHash>

namespace overleg {

QString normaliseFractie(const QString &name) {
    static const QHash<QString, QString> known = {
        {QStringLiteral("groenlinks-pvda"), QStringLiteral("GL-PvdA")},
        {QStringLiteral("gl-pvda"), QStringLiteral("GL-PvdA")},
        {QStringLiteral("groenlinks/pvda"), QStringLiteral("GL-PvdA")},
        {QStringLiteral("nieuw sociaal contract"), QStringLiteral("NSC")},
        {QStringLiteral("nsc"), QStringLiteral("NSC")},
        {QStringLiteral("groenlinks"), QStringLiteral("GL")},
        {QStringLiteral("partij van de arbeid"), QStringLiteral("PvdA")},
        {QStringLiteral("pvda"), QStringLiteral("PvdA")},
        {QStringLiteral("partij voor de dieren"), QStringLiteral("PvdD")},
        {QStringLiteral("pvdd"), QStringLiteral("PvdD")},
        {QStringLiteral("volkspartij voor vrijheid en democratie"), QStringLiteral("VVD")},
        {QStringLiteral("vvd"), QStringLiteral("VVD")},
        {QStringLiteral("partij voor de vrijheid"), QStringLiteral("PVV")},
        {QStringLiteral("pvv"), QStringLiteral("PVV")},
        {QStringLiteral("christenunie"), QStringLiteral("ChristenUnie")},
        {QStringLiteral("cu"), QStringLiteral("ChristenUnie")},
        {QStringLiteral("boerburgerbeweging"), QStringLiteral("BBB")},
        {QStringLiteral("bbb"), QStringLiteral("BBB")},
        {QStringLiteral("democraten 66"), QStringLiteral("D66")},
        {QStringLiteral("d66"), QStringLiteral("D66")},
        {QStringLiteral("socialistische partij"), QStringLiteral("SP")},
        {QStringLiteral("sp"), QStringLiteral("SP")},
        {QStringLiteral("cda"), QStringLiteral("CDA")},
        {QStringLiteral("christen-democratisch appèl"), QStringLiteral("CDA")},
        {QStringLiteral("sgp"), QStringLiteral("SGP")},
        {QStringLiteral("denk"), QStringLiteral("DENK")},
        {QStringLiteral("ja21"), QStringLiteral("JA21")},
        {QStringLiteral("fvd"), QStringLiteral("FvD")},
        {QStringLiteral("forum voor democratie"), QStringLiteral("FvD")},
        {QStringLiteral("volt"), QStringLiteral("Volt")},
        {QStringLiteral("50plus"), QStringLiteral("50PLUS")},
    };
    QString key = name.simplified();
    if (key.endsWith(QLatin1String("-fractie"), Qt::CaseInsensitive))
        key.chop(8);
    else if (key.endsWith(QLatin1String(" fractie"), Qt::CaseInsensitive))
        key.chop(8);
    if (const auto it = known.constFind(key.toLower()); it != known.constEnd())
        return *it;
    // Older spellings: "V.V.D.", "D'66", "C.D.A.".
    QString compact = key;
    compact.remove(u'.').remove(u'\'').remove(QChar(0x2019));
    return known.value(compact.toLower(), key);
}

} // namespace overleg
