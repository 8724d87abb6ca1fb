#include "DocumentSummaryRow.h"

#include <QVariant>

namespace overleg {

// The columns every document list selects, in this order; see summaryFrom().
const QString kSummaryColumns = QStringLiteral(
    "d.id, d.soort, d.documentNummer, substr(d.datum, 1, 10), d.titel, d.onderwerp, d.volgnummer, "
    "d.aanhangselnummer, d.vergaderjaar, k.nummer, k.toevoeging");
const QString kSummaryJoin =
    QStringLiteral("LEFT JOIN kamerstukdossier k ON k.id = d.kamerstukdossier_id");

QString dossierNumber(const QVariant &nummer, const QVariant &toevoeging) {
    if (nummer.isNull())
        return {};
    // The Kamer writes dossier numbers with a thin space of thousands: 29 338, 21 501-02.
    QString n = nummer.toString();
    if (n.size() > 3)
        n.insert(n.size() - 3, u' ');
    const QString extra = toevoeging.toString();
    if (!extra.isEmpty())
        n += u'-' + extra;
    return n;
}

namespace {

QString displayNumber(const QSqlQuery &q) {
    const QString documentNummer = q.value(2).toString();
    if (!documentNummer.isEmpty())
        return documentNummer;
    const QString dossier = dossierNumber(q.value(9), q.value(10));
    if (!dossier.isEmpty() && !q.value(6).isNull())
        return QStringLiteral("%1, nr. %2").arg(dossier, q.value(6).toString());
    // Aanhangselnummer: vergaderjaar digits + five-digit number ("232400878" -> nr. 878).
    const QString aanhangsel = q.value(7).toString();
    if (aanhangsel.size() > 5)
        return QStringLiteral("Aanhangsel %1, nr. %2")
            .arg(q.value(8).toString())
            .arg(aanhangsel.right(5).toInt());
    return {};
}

} // namespace

DocumentSummary summaryFrom(const QSqlQuery &q) {
    DocumentSummary s;
    s.id = q.value(0).toString();
    s.soort = q.value(1).toString();
    s.nummer = displayNumber(q);
    s.datum = q.value(3).toString();
    // For Kamerstukken the titel is the dossier's name and the onderwerp says what this
    // document is, so lists show the onderwerp first.
    s.titel = q.value(5).toString();
    if (s.titel.isEmpty())
        s.titel = q.value(4).toString();
    return s;
}

} // namespace overleg
