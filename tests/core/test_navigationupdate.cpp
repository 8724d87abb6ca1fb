// The derived tables updated for what a batch of writes touched (NavigationUpdate) against a
// full rebuild of the same library: random changes of every kind (NavigationChanges), several
// seeds, the tree's tables and the open questions compared row by row, the kept filter index
// patched for the change against one built afresh, and a second sync through the real sync path.

#include "FeedServer.h"
#include "NavigationChanges.h"
#include "OpenQuestionCompare.h"
#include "SyncRun.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "entities/EntityRecord.h"
#include "library/Library.h"
#include "store/FilterIndex.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"
#include "store/Transaction.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlError>

#include <atomic>

using namespace overleg;
using namespace overleg::test;

namespace {

// nav_node, nav_membership (by the node's kind and id: a full rebuild numbers nodes anew; each
// document's place in its node's order) and open_question, row by row.
QStringList derivedTables(Database &db) {
    QStringList rows;
    const QStringList queries{
        QStringLiteral("SELECT 'node', node_kind, node_id, label, detail, sort_key, documents "
                       "FROM nav_node ORDER BY node_kind, node_id"),
        // Positions by their order under the node (what the tree shows): an update leaves
        // gaps where a rebuild numbers evenly.
        QStringLiteral("SELECT 'member', n.node_kind, n.node_id, m.doc, row_number() OVER "
                       "(PARTITION BY m.node ORDER BY m.position) FROM nav_membership m LEFT JOIN "
                       "nav_node n ON n.node = m.node ORDER BY 2, 3, 4"),
        QStringLiteral("SELECT 'same position', node, position FROM nav_membership GROUP BY node, "
                       "position HAVING count(*) > 1"),
        QStringLiteral("SELECT 'open', doc, document_id, deadline, delayed, fractie FROM "
                       "open_question ORDER BY doc")};
    for (const QString &sql : queries) {
        QSqlQuery q = db.run(sql);
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            rows << values.join(u'|');
        }
    }
    return rows;
}

// The same tables rebuilt in full on a copy of the library.
QStringList fullRebuildOfCopy(Database &db, const QString &directory) {
    const QString copy = directory + QStringLiteral("/full-copy.sqlite");
    QFile::remove(copy);
    QSqlQuery vacuum = db.run(QStringLiteral("VACUUM INTO ?"), {copy});
    if (vacuum.lastError().isValid())
        qFatal("cannot copy the library: %s", qPrintable(vacuum.lastError().text()));
    auto opened = Database::open(copy, Database::Kind::Library);
    if (!opened)
        qFatal("cannot open the copy: %s", qPrintable(opened.error()));
    Database full = std::move(opened).value();
    LibraryStore store(full);
    if (!store.rebuildDerived(LibraryStore::DerivedMode::Full))
        qFatal("the full rebuild failed");
    return derivedTables(full);
}

QHash<QString, qint64> nodeNumbers(Database &db) {
    QHash<QString, qint64> numbers;
    QSqlQuery q = db.run(QStringLiteral("SELECT node_kind || ':' || node_id, node FROM nav_node"));
    while (q.next())
        numbers.insert(q.value(0).toString(), q.value(1).toLongLong());
    return numbers;
}

// test_navigationmodel's filter comparison, and words of the generated library.
QStringList filters() {
    return {QStringLiteral("encryptie"),     QStringLiteral("Onderwijs"),
            QStringLiteral("29338"),         QStringLiteral("Nispen"),
            QStringLiteral("motie Gaza"),    QStringLiteral("EU"),
            QStringLiteral("motie EU"),      QStringLiteral("Financiën"),
            QStringLiteral("FINANCI"),       QStringLiteral("vragen"),
            QStringLiteral("ander"),         QStringLiteral("wetenschaps"),
            QStringLiteral("NWO-programma"), QStringLiteral("xyzzy"),
            QStringLiteral("2024D1"),        QStringLiteral("stikstof zorg"),
            QStringLiteral("over"),          QStringLiteral("antwoord")};
}

void keepFilterIndex(const QString &path) {
    std::atomic<bool> cancel{false};
    const auto built = FilterIndex::build(path, cancel);
    QVERIFY(built);
    QVERIFY(built->save(FilterIndex::fileFor(path)));
}

QList<qint64> rowidsOf(const FilterIndex &index, const FilterIndex::Matches &matches) {
    QList<qint64> rowids;
    for (std::uint32_t doc : matches.docs)
        rowids << index.rowidOf(doc);
    return rowids;
}

QList<qint64> listOf(const std::vector<qint64> &v) {
    return QList<qint64>(v.begin(), v.end());
}

// The kept index (patched) answers every filter as one built afresh: the same documents, the
// same counts per node, every node's matches in the same order.
void compareKeptFilterIndexWithBuilt(const QString &path) {
    QString error;
    const auto kept = FilterIndex::load(FilterIndex::fileFor(path), path, &error);
    QVERIFY2(kept, qPrintable(error));
    std::atomic<bool> cancel{false};
    const auto built = FilterIndex::build(path, cancel);
    QVERIFY(built);
    for (const QString &filter : filters()) {
        const auto a = kept->match(filter);
        const auto b = built->match(filter);
        QCOMPARE(a.has_value(), b.has_value());
        if (!b)
            continue;
        QCOMPARE(rowidsOf(*kept, *a), rowidsOf(*built, *b));
        QCOMPARE(a->perNode, b->perNode);
        for (auto it = b->perNode.cbegin(); it != b->perNode.cend(); ++it) {
            QCOMPARE(listOf(kept->page(*a, it.key(), 0, -1)),
                     listOf(built->page(*b, it.key(), 0, -1)));
            QCOMPARE(listOf(kept->page(*a, it.key(), 2, 3)),
                     listOf(built->page(*b, it.key(), 2, 3)));
        }
    }
}

// Slower to give up than the sync tests' policy: this test only needs the sync to arrive.
SyncSummary syncPatiently(Library &library, const QString &feedUrl) {
    SyncOptions options;
    options.policy.timeoutMs = 2000;
    options.policy.initialBackoffMs = 10;
    options.policy.maxBackoffMs = 40;
    return test::runSync(library, feedUrl, options);
}

} // namespace

class TestNavigationUpdate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Rounds of random changes, each followed by the incremental update: equal to a full
    // rebuild, node numbers kept, and the kept filter index patched to answer as a new one.
    void incrementalEqualsFullRebuild_data() {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("withSample");
        QTest::newRow("sample and generated, seed 1") << 1u << true;
        for (quint32 seed : {2u, 3u, 4u, 5u})
            QTest::newRow(qPrintable(QStringLiteral("generated, seed %1").arg(seed)))
                << seed << false;
    }
    void incrementalEqualsFullRebuild() {
        QFETCH(quint32, seed);
        QFETCH(bool, withSample);
        TempLibrary lib(withSample);
        LibraryStore &store = lib->store();
        Database &db = lib->libraryDatabase();
        NavigationChanges changes(store, seed);
        {
            Transaction tx(db.connection());
            changes.generate(withSample ? 800 : 1200);
            QVERIFY(tx.commit());
        }
        QVERIFY(store.rebuildDerived().ok());
        // The sample was built already: its 800 new documents are followed; a fresh library
        // is built in full.
        QCOMPARE(store.lastDerivedUpdate().incremental, withSample);
        QCOMPARE(derivedTables(db), fullRebuildOfCopy(db, lib.dir.path()));
        keepFilterIndex(db.path());

        for (int round = 0; round < 4; ++round) {
            const QHash<QString, qint64> before = nodeNumbers(db);
            {
                Transaction tx(db.connection());
                changes.change(40);
                QVERIFY(tx.commit());
            }
            QVERIFY(store.rebuildDerived().ok());
            QVERIFY(store.lastDerivedUpdate().incremental);
            QVERIFY(store.lastDerivedUpdate().documents > 0);
            QVERIFY(store.lastDerivedUpdate().filterIndexPatched);
            const QHash<QString, qint64> after = nodeNumbers(db);
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                if (before.contains(it.key()))
                    QCOMPARE(it.value(), before.value(it.key()));
            }
            QCOMPARE(derivedTables(db), fullRebuildOfCopy(db, lib.dir.path()));
            compareKeptFilterIndexWithBuilt(db.path());
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Documents put one after another between the same two neighbours halve the gap until no
    // room is left: the node is then numbered anew, and still equals the full rebuild.
    void aNodeWithoutRoomIsNumberedAnew() {
        TempLibrary lib(false);
        LibraryStore &store = lib->store();
        Database &db = lib->libraryDatabase();
        NavigationChanges changes(store, 11);
        {
            Transaction tx(db.connection());
            changes.generate(300);
            QVERIFY(tx.commit());
        }
        QVERIFY(store.rebuildDerived().ok());
        auto document = [&](int n, int volgnummer) {
            EntityRecord d;
            d.type = QStringLiteral("document");
            d.id = changeGuid('n', n);
            d.fields.insert(QStringLiteral("titel"), QStringLiteral("Nota %1").arg(n));
            d.fields.insert(QStringLiteral("datum"), QStringLiteral("2020-01-01"));
            d.fields.insert(QStringLiteral("volgnummer"), QString::number(volgnummer));
            d.refs = {{QStringLiteral("kamerstukdossier"), changeGuid('k', 0)}};
            QVERIFY(store.apply(d));
        };
        document(0, 1000); // the neighbour after
        QVERIFY(store.rebuildDerived().ok());
        {
            Transaction tx(db.connection());
            for (int n = 1; n <= 24; ++n)
                document(n, 999); // each right after the one before, before the neighbour
            QVERIFY(tx.commit());
        }
        QVERIFY(store.rebuildDerived().ok());
        QVERIFY(store.lastDerivedUpdate().incremental);
        QCOMPARE(store.lastDerivedUpdate().nodes, 1);
        QCOMPARE(derivedTables(db), fullRebuildOfCopy(db, lib.dir.path()));
    }

    // What the window does after a sync (NavigationModel::reload): the index is read again,
    // from the kept file the update patched, and finds the new document as the trigram index
    // does.
    void theWindowReadsThePatchedIndexAfterAnUpdate() {
        TempLibrary lib;
        LibraryQueries &queries = lib->queries();
        QVERIFY(queries.waitForFilterIndex());
        const QString word = QStringLiteral("kwantumsleutelverdeling");
        QVERIFY(queries.commissies(word).isEmpty());
        NavigationChanges changes(lib->store(), 3);
        {
            Transaction tx(lib->libraryDatabase().connection());
            changes.generate(50);
            EntityRecord d;
            d.type = QStringLiteral("document");
            d.id = changeGuid('n', 1);
            d.fields.insert(QStringLiteral("titel"), QStringLiteral("Brief over ") + word);
            d.refs = {{QStringLiteral("zaak"), changeGuid('a', 1)}};
            QVERIFY(lib->store().apply(d));
            QVERIFY(tx.commit());
        }
        QVERIFY(lib->store().rebuildDerived().ok());
        QVERIFY(lib->store().lastDerivedUpdate().incremental);
        QVERIFY(lib->store().lastDerivedUpdate().filterIndexPatched);
        queries.invalidateFilter();
        QVERIFY(queries.waitForFilterIndex());
        QVERIFY(queries.filterIndexFromFile());
        const QList<NodeSummary> found = queries.commissies(word);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id,
                 LibraryQueries(lib->libraryDatabase()).commissies(word).first().id);
        QVERIFY(queries.filterIndexReady()); // answered from memory, not the trigram index
    }

    // Open questions answered from memory after a sync's incremental update, as the window
    // reads them (NavigationModel::reload: the patched index and the rows read again): every
    // count and page equal SQL's, for text filters, no text, and narrowed by commissies.
    void openQuestionsFromMemoryFollowAnUpdate() {
        TempLibrary lib(false);
        LibraryStore &store = lib->store();
        Database &db = lib->libraryDatabase();
        NavigationChanges changes(store, 5);
        {
            Transaction tx(db.connection());
            changes.generate(1200);
            QVERIFY(tx.commit());
        }
        QVERIFY(store.rebuildDerived().ok());
        keepFilterIndex(db.path());
        LibraryQueries &queries = lib->queries();
        QVERIFY(queries.waitForOpenQuestionMemory());
        const auto openFilters = [&] {
            QList<OpenQuestionFilter> list;
            const QStringList commissies = commissiesToNarrowBy(db, 3);
            for (const QString &text : QStringList{QString()} + filters()) {
                OpenQuestionFilter filter;
                filter.text = text;
                list << filter;
                for (const QString &commissie : commissies) {
                    filter.commissieId = commissie;
                    list << filter;
                }
            }
            return list;
        };
        const int all = queries.openQuestions().countDocuments({});
        QVERIFY(all > 10);
        OpenQuestionFilter largest;
        largest.commissieId = commissiesToNarrowBy(db, 1).constFirst();
        const int narrowed = queries.openQuestions().countDocuments(largest);
        QVERIFY(narrowed > 0 && narrowed < all);
        QVERIFY(compareOpenQuestionsWithSql(db, queries, openFilters()) >= filters().size());
        for (int round = 0; round < 2; ++round) {
            {
                Transaction tx(db.connection());
                changes.change(40);
                QVERIFY(tx.commit());
            }
            QVERIFY(store.rebuildDerived().ok());
            QVERIFY(store.lastDerivedUpdate().incremental);
            QVERIFY(store.lastDerivedUpdate().filterIndexPatched);
            queries.invalidateFilter();
            QVERIFY(queries.waitForOpenQuestionMemory());
            QVERIFY(queries.filterIndexFromFile());
            QVERIFY(compareOpenQuestionsWithSql(db, queries, openFilters()) >= filters().size());
        }
    }

    // The tree's nodes held in memory (NavigationNodes) are read again after an update that
    // only renamed one: the update raises nav_node's sequence as a rebuild does.
    void aRenamedNodeIsShownWithoutReopening() {
        TempLibrary lib;
        const LibraryQueries &queries = lib->queries();
        const QList<NodeSummary> before = queries.commissies();
        QVERIFY(before.size() > 2);
        const QString renamed = QStringLiteral("Aaa hernoemde commissie");
        lib->libraryDatabase().run(QStringLiteral("UPDATE commissie SET naamNl = ? WHERE id = ?"),
                                   {renamed, before.last().id});
        QVERIFY(lib->store().rebuildDerived().ok());
        QVERIFY(lib->store().lastDerivedUpdate().incremental);
        const QList<NodeSummary> after = queries.commissies();
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.first().label, renamed);
        QCOMPARE(after.first().id, before.last().id);
        QCOMPARE(after.first().documents, before.last().documents);
    }

    // Nothing changed: nothing to do, and the tree's generation still moves on (a reader reads
    // it again rather than miss a change).
    void anEmptyChangeIsCheap() {
        TempLibrary lib;
        LibraryStore &store = lib->store();
        const QString before = FilterIndex::currentGeneration(lib->libraryDatabase().path());
        QVERIFY(store.rebuildDerived().ok());
        QVERIFY(store.lastDerivedUpdate().incremental);
        QCOMPARE(store.lastDerivedUpdate().documents, 0);
        QVERIFY(FilterIndex::currentGeneration(lib->libraryDatabase().path()) != before);
    }

    // A change reaching more than a tenth of the documents (and more than the floor) is rebuilt
    // in full, and the result is the same.
    void aLargeChangeIsRebuiltInFull() {
        TempLibrary lib(false);
        LibraryStore &store = lib->store();
        Database &db = lib->libraryDatabase();
        NavigationChanges changes(store, 7);
        {
            Transaction tx(db.connection());
            changes.generate(1500);
            QVERIFY(tx.commit());
        }
        QVERIFY(store.rebuildDerived().ok());
        keepFilterIndex(db.path());
        {
            // Every zaak's commissie changed: every document moves.
            Transaction tx(db.connection());
            db.run(QStringLiteral("UPDATE zaakActor SET commissie_id = ? WHERE commissie_id IS "
                                  "NOT NULL"),
                   {changeGuid('c', 3)});
            QVERIFY(tx.commit());
        }
        QVERIFY(store.rebuildDerived().ok());
        QVERIFY(!store.lastDerivedUpdate().incremental);
        QCOMPARE(derivedTables(db), fullRebuildOfCopy(db, lib.dir.path()));
        // The kept index is stale by its generation: not used.
        QVERIFY(!FilterIndex::load(FilterIndex::fileFor(db.path()), db.path()));
    }

    // A second sync with a few changes takes the incremental path (every node keeps its number,
    // where a rebuild numbers them all anew) and gives the full rebuild's tree.
    void aSecondSyncFollowsIncrementally() {
        FeedServer server;
        server.loadFeedDirectory(QStringLiteral(OVERLEG_SOURCE_DIR "/resources/sample"));
        server.setPageSize(7);
        QVERIFY(server.listen());
        TempLibrary lib(false);
        QVERIFY(syncPatiently(*lib.library, server.baseUrl()).ok());
        Database &db = lib->libraryDatabase();
        QVERIFY(db.run(QStringLiteral("SELECT count(*) FROM nav_node")).next());
        QString retitled, deleted, persoon;
        {
            QSqlQuery q = db.run(QStringLiteral("SELECT d.id FROM document d JOIN nav_membership "
                                                "m ON m.doc = d.rowid LIMIT 2"));
            QVERIFY(q.next());
            retitled = q.value(0).toString();
            QSqlQuery other = db.run(QStringLiteral("SELECT id FROM document WHERE id <> ? AND "
                                                    "id IN (SELECT document_id FROM "
                                                    "documentActor) LIMIT 1"),
                                     {retitled});
            QVERIFY(other.next());
            deleted = other.value(0).toString();
            QSqlQuery p = db.run(QStringLiteral("SELECT id FROM persoon ORDER BY id DESC LIMIT 1"));
            QVERIFY(p.next());
            persoon = p.value(0).toString();
        } // no statement may stay open on the connection the sync writes with
        const QHash<QString, qint64> before = nodeNumbers(db);
        QVERIFY(!before.isEmpty());

        server.addEntity(QStringLiteral("Document"), retitled,
                         entityXml(QStringLiteral("document"), retitled,
                                   QStringLiteral("<soort>Brief regering</soort><titel>"
                                                  "Kwantumsleutelverdeling</titel><datum>"
                                                  "2026-11-19T00:00:00</datum>")));
        server.addEntity(QStringLiteral("Document"), deleted,
                         entityXml(QStringLiteral("document"), deleted, {}, true));
        const QString added = QStringLiteral("7a7a7a7a-1111-4a4a-9c9c-123456789abc");
        const QString actor = QStringLiteral("7b7b7b7b-1111-4a4a-9c9c-123456789abc");
        server.addEntity(QStringLiteral("Document"), added,
                         entityXml(QStringLiteral("document"), added,
                                   QStringLiteral("<soort>Motie</soort><titel>Motie over "
                                                  "encryptie</titel><datum>2026-11-20T00:00:00"
                                                  "</datum>")));
        server.addEntity(QStringLiteral("DocumentActor"), actor,
                         entityXml(QStringLiteral("documentActor"), actor,
                                   QStringLiteral("<document ref=\"%1\"/><persoon ref=\"%2\"/>"
                                                  "<actorFractie>D66</actorFractie>")
                                       .arg(added, persoon)));
        QVERIFY(syncPatiently(*lib.library, server.baseUrl()).ok());

        const QHash<QString, qint64> after = nodeNumbers(db);
        int kept = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (before.contains(it.key())) {
                QCOMPARE(it.value(), before.value(it.key()));
                ++kept;
            }
        }
        QVERIFY(kept > 10);
        QSqlQuery member = db.run(
            QStringLiteral("SELECT count(*) FROM nav_membership_ids WHERE document_id = ? AND "
                           "node_kind = 'persoon' AND node_id = ?"),
            {added, persoon});
        QVERIFY(member.next());
        QCOMPARE(member.value(0).toInt(), 1);
        member.finish(); // VACUUM INTO waits for no statement
        QCOMPARE(derivedTables(db), fullRebuildOfCopy(db, lib.dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestNavigationUpdate)
#include "test_navigationupdate.moc"
