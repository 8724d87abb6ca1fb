#include "NavigationSql.h"

namespace overleg::NavigationSql {

namespace {

constexpr auto kInsert = "INSERT INTO nav_node (node_kind, node_id, label, detail, sort_key, "
                         "documents) ";
// Counts stay as they are on an update: the caller counts the nodes it touched.
constexpr auto kUpsert = " ON CONFLICT(node_kind, node_id) DO UPDATE SET label = excluded.label, "
                         "detail = excluded.detail, sort_key = excluded.sort_key";

QString statement(const QString &select, bool upsert) {
    return QLatin1String(kInsert) + select + (upsert ? QLatin1String(kUpsert) : QLatin1String());
}

} // namespace

// Commissies: the active ones and any documents hang under.
QString commissieNodes(const QString &where, bool upsert) {
    return statement(
        QStringLiteral(
            "SELECT 'commissie', c.id, coalesce(c.naamNl, c.naamWebNl, c.afkorting, ''), "
            "coalesce(c.afkorting, ''), lower(coalesce(c.naamNl, c.naamWebNl, c.afkorting, '')), 0 "
            "FROM commissie c WHERE ") +
            where,
        upsert);
}

// Dossiers with documents, labelled as the Kamer cites them ("29 338", "21 501-02"), the highest
// number first.
QString dossierNodes(const QString &where, bool upsert) {
    return statement(
        QStringLiteral(
            "SELECT 'dossier', k.id, n.nr || ' ' || coalesce(k.titel, k.citeertitel, ''), n.nr, "
            "printf('%012d', 999999999999 - coalesce(k.nummer, 0)) || coalesce(k.toevoeging, ''), "
            "0 FROM kamerstukdossier k JOIN (SELECT id, CASE WHEN length(nummer) > 3 THEN "
            "substr(nummer, 1, length(nummer) - 3) || ' ' || substr(nummer, -3) "
            "ELSE coalesce(nummer, '') END || coalesce('-' || toevoeging, '') AS nr "
            "FROM kamerstukdossier) n ON n.id = k.id WHERE ") +
            where,
        upsert);
}

// Kamerleden, named as the Kamer writes them ("Inge van Dijk", "Van Nispen"), with the fractie
// of the seat held now, else the latest one.
QString persoonNodes(const QString &where, bool upsert) {
    return statement(
        QStringLiteral(
            "SELECT 'persoon', p.id, trim(CASE WHEN "
            "coalesce(p.roepnaam, p.initialen) IS NOT NULL THEN coalesce(p.roepnaam, p.initialen) "
            "|| ' ' || coalesce(p.tussenvoegsel || ' ', '') ELSE "
            "coalesce(upper(substr(p.tussenvoegsel, 1, 1)) || substr(p.tussenvoegsel, 2) || ' ', "
            "'') END || coalesce(p.achternaam, '')), coalesce((SELECT coalesce(f.afkorting, "
            "f.naamNl) FROM fractieZetelPersoon fzp JOIN fractieZetel fz ON fz.id = "
            "fzp.fractieZetel_id JOIN fractie f ON f.id = fz.fractie_id WHERE fzp.persoon_id = "
            "p.id ORDER BY (fzp.totEnMet IS NULL) DESC, fzp.van DESC LIMIT 1), ''), "
            "lower(coalesce(p.achternaam, '') || ' ' || coalesce(p.tussenvoegsel, '')), 0 "
            "FROM persoon p WHERE ") +
            where,
        upsert);
}

QStringList numberPositions(const QString &nodes) {
    const QString from =
        nodes.isEmpty()
            ? QStringLiteral("nav_node n")
            : QStringLiteral("%1 t CROSS JOIN nav_node n ON n.node = t.node").arg(nodes);
    const QString update = QStringLiteral(
        "UPDATE nav_membership AS m SET position = r.p * %1 FROM (SELECT x.node, x.doc, "
        "row_number() OVER (PARTITION BY x.node ORDER BY %2) AS p FROM %3 CROSS JOIN "
        "nav_membership x ON x.node = n.node CROSS JOIN document d ON d.rowid = x.doc WHERE "
        "n.node_kind %4 'dossier') r WHERE m.node = r.node AND m.doc = r.doc");
    return {update.arg(QString::number(kPositionGap),
                       QStringLiteral("d.volgnummer, d.datum, d.rowid"), from, QStringLiteral("=")),
            update.arg(QString::number(kPositionGap),
                       QStringLiteral("d.datum DESC, d.volgnummer DESC, d.rowid DESC"), from,
                       QStringLiteral("<>"))};
}

QString removeEmptyNodes(const QString &where) {
    return QStringLiteral(
               "DELETE FROM nav_node WHERE documents = 0 AND (node_kind = 'dossier' OR (node_kind "
               "= 'commissie' AND node_id IN (SELECT id FROM commissie WHERE datumInactief IS NOT "
               "NULL)) OR (node_kind = 'persoon' AND node_id NOT IN (SELECT persoon_id FROM "
               "fractieZetelPersoon WHERE totEnMet IS NULL AND persoon_id IS NOT NULL))) AND ") +
           where;
}

} // namespace overleg::NavigationSql
