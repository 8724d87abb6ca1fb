#include "EntityRecords.h"
#include "TestSupport.h"

#include "entities/EntityRecord.h"
#include "entities/EntitySchema.h"
#include "store/Database.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"
#include "store/OpenQuestionQueries.h"
#include "store/OpenQuestionScan.h"

#include <QSet>
#include <QSqlError>
#include <QTemporaryDir>

using namespace overleg;
using namespace overleg::test;

namespace {

const QString kCommissie = QStringLiteral("00000000-0000-0000-0000-00000000000c");
const QString kZaak = QStringLiteral("00000000-0000-0000-0000-00000000000a");
const QString kDoc = QStringLiteral("00000000-0000-0000-0000-00000000000d");
const QString kPersoon = QStringLiteral("00000000-0000-0000-0000-00000000000e");

} // namespace

class TestLibraryStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;

private Q_SLOTS:
    void init() {
        QFile::remove(m_dir.filePath(QStringLiteral("l.sqlite")));
        auto db =
            Database::open(m_dir.filePath(QStringLiteral("l.sqlite")), Database::Kind::Library);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db.emplace(std::move(db).value());
    }
    void cleanup() { m_db.reset(); }

    // The mapping and the migrations must agree: every field the schema maps has a column.
    void schemaMatchesTables() {
        for (const EntityType &type : entityTypes()) {
            QSet<QString> columns;
            QSqlQuery q = m_db->run(QStringLiteral("PRAGMA table_info(%1)").arg(type.table));
            while (q.next())
                columns.insert(q.value(1).toString());
            QVERIFY2(!columns.isEmpty(), qPrintable(type.table));
            for (const QString &field : type.fields)
                QVERIFY2(columns.contains(field), qPrintable(type.table + u'.' + field));
            for (const QString &ref : type.singleRefs)
                QVERIFY2(columns.contains(ref + QStringLiteral("_id")),
                         qPrintable(type.table + u'.' + ref));
            if (type.downloadable)
                QVERIFY(columns.contains(QStringLiteral("contentType")));
        }
    }

    void upsertsAndUpdates() {
        LibraryStore store(*m_db);
        QVERIFY(store.apply(record(
            QStringLiteral("commissie"), kCommissie,
            {{QStringLiteral("naamNl"), QStringLiteral("vaste commissie voor Digitale Zaken")},
             {QStringLiteral("afkorting"), QStringLiteral("DiZa")}})));
        QVERIFY(store.apply(record(
            QStringLiteral("commissie"), kCommissie,
            {{QStringLiteral("naamNl"), QStringLiteral("vaste commissie voor Digitale Zaken")},
             {QStringLiteral("afkorting"), QStringLiteral("DIZA")}})));
        QCOMPARE(store.count(QStringLiteral("commissie")), 1);
        QSqlQuery q =
            m_db->run(QStringLiteral("SELECT afkorting FROM commissie WHERE id=?"), {kCommissie});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("DIZA"));
        // An unknown entity type is reported, not stored.
        QVERIFY(!store.apply(record(QStringLiteral("toezegging"), kZaak, {})));
    }

    void booleansAndNulls() {
        LibraryStore store(*m_db);
        QVERIFY(store.apply(record(QStringLiteral("zaak"), kZaak,
                                   {{QStringLiteral("afgedaan"), QStringLiteral("true")},
                                    {QStringLiteral("nummer"), QStringLiteral("2024Z18792")},
                                    {QStringLiteral("titel"), QString()}})));
        QSqlQuery q = m_db->run(
            QStringLiteral("SELECT afgedaan, titel IS NULL FROM zaak WHERE id=?"), {kZaak});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
    }

    void linksAreReplacedAndDeletionsRemoveThem() {
        LibraryStore store(*m_db);
        const QString zaak2 = QStringLiteral("00000000-0000-0000-0000-0000000000a2");
        QVERIFY(store.apply(record(
            QStringLiteral("document"), kDoc, {{QStringLiteral("titel"), QStringLiteral("x")}},
            {{QStringLiteral("zaak"), kZaak}, {QStringLiteral("zaak"), zaak2}})));
        QCOMPARE(store.count(QStringLiteral("link")), 2);
        // A later version of the document names one zaak: the links follow.
        QVERIFY(store.apply(record(QStringLiteral("document"), kDoc,
                                   {{QStringLiteral("titel"), QStringLiteral("x")}},
                                   {{QStringLiteral("zaak"), zaak2}})));
        QCOMPARE(store.count(QStringLiteral("link")), 1);
        // Deleting the zaak removes the link that points at it.
        EntityRecord gone = record(QStringLiteral("zaak"), zaak2, {});
        gone.deleted = true;
        QVERIFY(store.apply(gone));
        QCOMPARE(store.count(QStringLiteral("link")), 0);
        EntityRecord docGone = record(QStringLiteral("document"), kDoc, {});
        docGone.deleted = true;
        QVERIFY(store.apply(docGone));
        QCOMPARE(store.count(QStringLiteral("document")), 0);
    }

    void navigationMembershipFollowsActorsAndZaken() {
        LibraryStore store(*m_db);
        QVERIFY(store.apply(record(QStringLiteral("commissie"), kCommissie,
                                   {{QStringLiteral("naamNl"), QStringLiteral("c")}})));
        QVERIFY(store.apply(record(QStringLiteral("zaak"), kZaak, {})));
        QVERIFY(store.apply(record(
            QStringLiteral("zaakActor"), QStringLiteral("00000000-0000-0000-0000-000000000001"),
            {{QStringLiteral("relatie"), QStringLiteral("Voortouwcommissie")}},
            {{QStringLiteral("zaak"), kZaak}, {QStringLiteral("commissie"), kCommissie}})));
        QVERIFY(store.apply(record(
            QStringLiteral("zaakActor"), QStringLiteral("00000000-0000-0000-0000-000000000002"),
            {{QStringLiteral("relatie"), QStringLiteral("Indiener")}},
            {{QStringLiteral("zaak"), kZaak}, {QStringLiteral("persoon"), kPersoon}})));
        QVERIFY(store.apply(record(QStringLiteral("persoon"), kPersoon,
                                   {{QStringLiteral("achternaam"), QStringLiteral("Sneller")}})));
        QVERIFY(store.apply(record(QStringLiteral("document"), kDoc,
                                   {{QStringLiteral("titel"), QStringLiteral("Antwoord")}},
                                   {{QStringLiteral("zaak"), kZaak}})));
        QVERIFY(store.rebuildDerived().ok());
        LibraryQueries queries(*m_db);
        QCOMPARE(queries.documentsOf(NodeKind::Commissie, kCommissie).size(), 1);
        QCOMPARE(queries.documentsOf(NodeKind::Persoon, kPersoon).size(), 1);
        QCOMPARE(queries.kamerleden().size(), 1);
        QCOMPARE(queries.kamerleden().first().label, QStringLiteral("Sneller"));
        QCOMPARE(queries.resolveDocument(kDoc.toUpper()), kDoc);
    }

    // A first sync indexes its documents in bulk (segments merged once at the end); a later
    // small batch goes into the same index the ordinary way. Both must be found, and FTS5's
    // merge and memory settings must be its defaults again afterwards.
    void searchIndexInBulkThenIncrementally() {
        LibraryStore store(*m_db);
        const auto docId = [](int n) {
            return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
        };
        const auto document = [&](int n, const QString &titel) {
            return record(QStringLiteral("document"), docId(n),
                          {{QStringLiteral("titel"), titel},
                           {QStringLiteral("documentNummer"), QStringLiteral("2024D%1").arg(n)}});
        };
        const QString themes[] = {QStringLiteral("stikstof"), QStringLiteral("asielopvang"),
                                  QStringLiteral("woningbouw")};
        QVERIFY(m_db->connection().transaction());
        for (int n = 0; n < 6000; ++n)
            QVERIFY(store.apply(document(n, QStringLiteral("Vragen over ") + themes[n % 3])));
        QVERIFY(m_db->connection().commit());
        QVERIFY(store.rebuildDerived().ok());
        const auto matches = [&](const QString &text) {
            QSqlQuery q = m_db->run(QStringLiteral("SELECT count(*) FROM document_search WHERE "
                                                   "document_search MATCH ?"),
                                    {QStringLiteral("\"%1\"").arg(text)});
            return q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(matches(QStringLiteral("stikstof")), 2000);
        QCOMPARE(matches(QStringLiteral("2024D4321")), 1);
        const auto option = [&](const char *name) {
            QSqlQuery q =
                m_db->run(QStringLiteral("SELECT v FROM document_search_config WHERE k = ?"),
                          {QString::fromLatin1(name)});
            return q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(option("automerge"), 4);
        QCOMPARE(option("crisismerge"), 16);
        QCOMPARE(option("hashsize"), 1024 * 1024);

        QVERIFY(store.apply(document(7001, QStringLiteral("Vragen over stikstofdepositie"))));
        QVERIFY(
            store.apply(document(18, QStringLiteral("Vragen over windparken")))); // was stikstof
        QVERIFY(store.rebuildDerived().ok());
        QCOMPARE(matches(QStringLiteral("stikstof")), 2000);
        QCOMPARE(matches(QStringLiteral("windpark")), 1);
        QSqlQuery integrity = m_db->run(QStringLiteral(
            "INSERT INTO document_search(document_search, rank) VALUES ('integrity-check', 1)"));
        QVERIFY2(!integrity.lastError().isValid(), qPrintable(integrity.lastError().text()));
    }

    // The tree's nodes are held in memory by the queries; every rebuild must show through,
    // also one that empties the table.
    void treeNodesFollowEveryRebuild() {
        LibraryStore store(*m_db);
        LibraryQueries queries(*m_db);
        QVERIFY(store.apply(record(QStringLiteral("commissie"), kCommissie,
                                   {{QStringLiteral("naamNl"), QStringLiteral("Financiën")},
                                    {QStringLiteral("afkorting"), QStringLiteral("FIN")}})));
        QVERIFY(store.rebuildDerived().ok());
        QCOMPARE(queries.commissies().size(), 1);
        QCOMPARE(queries.commissies().first().documents, 0);

        const QString second = QStringLiteral("00000000-0000-0000-0000-0000000000c2");
        QVERIFY(store.apply(record(QStringLiteral("commissie"), second,
                                   {{QStringLiteral("naamNl"), QStringLiteral("Defensie")}})));
        QVERIFY(store.apply(record(QStringLiteral("zaak"), kZaak, {})));
        QVERIFY(store.apply(record(
            QStringLiteral("zaakActor"), QStringLiteral("00000000-0000-0000-0000-000000000001"),
            {{QStringLiteral("relatie"), QStringLiteral("Voortouwcommissie")}},
            {{QStringLiteral("zaak"), kZaak}, {QStringLiteral("commissie"), second}})));
        QVERIFY(store.apply(record(QStringLiteral("document"), kDoc,
                                   {{QStringLiteral("titel"), QStringLiteral("Brief over F-35")}},
                                   {{QStringLiteral("zaak"), kZaak}})));
        QVERIFY(store.rebuildDerived().ok());
        queries.invalidateFilter();
        const QList<NodeSummary> both = queries.commissies();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).label, QStringLiteral("Defensie")); // by name
        QCOMPARE(both.at(0).documents, 1);
        // Names are compared case-folded, accents and all; "F-35" is a document match.
        QCOMPARE(queries.commissies(QStringLiteral("FINANCIËN")).size(), 1);
        QVERIFY(queries.commissies(QStringLiteral("FINANCIËN")).first().nameMatched);
        const QList<NodeSummary> byDocument = queries.commissies(QStringLiteral("f-35"));
        QCOMPARE(byDocument.size(), 1);
        QCOMPARE(byDocument.first().id, second);
        QVERIFY(!byDocument.first().nameMatched);
        QCOMPARE(byDocument.first().documents, 1);

        for (const QString &id : {kCommissie, second}) {
            EntityRecord gone = record(QStringLiteral("commissie"), id, {});
            gone.deleted = true;
            QVERIFY(store.apply(gone));
        }
        QVERIFY(store.rebuildDerived().ok());
        QVERIFY(queries.commissies().isEmpty());
    }

    // Under the tree's text filter the open documents whose questions are not read are taken
    // from the matches: the same documents, count and deadline order as without the filter,
    // page after page.
    void openQuestionsUnderATextFilter() {
        LibraryStore store(*m_db);
        QVERIFY(m_db->connection().transaction());
        for (int n = 0; n < 300; ++n) {
            QVERIFY(store.apply(record(
                QStringLiteral("document"),
                QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')),
                {{QStringLiteral("soort"), QStringLiteral("Schriftelijke vragen")},
                 {QStringLiteral("titel"), n % 3 == 0 ? QStringLiteral("Vragen over stikstof")
                                                      : QStringLiteral("Vragen over asiel")},
                 {QStringLiteral("datum"),
                  QDate(2026, 1, 1).addDays((n * 7) % 300).toString(Qt::ISODate)}})));
        }
        QVERIFY(m_db->connection().commit());
        QVERIFY(store.rebuildDerived().ok());
        LibraryQueries queries(*m_db);
        const OpenQuestionQueries &open = queries.openQuestions();
        QCOMPARE(open.countDocuments(), 300);
        OpenQuestionFilter filter;
        filter.text = QStringLiteral("STIKSTOF");
        QCOMPARE(open.countDocuments(filter), 100);
        OpenQuestionCursor cursor;
        QList<OpenDocument> all = open.documents(filter, cursor, 60);
        QCOMPARE(all.size(), 60);
        all += open.documents(filter, cursor, 60);
        QCOMPARE(all.size(), 100);
        QVERIFY(open.documents(filter, cursor, 60).isEmpty());
        QSet<QString> seen;
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).summary.titel, QStringLiteral("Vragen over stikstof"));
            QVERIFY(all.at(i).deadline.isValid());
            if (i > 0)
                QVERIFY(all.at(i - 1).deadline <= all.at(i).deadline);
            seen.insert(all.at(i).summary.id);
        }
        QCOMPARE(seen.size(), 100);
        filter.text = QStringLiteral("windpark");
        QCOMPARE(open.countDocuments(filter), 0);
        OpenQuestionCursor none;
        QVERIFY(open.documents(filter, none, 60).isEmpty());
    }

    // The open questions are read on a second connection while the search index is written:
    // what they say of answers, delays and fracties, and the same rows as the store's own
    // connection reads.
    void openQuestionsReadBesideTheSearchIndex() {
        LibraryStore store(*m_db);
        const auto id = [](int n) {
            return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
        };
        const auto zaak = [&](int n) { return id(1000 + n); };
        const auto question = [&](int n, const QString &datum) {
            EntityFields fields{{QStringLiteral("soort"), QStringLiteral("Schriftelijke vragen")}};
            if (!datum.isNull())
                fields.insert(QStringLiteral("datum"), datum);
            return record(QStringLiteral("document"), id(n), fields,
                          {{QStringLiteral("zaak"), zaak(n)}});
        };
        const auto reply = [&](int n, const QString &soort) {
            return record(QStringLiteral("document"), id(500 + n),
                          {{QStringLiteral("soort"), soort}}, {{QStringLiteral("zaak"), zaak(n)}});
        };
        const auto asker = [&](int n, int actor, const QString &fractie) {
            return record(QStringLiteral("documentActor"), id(2000 + actor),
                          {{QStringLiteral("actorFractie"), fractie}},
                          {{QStringLiteral("document"), id(n)}});
        };
        QVERIFY(store.apply(question(1, QStringLiteral("2026-03-02T00:00:00"))));
        QVERIFY(store.apply(asker(1, 1, QStringLiteral("GL-PvdA"))));
        QVERIFY(store.apply(asker(1, 2, QStringLiteral("CDA"))));
        QVERIFY(store.apply(question(2, QStringLiteral("2026-03-02T00:00:00"))));
        QVERIFY(store.apply(reply(2, QStringLiteral("Antwoord schriftelijke vragen"))));
        QVERIFY(store.apply(question(3, QStringLiteral("2026-03-02T00:00:00"))));
        QVERIFY(store.apply(reply(3, QStringLiteral("Mededeling (uitstel antwoord)"))));
        QVERIFY(store.apply(question(4, QString())));
        const auto rows = [&] {
            QStringList all;
            QSqlQuery q = m_db->run(QStringLiteral(
                "SELECT document_id, coalesce(deadline, '-'), delayed, coalesce(fractie, '-') "
                "FROM open_question ORDER BY document_id"));
            while (q.next())
                all << QStringLiteral("%1 %2 %3 %4")
                           .arg(q.value(0).toString().right(1), q.value(1).toString(),
                                q.value(2).toString(), q.value(3).toString());
            return all;
        };
        QVERIFY(!m_db->inTransaction());
        QVERIFY(store.rebuildDerived().ok());
        const QStringList committed = rows();
        QCOMPARE(committed,
                 (QStringList{QStringLiteral("1 2026-03-23 0 GL-PvdA,CDA"),
                              QStringLiteral("3 2026-04-13 1 -"), QStringLiteral("4 - 0 -")}));

        const auto own = OpenQuestionScan::read(*m_db);
        QVERIFY2(own.ok(), qPrintable(own.error()));
        QCOMPARE(own->size(), 3);
        for (const OpenQuestionScan::Row &row : own.value())
            QVERIFY(committed.contains(
                QStringLiteral("%1 %2 %3 %4")
                    .arg(row.id.right(1),
                         row.deadline.isNull() ? QStringLiteral("-") : row.deadline)
                    .arg(int(row.delayed))
                    .arg(row.fractie.isNull() ? QStringLiteral("-") : row.fractie)));

        // Inside a transaction the second connection could not see the new rows: refused.
        QVERIFY(m_db->connection().transaction());
        QVERIFY(store.apply(question(5, QStringLiteral("2026-05-01"))));
        QVERIFY(m_db->inTransaction());
        QVERIFY(!store.rebuildDerived().ok());
        QVERIFY(m_db->connection().rollback());
        QCOMPARE(rows(), committed);
    }
};

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "test_librarystore.moc"
