// The facet index in memory follows writes to search.sqlite made by another process (here the
// real `overleg-cli search`, which indexes what changed before it answers) from the index's
// change log (SearchChangeLog), without a full build: after each kind of write the facets are
// the SQL's counts and the ranked hits FTS5's ORDER BY rank. A log that cannot chain (a large
// write, a trimmed log, a write without the log) leads to exactly one full build.

#include "EntityRecords.h"
#include "TestSupport.h"

#include "entities/EntityRecord.h"
#include "library/FileStore.h"
#include "library/SearchIndexer.h"
#include "store/FullTextIndex.h"
#include "store/LibraryStore.h"
#include "store/NotesBackend.h"
#include "store/SearchChangeLog.h"
#include "store/SearchFacetIndex.h"
#include "store/SearchQuery.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace overleg;
using namespace overleg::test;

namespace {

const QString kCommissie = guid(1);
const QString kNota = guid(10);
const QString kMotie = guid(11);
const QString kBrief = guid(12);
const QString kTitel = guid(13);
const QString kVragen = guid(14); // Kamervragen (CDA) from tests/data, with questions

QByteArray letter(const QString &about) {
    QByteArray text = "Brief van de minister.\n\n";
    for (int i = 0; i < 20; ++i)
        text += "De zorg in de regio vraagt om aandacht voor personeel. ";
    return text + about.toUtf8() + "\n";
}

// Queries of every kind of field and word, as facetIndexFollowsWrites (test_search) runs them.
const QStringList kQueries = {QStringLiteral("stikstof"),
                              QStringLiteral("zorg"),
                              QStringLiteral("regering -stikstof"),
                              QStringLiteral("soort:brief"),
                              QStringLiteral("vragen"),
                              QStringLiteral("minister"),
                              QStringLiteral("fractie:cda"),
                              QStringLiteral("datum:2024"),
                              QStringLiteral("commissie:diza"),
                              QStringLiteral("uitstoot"),
                              QStringLiteral("tag:later"),
                              QStringLiteral("tag:navragen"),
                              QStringLiteral("status:open"),
                              QStringLiteral("-status:open vragen"),
                              QStringLiteral("fractie:cda status:deels"),
                              QStringLiteral("soort:amendement"),
                              QStringLiteral("postkwantum"),
                              QStringLiteral("-soort:motie stikstof")};

} // namespace

class TestSearchOtherProcess : public QObject {
    Q_OBJECT

    std::unique_ptr<TempLibrary> m_lib;
    std::unique_ptr<FullTextIndex> m_index;

    QString path() const { return FullTextIndex::pathIn(m_lib->dir.path()); }

    void applyDocument(const QString &id, const QString &soort, const QString &titel,
                       const QString &datum,
                       const QString &bijgewerkt = QStringLiteral("2026-11-01T09:00:00Z")) {
        QVERIFY(m_lib->library->store().apply(record(QStringLiteral("document"), id,
                                                     {{QStringLiteral("soort"), soort},
                                                      {QStringLiteral("titel"), titel},
                                                      {QStringLiteral("datum"), datum}},
                                                     {}, bijgewerkt)));
    }

    // `overleg-cli search` in `processes` processes at once: each indexes what changed (the
    // other process's writes) before it answers.
    void indexInOtherProcesses(int processes = 1) {
        std::vector<std::unique_ptr<QProcess>> clis;
        for (int i = 0; i < processes; ++i) {
            clis.push_back(std::make_unique<QProcess>());
            clis.back()->start(QStringLiteral(OVERLEG_CLI_PATH),
                               {QStringLiteral("--data-dir"), m_lib->dir.path(),
                                QStringLiteral("search"), QStringLiteral("stikstof")});
        }
        for (const auto &cli : clis) {
            QVERIFY(cli->waitForFinished(30000));
            QVERIFY2(cli->exitCode() == 0, cli->readAllStandardError().constData());
        }
    }

    std::shared_ptr<const SearchFacetIndex> current() {
        return SearchFacetCache::get(path(), SearchFacetIndex::generationOf(m_index->connection()),
                                     false);
    }

    // The facet index follows (without being asked to build), then counts as SQL does and
    // ranks as FTS5 does.
    void compareAll() {
        QTRY_VERIFY(current() != nullptr);
        int counted = 0, ranked = 0;
        for (const QString &text : kQueries) {
            const SearchQuery query = SearchQuery::parse(text).value();
            const auto sql = m_index->facets(query, {}, FullTextIndex::FacetCount::Sql);
            const auto memory = m_index->facets(query, {}, FullTextIndex::FacetCount::Memory);
            QVERIFY2(sql.ok() && memory.ok(), qPrintable(text));
            QCOMPARE(memory.value(), sql.value());
            counted += int(sql.value().size());
            for (const bool substring : {false, true}) {
                if (query.match.isEmpty())
                    continue;
                auto entries = [&](FullTextIndex::Order order) {
                    QList<qint64> ids;
                    const auto found = m_index->search(query, 0, 1000, substring, order);
                    if (!found)
                        qFatal("search %s: %s", qPrintable(text), qPrintable(found.error()));
                    for (const SearchHit &hit : found.value())
                        ids << hit.entry;
                    return ids;
                };
                const QList<qint64> plain = entries(FullTextIndex::Order::RankedInSql);
                QCOMPARE(entries(FullTextIndex::Order::Ranked), plain);
                ranked += int(plain.size());
            }
        }
        QVERIFY(counted > 30 && ranked > 10); // the comparisons are not of empty lists
    }

    QStringList documents(const QString &text) {
        QStringList ids;
        const auto hits = m_index->search(SearchQuery::parse(text).value(), 0, 1000);
        for (const SearchHit &hit : hits.value()) {
            if (!ids.contains(hit.documentId))
                ids << hit.documentId;
        }
        return ids;
    }

    QString questionOfVragen() {
        const auto hits =
            m_index->search(SearchQuery::parse(QStringLiteral("meestijgen")).value(), 0, 100);
        for (const SearchHit &hit : hits.value()) {
            if (hit.part == SearchEntry::Part::Question)
                return hit.questionId;
        }
        return {};
    }

    // A write of the index that is not logged: what a build from before the log would do.
    void writeWithoutLog(const QString &sql) {
        const QString name = QStringLiteral("unlogged-writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        QSqlDatabase::removeDatabase(name);
    }

    int logRows() {
        QSqlQuery q(m_index->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM change_log"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init() {
        m_lib = std::make_unique<TempLibrary>(false);
        LibraryStore &store = m_lib->library->store();
        QVERIFY(store.apply(record(
            QStringLiteral("commissie"), kCommissie,
            {{QStringLiteral("naamNl"), QStringLiteral("vaste commissie voor Digitale Zaken")},
             {QStringLiteral("afkorting"), QStringLiteral("DiZa")}})));
        applyDocument(kNota, QStringLiteral("Nota naar aanleiding van het verslag"),
                      QStringLiteral("Regels over de cyberbeveiliging van netwerken"),
                      QStringLiteral("2024-03-12"));
        applyDocument(kMotie, QStringLiteral("Motie"),
                      QStringLiteral("Motie over de stikstofuitstoot van de luchtvaart"),
                      QStringLiteral("2023-05-01"));
        applyDocument(kBrief, QStringLiteral("Brief regering"),
                      QStringLiteral("Zorgkosten in de regio"), QStringLiteral("2024-08-01"));
        applyDocument(kTitel, QStringLiteral("Brief regering"),
                      QStringLiteral("Stikstof en natuur"), QStringLiteral("2022-01-10"));
        applyDocument(kVragen, QStringLiteral("Schriftelijke vragen"),
                      QStringLiteral("Vragen over de ontkoppeling van ontwikkelingshulp"),
                      QStringLiteral("2024-11-19"));
        QVERIFY(store.apply(record(
            QStringLiteral("documentActor"), guid(30),
            {{QStringLiteral("actorNaam"), QStringLiteral("vaste commissie voor Digitale Zaken")}},
            {{QStringLiteral("document"), kNota}, {QStringLiteral("commissie"), kCommissie}})));
        QVERIFY(store.rebuildDerived().ok());
        FileStore &files = m_lib->library->files();
        QVERIFY(files.store(kNota, letter(QStringLiteral("De regering over stikstof."))).ok());
        QVERIFY(files.store(kBrief, letter(QStringLiteral("Terloops: stikstof."))).ok());
        QVERIFY(files.store(kVragen, readFixture(QStringLiteral("kv-tk-2024Z18792.txt"))).ok());

        auto index = FullTextIndex::open(path());
        QVERIFY2(index.ok(), qPrintable(index.error()));
        m_index = std::move(index).value();
        const DataDirectory &dir = m_lib->library->dataDirectory();
        QVERIFY(m_index->attach(dir.libraryDatabasePath(), dir.notesDatabasePath()).ok());
        SearchIndexer indexer(*m_lib->library, *m_index);
        QVERIFY(indexer.refresh().ok());
        // The window's facet index, built once.
        QVERIFY(SearchFacetCache::ensure(path()));
        QCOMPARE(SearchFacetCache::counts(path()).builds, 1);
    }

    void cleanup() {
        SearchFacetCache::clear();
        m_index.reset();
        m_lib.reset();
    }

    // Every kind of write, indexed by overleg-cli: followed from the log, never built again.
    void followsEveryKindOfWrite() {
        const SearchFacetCache::Counts before = SearchFacetCache::counts(path());
        NotesBackend &notes = m_lib->library->notes();
        const QString unit = questionOfVragen();
        QVERIFY(!unit.isEmpty());
        // A note with a status and a tag.
        QVERIFY(notes
                    .annotate(kVragen, unit, QString(), QStringLiteral("partial"),
                              {QStringLiteral("later")}, QStringLiteral("Bel de griffie"))
                    .ok());
        indexInOtherProcesses();
        compareAll();
        QCOMPARE(documents(QStringLiteral("griffie")), QStringList{kVragen});
        // Another tag and status, then a renamed tag.
        QVERIFY(notes
                    .annotate(kVragen, unit, QString(), QStringLiteral("answered"),
                              {QStringLiteral("later"), QStringLiteral("bellen")},
                              QStringLiteral("Gebeld"))
                    .ok());
        indexInOtherProcesses();
        compareAll();
        QVERIFY(notes.renameTag(QStringLiteral("later"), QStringLiteral("navragen")).ok());
        indexInOtherProcesses();
        compareAll();
        // A metadata edit (soort, year, title).
        applyDocument(kMotie, QStringLiteral("Brief regering"),
                      QStringLiteral("Brief over de stikstofuitstoot"),
                      QStringLiteral("2021-05-01"), QStringLiteral("2026-11-02T09:00:00Z"));
        indexInOtherProcesses();
        compareAll();
        QVERIFY(!documents(QStringLiteral("luchtvaart")).contains(kMotie));
        // A new version of a file.
        QVERIFY(m_lib->library->files()
                    .store(kNota, "Nota, nieuwe versie: postkwantumcryptografie.\n")
                    .ok());
        indexInOtherProcesses();
        compareAll();
        // A deletion: no stale hit.
        EntityRecord gone = record(QStringLiteral("document"), kTitel, {});
        gone.deleted = true;
        QVERIFY(m_lib->library->store().apply(gone));
        indexInOtherProcesses();
        compareAll();
        QVERIFY(!documents(QStringLiteral("natuur")).contains(kTitel));
        // A new document with a text and a soort the index had not seen, indexed by two
        // processes at once (one waits for the other's write lock; both log what they wrote).
        applyDocument(guid(90), QStringLiteral("Amendement"),
                      QStringLiteral("Amendement over stikstof en zorg"),
                      QStringLiteral("2025-02-03"));
        QVERIFY(m_lib->library->files().store(guid(90), letter(QStringLiteral("Stikstof."))).ok());
        indexInOtherProcesses(2);
        compareAll();
        QCOMPARE(documents(QStringLiteral("soort:amendement")), QStringList{guid(90)});

        const SearchFacetCache::Counts after = SearchFacetCache::counts(path());
        QCOMPARE(after.builds, before.builds); // every write followed, none built in full
        QVERIFY(after.updates >= 7);
    }

    // What the log cannot chain is built in full, exactly once; then it follows again.
    void brokenChainBuildsOnce() {
        NotesBackend &notes = m_lib->library->notes();
        const QString unit = questionOfVragen();
        int builds = SearchFacetCache::counts(path()).builds;
        // A large write: logged without its documents.
        QVERIFY(notes
                    .annotate(kVragen, unit, QString(), QStringLiteral("open"), {},
                              QStringLiteral("Eén"))
                    .ok());
        indexInOtherProcesses();
        writeWithoutLog(QStringLiteral("UPDATE change_log SET docs = NULL WHERE seq = (SELECT "
                                       "max(seq) FROM change_log)"));
        compareAll();
        QCOMPARE(SearchFacetCache::counts(path()).builds, ++builds);
        // A log trimmed past the index's generation (a window further behind than the rows
        // kept).
        QVERIFY(notes
                    .annotate(kVragen, unit, QString(), QStringLiteral("partial"), {},
                              QStringLiteral("Twee"))
                    .ok());
        indexInOtherProcesses();
        writeWithoutLog(QStringLiteral("DELETE FROM change_log"));
        compareAll();
        QCOMPARE(SearchFacetCache::counts(path()).builds, ++builds);
        // A file from before the log: the table is made when it is opened; a write without the
        // log (a build from before it) is built in full, the next logged one followed.
        writeWithoutLog(QStringLiteral("DROP TABLE change_log"));
        QCOMPARE(logRows(), -1);
        QVERIFY(FullTextIndex::open(path()).ok());
        QCOMPARE(logRows(), 0);
        writeWithoutLog(QStringLiteral("DELETE FROM entry WHERE id = (SELECT max(id) FROM entry "
                                       "WHERE part = 3)"));
        compareAll();
        QCOMPARE(SearchFacetCache::counts(path()).builds, ++builds);
        QVERIFY(notes
                    .annotate(kVragen, unit, QString(), QStringLiteral("open"), {},
                              QStringLiteral("Drie"))
                    .ok());
        indexInOtherProcesses();
        compareAll();
        QCOMPARE(SearchFacetCache::counts(path()).builds, builds);
        QVERIFY(logRows() > 0);
    }

    // The log keeps its last rows only, and names a large write's documents not at all.
    void logIsTrimmed() {
        const QSqlDatabase db = m_index->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        for (int i = 0; i < SearchChangeLog::kKeptRows + 2 * SearchChangeLog::kTrimEvery; ++i) {
            QVERIFY(SearchChangeLog::append(db, QByteArray::number(i), QByteArray::number(i + 1),
                                            {qint64(i), qint64(i + 7)}));
        }
        std::vector<qint64> many(SearchChangeLog::kMostDocuments + 1);
        for (size_t i = 0; i < many.size(); ++i)
            many[i] = qint64(i);
        const int last = int(SearchChangeLog::kKeptRows + 2 * SearchChangeLog::kTrimEvery);
        QVERIFY(SearchChangeLog::append(db, QByteArray::number(last), "end", many));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QVERIFY(logRows() >= int(SearchChangeLog::kKeptRows));
        QVERIFY(logRows() < int(SearchChangeLog::kKeptRows + SearchChangeLog::kTrimEvery));
        // The rows kept chain, the trimmed ones do not; a large write breaks the chain.
        const auto kept = SearchChangeLog::changedBetween(db, QByteArray::number(last - 3),
                                                          QByteArray::number(last));
        QVERIFY(kept.has_value());
        const std::vector<qint64> expected = {last - 3, last - 2, last - 1,
                                              last + 4, last + 5, last + 6};
        QCOMPARE(*kept, expected);
        QVERIFY(!SearchChangeLog::changedBetween(db, "3", QByteArray::number(last)).has_value());
        QVERIFY(!SearchChangeLog::changedBetween(db, QByteArray::number(last), "end").has_value());
    }
};

QTEST_GUILESS_MAIN(TestSearchOtherProcess)
#include "test_searchotherprocess.moc"
