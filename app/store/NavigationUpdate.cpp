#include "NavigationUpdate.h"

#include "Database.h"
#include "LibraryQueries.h"
#include "NavigationPlacement.h"
#include "NavigationSql.h"
#include "OpenQuestionScan.h"
#include "Transaction.h"
#include "core/Logging.h"

#include <QElapsedTimer>

#include <QSqlError>
#include <QSqlQuery>

namespace overleg::NavigationUpdate {

namespace {

// As FilterIndex and LibraryQueries read it: nav_node's sequence and count, the documents'
// largest rowid and count.
QString generationOf(const Database &library) {
    return LibraryQueries::generationOf(library);
}

// The tree's part of it: what only an update of the derived tables changes.
QString treeGenerationOf(const Database &library) {
    return generationOf(library).section(u'/', 0, 1) + u'/';
}

qint64 countOf(const Database &library, const QString &sql) {
    QSqlQuery q = library.run(sql);
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<qint64> column(const Database &library, const QString &sql) {
    std::vector<qint64> values;
    QSqlQuery q = library.run(sql);
    while (q.next())
        values.push_back(q.value(0).toLongLong());
    return values;
}

// The steps, in order. Temp tables: nav_doc (documents to place again), nav_key (entities whose
// node is made or named again), nav_orphan (nodes whose entity is gone), nav_changed (nodes that
// lost or gained documents), nav_renumber (nodes whose positions are numbered anew,
// NavigationPlacement), nav_recount (nav_changed and the nodes of nav_key).
QStringList prepareStatements() {
    return {
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS nav_doc (doc INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS nav_question_doc (doc INTEGER PRIMARY "
                       "KEY)"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS nav_key (kind TEXT, id TEXT, PRIMARY "
                       "KEY (kind, id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS nav_orphan (node INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS nav_renumber (node INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS nav_changed (node INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS nav_recount (node INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS nav_delta (node INTEGER PRIMARY KEY, "
                       "delta INTEGER NOT NULL)"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS nav_reach (kind TEXT, id TEXT, doc "
                       "INTEGER)"),
        QStringLiteral("DELETE FROM temp.nav_doc"),
        QStringLiteral("DELETE FROM temp.nav_question_doc"),
        QStringLiteral("DELETE FROM temp.nav_key"),
        QStringLiteral("DELETE FROM temp.nav_orphan"),
        QStringLiteral("DELETE FROM temp.nav_renumber"),
        QStringLiteral("DELETE FROM temp.nav_changed"),
        QStringLiteral("DELETE FROM temp.nav_recount"),
        QStringLiteral("DELETE FROM temp.nav_delta"),
        QStringLiteral("DELETE FROM temp.nav_reach"),
        // The documents touched themselves: written, or an actor or link of theirs.
        QStringLiteral("INSERT OR IGNORE INTO temp.nav_doc SELECT doc FROM derived_touched_doc"),
        QStringLiteral("INSERT OR IGNORE INTO temp.nav_doc SELECT d.rowid FROM derived_touched t "
                       "CROSS JOIN document d ON d.id = t.id WHERE t.kind = 'document'"),
        // Their open questions are looked at again (the other documents below only moved).
        QStringLiteral("INSERT INTO temp.nav_question_doc SELECT doc FROM temp.nav_doc"),
        // And the questions under a zaak that gained or lost a document (an answer, a delay).
        QStringLiteral("INSERT OR IGNORE INTO temp.nav_question_doc SELECT d.rowid FROM (SELECT "
                       "id AS zaak FROM derived_touched WHERE kind = 'zaaklink' UNION SELECT "
                       "l.naar FROM temp.nav_doc q CROSS JOIN document d ON d.rowid = q.doc "
                       "CROSS JOIN link l ON l.van = d.id AND l.soort = 'zaak') z CROSS JOIN link "
                       "l2 ON l2.soort = 'zaak' AND l2.naar = z.zaak CROSS JOIN document d ON "
                       "d.id = l2.van"),
        // The documents of a zaak whose actors changed, of an activiteit whose voortouw did.
        QStringLiteral("INSERT OR IGNORE INTO temp.nav_doc SELECT d.rowid FROM derived_touched t "
                       "CROSS JOIN link l ON l.soort = t.kind AND l.naar = t.id CROSS JOIN "
                       "document d ON d.id = l.van WHERE t.kind IN ('zaak', 'activiteit')"),
        // Nodes whose entity changed, and the kamerleden seated for a changed fractie.
        QStringLiteral("INSERT OR IGNORE INTO temp.nav_key SELECT kind, id FROM derived_touched "
                       "WHERE kind IN ('commissie', 'dossier', 'persoon')"),
        QStringLiteral("INSERT OR IGNORE INTO temp.nav_key SELECT 'persoon', fzp.persoon_id FROM "
                       "derived_touched t CROSS JOIN fractieZetel fz ON fz.fractie_id = t.id "
                       "CROSS JOIN fractieZetelPersoon fzp ON fzp.fractieZetel_id = fz.id WHERE "
                       "t.kind = 'fractie' AND fzp.persoon_id IS NOT NULL"),
        QStringLiteral("INSERT OR IGNORE INTO temp.nav_key SELECT 'persoon', fzp.persoon_id FROM "
                       "derived_touched t CROSS JOIN fractieZetelPersoon fzp ON "
                       "fzp.fractieZetel_id = t.id WHERE t.kind = 'fractieZetel' AND "
                       "fzp.persoon_id IS NOT NULL"),
        // A node whose entity is gone goes, and its documents are placed again.
        QStringLiteral("INSERT INTO temp.nav_orphan SELECT n.node FROM temp.nav_key k CROSS JOIN "
                       "nav_node n ON n.node_kind = k.kind AND n.node_id = k.id WHERE NOT "
                       "EXISTS (SELECT 1 FROM commissie WHERE id = k.id AND k.kind = 'commissie') "
                       "AND NOT EXISTS (SELECT 1 FROM kamerstukdossier WHERE id = k.id AND k.kind "
                       "= 'dossier') AND NOT EXISTS (SELECT 1 FROM persoon WHERE id = k.id AND "
                       "k.kind = 'persoon')"),
        QStringLiteral("INSERT OR IGNORE INTO temp.nav_doc SELECT m.doc FROM temp.nav_orphan o "
                       "CROSS JOIN nav_membership m ON m.node = o.node"),
        // An entity without a node may get one now (its row arrived after its documents): the
        // documents that hang under it are placed again.
        QStringLiteral("INSERT OR IGNORE INTO temp.nav_doc SELECT d.rowid FROM temp.nav_key k "
                       "CROSS JOIN document d ON d.kamerstukdossier_id = k.id WHERE k.kind = "
                       "'dossier' AND NOT EXISTS (SELECT 1 FROM nav_node n WHERE n.node_kind = "
                       "k.kind AND n.node_id = k.id)"),
        QStringLiteral(
            "INSERT OR IGNORE INTO temp.nav_doc SELECT d.rowid FROM temp.nav_key k "
            "CROSS JOIN documentActor x ON x.commissie_id = k.id CROSS JOIN document d ON "
            "d.id = x.document_id WHERE k.kind = 'commissie' AND NOT EXISTS (SELECT 1 "
            "FROM nav_node n WHERE n.node_kind = k.kind AND n.node_id = k.id)"),
        QStringLiteral(
            "INSERT OR IGNORE INTO temp.nav_doc SELECT d.rowid FROM temp.nav_key k "
            "CROSS JOIN zaakActor za ON za.commissie_id = k.id CROSS JOIN link l ON l.soort "
            "= 'zaak' AND l.naar = za.zaak_id CROSS JOIN document d ON d.id = l.van "
            "WHERE k.kind = 'commissie' AND NOT EXISTS (SELECT 1 FROM nav_node n WHERE "
            "n.node_kind = k.kind AND n.node_id = k.id)"),
        QStringLiteral("INSERT OR IGNORE INTO temp.nav_doc SELECT d.rowid FROM temp.nav_key k "
                       "CROSS JOIN documentActor x ON x.persoon_id = k.id CROSS JOIN document d ON "
                       "d.id = x.document_id WHERE k.kind = 'persoon' AND NOT EXISTS (SELECT 1 "
                       "FROM nav_node n WHERE n.node_kind = k.kind AND n.node_id = k.id)"),
        QStringLiteral(
            "INSERT OR IGNORE INTO temp.nav_doc SELECT d.rowid FROM temp.nav_key k "
            "CROSS JOIN zaakActor za ON za.persoon_id = k.id CROSS JOIN link l ON l.soort "
            "= 'zaak' AND l.naar = za.zaak_id CROSS JOIN document d ON d.id = l.van "
            "WHERE k.kind = 'persoon' AND NOT EXISTS (SELECT 1 FROM nav_node n WHERE "
            "n.node_kind = k.kind AND n.node_id = k.id)"),
        QStringLiteral("INSERT OR IGNORE INTO temp.nav_doc SELECT d.rowid FROM temp.nav_key k "
                       "CROSS JOIN activiteit a ON a.voortouwcommissie_id = k.id CROSS JOIN link "
                       "l ON l.soort = 'activiteit' AND l.naar = a.id CROSS JOIN document d ON "
                       "d.id = l.van WHERE k.kind = 'commissie' AND NOT EXISTS (SELECT 1 FROM "
                       "nav_node n WHERE n.node_kind = k.kind AND n.node_id = k.id)"),
    };
}

QStringList updateStatements() {
    const QString keys = QStringLiteral("%1.id IN (SELECT id FROM temp.nav_key WHERE kind = '%2')");
    return {
        // The nodes the documents were under lose them (counted, so a node's count changes by
        // what changed, not by counting its tens of thousands again). The others keep their
        // positions (a gap is no matter: the tree orders by position).
        QStringLiteral("INSERT INTO temp.nav_delta (node, delta) SELECT m.node, -count(*) FROM "
                       "temp.nav_doc t CROSS JOIN nav_membership m ON m.doc = t.doc GROUP BY "
                       "m.node"),
        QStringLiteral("INSERT OR IGNORE INTO temp.nav_changed SELECT node FROM temp.nav_delta"),
        QStringLiteral("DELETE FROM nav_membership WHERE doc IN (SELECT doc FROM temp.nav_doc)"),
        QStringLiteral("DELETE FROM nav_membership WHERE node IN (SELECT node FROM "
                       "temp.nav_orphan)"),
        QStringLiteral("DELETE FROM nav_node WHERE node IN (SELECT node FROM temp.nav_orphan)"),
        // Where the documents hang now, by the paths of the full rebuild: commissie as an
        // actor, as an actor of a zaak, as the voortouw of an activiteit; the dossier; the
        // kamerlid as an actor or an actor of a zaak.
        QStringLiteral("INSERT INTO temp.nav_reach SELECT 'commissie', x.commissie_id, t.doc "
                       "FROM temp.nav_doc t CROSS JOIN document d ON d.rowid = t.doc CROSS JOIN "
                       "documentActor x ON x.document_id = d.id WHERE x.commissie_id IS NOT NULL "
                       "UNION ALL SELECT 'persoon', x.persoon_id, t.doc FROM temp.nav_doc t "
                       "CROSS JOIN document d ON d.rowid = t.doc CROSS JOIN documentActor x ON "
                       "x.document_id = d.id WHERE x.persoon_id IS NOT NULL"),
        QStringLiteral("INSERT INTO temp.nav_reach SELECT 'commissie', za.commissie_id, t.doc "
                       "FROM temp.nav_doc t CROSS JOIN document d ON d.rowid = t.doc CROSS JOIN "
                       "link l ON l.van = d.id AND l.soort = 'zaak' CROSS JOIN zaakActor za ON "
                       "za.zaak_id = l.naar WHERE za.commissie_id IS NOT NULL UNION ALL SELECT "
                       "'persoon', za.persoon_id, t.doc FROM temp.nav_doc t CROSS JOIN document "
                       "d ON d.rowid = t.doc CROSS JOIN link l ON l.van = d.id AND l.soort = "
                       "'zaak' CROSS JOIN zaakActor za ON za.zaak_id = l.naar WHERE za.persoon_id "
                       "IS NOT NULL"),
        QStringLiteral("INSERT INTO temp.nav_reach SELECT 'commissie', a.voortouwcommissie_id, "
                       "t.doc FROM temp.nav_doc t CROSS JOIN document d ON d.rowid = t.doc CROSS "
                       "JOIN link l ON l.van = d.id AND l.soort = 'activiteit' CROSS JOIN "
                       "activiteit a ON a.id = l.naar WHERE a.voortouwcommissie_id IS NOT NULL"),
        QStringLiteral("INSERT INTO temp.nav_reach SELECT 'dossier', d.kamerstukdossier_id, "
                       "t.doc FROM temp.nav_doc t CROSS JOIN document d ON d.rowid = t.doc WHERE "
                       "d.kamerstukdossier_id IS NOT NULL"),
        // Every node looked at: reached now, under which the documents were, or changed.
        QStringLiteral("INSERT OR IGNORE INTO temp.nav_key SELECT DISTINCT kind, id FROM "
                       "temp.nav_reach"),
        QStringLiteral("INSERT OR IGNORE INTO temp.nav_key SELECT n.node_kind, n.node_id FROM "
                       "temp.nav_changed r CROSS JOIN nav_node n ON n.node = r.node"),
        // Named again (or made), keeping their numbers, by the full rebuild's rules.
        NavigationSql::commissieNodes(keys.arg(QStringLiteral("c"), QStringLiteral("commissie")),
                                      true),
        NavigationSql::dossierNodes(
            keys.arg(QStringLiteral("k"), QStringLiteral("dossier")) +
                QStringLiteral(" AND EXISTS (SELECT 1 FROM document d WHERE "
                               "d.kamerstukdossier_id = k.id)"),
            true),
        NavigationSql::persoonNodes(
            keys.arg(QStringLiteral("p"), QStringLiteral("persoon")) +
                QStringLiteral(" AND (EXISTS (SELECT 1 FROM documentActor x WHERE x.persoon_id = "
                               "p.id) OR EXISTS (SELECT 1 FROM zaakActor za WHERE za.persoon_id "
                               "= p.id) OR EXISTS (SELECT 1 FROM fractieZetelPersoon fzp WHERE "
                               "fzp.persoon_id = p.id AND fzp.totEnMet IS NULL))"),
            true),
    };
}

// After NavigationPlacement put the documents under their nodes.
QStringList countStatements() {
    // A node where a document found no room between its neighbours is numbered anew, as the
    // full rebuild numbers.
    return NavigationSql::numberPositions(QStringLiteral("temp.nav_renumber")) +
           QStringList{
               QStringLiteral("INSERT OR IGNORE INTO temp.nav_recount SELECT node FROM "
                              "temp.nav_changed"),
               QStringLiteral(
                   "INSERT OR IGNORE INTO temp.nav_recount SELECT n.node FROM temp.nav_key k "
                   "CROSS JOIN nav_node n ON n.node_kind = k.kind AND n.node_id = k.id"),
               // The documents placed again are counted in where they are now.
               QStringLiteral(
                   "INSERT INTO temp.nav_delta (node, delta) SELECT node, c FROM (SELECT n.node "
                   "AS node, count(DISTINCT r.doc) AS c FROM temp.nav_reach r CROSS JOIN "
                   "nav_node n ON n.node_kind = r.kind AND n.node_id = r.id GROUP BY n.node) "
                   "WHERE true ON CONFLICT(node) DO UPDATE SET delta = delta + excluded.delta"),
               QStringLiteral("UPDATE nav_node SET documents = documents + (SELECT delta FROM "
                              "temp.nav_delta d WHERE d.node = nav_node.node) WHERE node IN "
                              "(SELECT node FROM temp.nav_delta)"),
               NavigationSql::removeEmptyNodes(
                   QStringLiteral("node IN (SELECT node FROM temp.nav_recount)")),
               // The tree and the filter index notice a change by nav_node's sequence (and count):
               // a rebuild raises it by numbering anew, an update by one.
               QStringLiteral(
                   "INSERT OR IGNORE INTO sqlite_sequence (name, seq) SELECT 'nav_node', 0 "
                   "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = "
                   "'nav_node')"),
               QStringLiteral("UPDATE sqlite_sequence SET seq = seq + 1 WHERE name = 'nav_node'"),
           };
}

} // namespace

bool canFollow(const Database &library) {
    QSqlQuery q =
        library.run(QStringLiteral("SELECT 1 FROM sync_state WHERE category = '#derived-full'"));
    return !q.next();
}

Result<std::optional<Outcome>> run(Database &library) {
    using R = Result<std::optional<Outcome>>;
    Outcome outcome;
    outcome.generationBefore = treeGenerationOf(library);
    Transaction tx(library.connection());
    if (!tx.isOpen())
        return R::failure(library.connection().lastError().text());
    auto runAll = [&](const QStringList &statements) -> QString {
        QElapsedTimer timer;
        for (const QString &sql : statements) {
            timer.start();
            QSqlQuery q = library.run(sql);
            if (q.lastError().isValid())
                return q.lastError().text();
            qCDebug(lcStore) << "Derived update:" << timer.elapsed() << "ms" << sql.left(90);
        }
        return {};
    };
    if (const QString error = runAll(prepareStatements()); !error.isEmpty())
        return R::failure(error);
    const qint64 reached = countOf(library, QStringLiteral("SELECT count(*) FROM temp.nav_doc"));
    const qint64 documents = countOf(library, QStringLiteral("SELECT count(*) FROM document"));
    if (reached > std::max(kAlwaysFollowed, documents / kFullRebuildDivisor))
        return R(std::nullopt); // rolled back: nothing written
    outcome.documents = column(library, QStringLiteral("SELECT doc FROM temp.nav_doc"));
    if (const QString error = runAll(updateStatements()); !error.isEmpty())
        return R::failure(error);
    if (const Status placed = NavigationPlacement::place(library); !placed)
        return R::failure(placed.error());
    if (const QString error = runAll(countStatements()); !error.isEmpty())
        return R::failure(error);
    outcome.renumbered = column(library, QStringLiteral("SELECT node FROM temp.nav_renumber "
                                                        "UNION SELECT node FROM temp.nav_orphan"));
    if (const Status questions =
            OpenQuestionScan::refresh(library, QStringLiteral("temp.nav_question_doc"));
        !questions)
        return R::failure(questions.error());
    if (const QString error = runAll({QStringLiteral("DELETE FROM derived_touched_doc"),
                                      QStringLiteral("DELETE FROM derived_touched"),
                                      QStringLiteral("DELETE FROM sync_state WHERE category = "
                                                     "'#derived-stale'")});
        !error.isEmpty())
        return R::failure(error);
    if (!tx.commit())
        return R::failure(library.connection().lastError().text());
    outcome.generationAfter = generationOf(library);
    return R(std::optional<Outcome>(std::move(outcome)));
}

} // namespace overleg::NavigationUpdate
