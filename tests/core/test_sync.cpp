// The SyncFeed client against a real HTTP server (tests/support/FeedServer) that speaks the
// protocol from the bundled sample feed: full and incremental syncs, deletions, a start date,
// files, every fault the server can inject, and a sync killed mid-way and resumed.

#include "FeedServer.h"
#include "SyncRun.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "library/FileStore.h"
#include "library/Library.h"
#include "store/FollowStore.h"
#include "store/LibraryStore.h"
#include "sync/BackgroundSync.h"
#include "sync/FeedEndpoint.h"
#include "sync/PageWriter.h"
#include "sync/StartTokenFinder.h"
#include "sync/SyncEngine.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace overleg;
using namespace overleg::test;

namespace {

QString sampleDirectory() {
    return QStringLiteral(OVERLEG_SOURCE_DIR "/resources/sample");
}

} // namespace

class TestSync : public QObject {
    Q_OBJECT

private:
    // A clean, fault-free sync of the sample feed, to compare the others against.
    QStringList cleanSnapshot(bool withFiles, const QStringList &follows = {}) {
        FeedServer server;
        server.loadFeedDirectory(sampleDirectory());
        server.setPageSize(7);
        if (!server.listen())
            qFatal("cannot listen");
        TempLibrary lib(false);
        for (const QString &f : follows) {
            const auto follow = FollowStore::parse(f);
            FollowStore(lib->notesDatabase()).follow(follow.kind, follow.key);
        }
        SyncOptions options;
        options.downloadFiles = withFiles;
        const SyncSummary summary = runSync(*lib.library, server.baseUrl(), options);
        if (!summary.ok())
            qFatal("clean sync failed: %s", qPrintable(summary.errors.join(u'\n')));
        return storeSnapshot(lib->libraryDatabase(), withFiles);
    }

private Q_SLOTS:
    void endpointBuildsOnlySafeAddresses() {
        const FeedEndpoint endpoint(QStringLiteral("http://127.0.0.1:8080/SyncFeed/2.0/Feed"));
        QVERIFY(endpoint.isValid());
        QCOMPARE(endpoint.feedUrl(QStringLiteral("Document"), 42).toString(),
                 QStringLiteral("http://127.0.0.1:8080/SyncFeed/2.0/Feed?category=Document&"
                                "skiptoken=42"));
        QCOMPARE(
            endpoint.resourceUrl(QStringLiteral("61f8ecaf-5def-57e9-82ec-2f0bb4918c28")).toString(),
            QStringLiteral("http://127.0.0.1:8080/SyncFeed/2.0/Resources/"
                           "61f8ecaf-5def-57e9-82ec-2f0bb4918c28"));
        QVERIFY(!endpoint.resourceUrl(QStringLiteral("../../etc/passwd")).isValid());
        QVERIFY(!endpoint.resourceUrl(QStringLiteral("61f8ecaf-5def-57e9-82ec-2f0bb4918c28/../x"))
                     .isValid());
        QVERIFY(!FeedEndpoint(QStringLiteral("file:///etc/")).isValid());
        QVERIFY(FeedEndpoint().isValid());
        QVERIFY(FeedEndpoint().base().toString().startsWith(
            QStringLiteral("https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/")));
    }

    // The sync and the bundled sample come through the same store code: a full sync of the
    // sample feed must give exactly the store the sample library gives.
    void fullSyncEqualsTheSampleLibrary() {
        FeedServer server;
        const int entities = server.loadFeedDirectory(sampleDirectory());
        QVERIFY(entities > 200);
        server.setPageSize(7);
        server.setResponseDelay(15);
        QVERIFY(server.listen());

        TempLibrary synced(false);
        QVERIFY(FollowStore(synced->notesDatabase())
                    .follow(QStringLiteral("commissie"), QStringLiteral("OCW")));
        const SyncSummary summary = runSync(*synced.library, server.baseUrl());
        QVERIFY2(summary.ok(), qPrintable(summary.errors.join(u'\n')));
        QCOMPARE(summary.entities, qint64(entities));
        QCOMPARE(summary.deleted, 0);
        QVERIFY(summary.pages >= entities / 7);
        QVERIFY(summary.files > 0);
        QCOMPARE(summary.fileFailures, 0);

        TempLibrary sample(true);
        QCOMPARE(storeSnapshot(synced->libraryDatabase(), false),
                 storeSnapshot(sample->libraryDatabase(), false));

        // Files: only those of the followed commissie, byte-identical to the sample's.
        QSqlQuery q = synced->libraryDatabase().run(
            QStringLiteral("SELECT f.document_id, f.sha256 FROM document_file f"));
        int files = 0;
        while (q.next()) {
            ++files;
            QFile original(sampleDirectory() + QStringLiteral("/files/") + q.value(0).toString());
            QVERIFY(original.open(QIODevice::ReadOnly));
            QCOMPARE(q.value(1).toString(), FileStore::sha256Of(original.readAll()));
        }
        QCOMPARE(files, summary.files);
        QVERIFY(files < sample->store().count(QStringLiteral("document_file")));
        QSqlQuery outside = synced->libraryDatabase().run(QStringLiteral(
            "SELECT count(*) FROM document_file f WHERE f.document_id NOT IN (SELECT "
            "m.document_id FROM nav_membership_ids m JOIN commissie c ON c.id = m.node_id WHERE "
            "c.afkorting = 'OCW')"));
        QVERIFY(outside.next());
        QCOMPARE(outside.value(0).toInt(), 0);

        // Polite: never more than two requests at once, and it says who it is.
        QVERIFY(server.maxConcurrent() >= 1);
        QVERIFY2(server.maxConcurrent() <= 2, qPrintable(QString::number(server.maxConcurrent())));
        QVERIFY(server.lastUserAgent().startsWith("Overleg/"));
        QVERIFY(synced->store().lastSync().isValid());

        // A second sync asks each category once, from where it stopped, and changes nothing.
        const int before = server.requestCount();
        const QStringList snapshot = storeSnapshot(synced->libraryDatabase());
        const SyncSummary again = runSync(*synced.library, server.baseUrl());
        QVERIFY(again.ok());
        QCOMPARE(again.entities, 0);
        QCOMPARE(again.files, 0);
        QCOMPARE(server.requestCount() - before, int(syncCategories().size()));
        const int sampleCategories =
            int(QDir(sampleDirectory() + QStringLiteral("/feed")).entryList(QDir::Files).size());
        QCOMPARE(server.requestLog().mid(before).filter(QStringLiteral("skiptoken=")).size(),
                 sampleCategories);
        QCOMPARE(storeSnapshot(synced->libraryDatabase()), snapshot);
    }

    void incrementalSyncAppliesChangesAndDeletions() {
        FeedServer server;
        server.loadFeedDirectory(sampleDirectory());
        server.setPageSize(7);
        QVERIFY(server.listen());
        TempLibrary lib(false);
        QVERIFY(runSync(*lib.library, server.baseUrl()).ok());
        Database &db = lib->libraryDatabase();

        // The Verslag SO of 29 338: retitled; one Kamervragen document deleted; a new zaak.
        const QString verslag = QStringLiteral("61f8ecaf-5def-57e9-82ec-2f0bb4918c28");
        QString deletedId;
        {
            QSqlQuery linksBefore =
                db.run(QStringLiteral("SELECT count(*) FROM link WHERE van=? OR naar=?"),
                       {verslag, verslag});
            QVERIFY(linksBefore.next());
            QVERIFY(linksBefore.value(0).toInt() > 0);
            QSqlQuery victim = db.run(QStringLiteral("SELECT id FROM document WHERE id <> ? AND "
                                                     "id IN (SELECT van FROM link) LIMIT 1"),
                                      {verslag});
            QVERIFY(victim.next());
            deletedId = victim.value(0).toString();
        } // no statement may stay open on the connection the sync writes with

        server.addEntity(QStringLiteral("Document"), verslag,
                         entityXml(QStringLiteral("document"), verslag,
                                   QStringLiteral("<soort>Verslag van een schriftelijk overleg"
                                                  "</soort><titel>Wetenschapsbudget (herzien)"
                                                  "</titel><datum>2025-01-16T00:00:00</datum>")));
        server.addEntity(QStringLiteral("Document"), deletedId,
                         entityXml(QStringLiteral("document"), deletedId, {}, true));
        const QString zaak = QStringLiteral("0b7c3f3e-1111-4a4a-9c9c-123456789abc");
        server.addEntity(QStringLiteral("Zaak"), zaak,
                         entityXml(QStringLiteral("zaak"), zaak,
                                   QStringLiteral("<nummer>2026Z99999</nummer><soort>"
                                                  "Schriftelijke vragen</soort>")));

        const int requestsBefore = server.requestCount();
        const SyncSummary summary = runSync(*lib.library, server.baseUrl());
        QVERIFY(summary.ok());
        QCOMPARE(summary.entities, 2);
        QCOMPARE(summary.deleted, 1);
        // Only the tail was read: one page with news plus the empty page, per changed category.
        QVERIFY(server.requestCount() - requestsBefore <= int(syncCategories().size()) + 2);

        QSqlQuery titel =
            db.run(QStringLiteral("SELECT titel FROM document WHERE id=?"), {verslag});
        QVERIFY(titel.next());
        QCOMPARE(titel.value(0).toString(), QStringLiteral("Wetenschapsbudget (herzien)"));
        QSqlQuery gone =
            db.run(QStringLiteral("SELECT count(*) FROM document WHERE id=?"), {deletedId});
        QVERIFY(gone.next());
        QCOMPARE(gone.value(0).toInt(), 0);
        QSqlQuery links = db.run(QStringLiteral("SELECT count(*) FROM link WHERE van=? OR naar=?"),
                                 {deletedId, deletedId});
        QVERIFY(links.next());
        QCOMPARE(links.value(0).toInt(), 0);
        QSqlQuery nav = db.run(QStringLiteral("SELECT count(*) FROM nav_membership WHERE doc NOT "
                                              "IN (SELECT rowid FROM document)"));
        QVERIFY(nav.next());
        QCOMPARE(nav.value(0).toInt(), 0);
        QCOMPARE(lib->store().count(QStringLiteral("zaak")),
                 TempLibrary(true)->store().count(QStringLiteral("zaak")) + 1);
    }

    void everyFaultIsRetriedAndLeavesTheSameStore_data() {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("where");
        QTest::newRow("http 500") << int(FeedServer::Fault::Http500)
                                  << QStringLiteral("category=Document");
        QTest::newRow("stall") << int(FeedServer::Fault::Stall) << QStringLiteral("category=Zaak");
        QTest::newRow("truncated xml")
            << int(FeedServer::Fault::TruncatedXml) << QStringLiteral("category=Persoon&skiptoken");
        QTest::newRow("wrong content type") << int(FeedServer::Fault::WrongContentType)
                                            << QStringLiteral("category=Document&skiptoken");
        QTest::newRow("wrong content length") << int(FeedServer::Fault::WrongContentLength)
                                              << QStringLiteral("category=DocumentActor");
        QTest::newRow("duplicate page") << int(FeedServer::Fault::DuplicatePage)
                                        << QStringLiteral("category=Document&skiptoken");
        QTest::newRow("resource 500")
            << int(FeedServer::Fault::Http500) << QStringLiteral("/Resources/");
        QTest::newRow("resource short")
            << int(FeedServer::Fault::WrongContentLength) << QStringLiteral("/Resources/");
        QTest::newRow("resource stall")
            << int(FeedServer::Fault::Stall) << QStringLiteral("/Resources/");
    }

    void everyFaultIsRetriedAndLeavesTheSameStore() {
        QFETCH(int, fault);
        QFETCH(QString, where);
        static const QStringList follows{QStringLiteral("dossier:29338")};
        static const QStringList clean = cleanSnapshot(true, follows);

        FeedServer server;
        server.loadFeedDirectory(sampleDirectory());
        server.setPageSize(7);
        server.injectFault(FeedServer::Fault(fault), 2, where);
        QVERIFY(server.listen());
        TempLibrary lib(false);
        QVERIFY(followSampleDossier(lib->notesDatabase()));
        const SyncSummary summary = runSync(*lib.library, server.baseUrl());
        QVERIFY2(summary.ok(), qPrintable(summary.errors.join(u'\n')));
        QCOMPARE(server.faultsServed(), 2);
        QVERIFY(summary.retries >= 2);
        QCOMPARE(summary.fileFailures, 0);
        QCOMPARE(storeSnapshot(lib->libraryDatabase()), clean);
    }

    // A category that keeps failing is reported, the others still sync, and the next sync
    // completes it: nothing lost, nothing doubled.
    void aPersistentFailureIsReportedAndTheNextSyncCompletes() {
        FeedServer server;
        server.loadFeedDirectory(sampleDirectory());
        server.setPageSize(7);
        server.injectFault(FeedServer::Fault::Http500, 1000,
                           QStringLiteral("category=DocumentActor&skiptoken"));
        QVERIFY(server.listen());
        TempLibrary lib(false);
        const SyncSummary failed = runSync(*lib.library, server.baseUrl());
        QVERIFY(!failed.ok());
        QCOMPARE(failed.errors.size(), 1);
        QVERIFY2(failed.errors.first().startsWith(QLatin1String("DocumentActor: ")),
                 qPrintable(failed.errors.first()));
        QVERIFY(failed.errors.first().contains(QLatin1String("500")));
        QVERIFY(lib->store().count(QStringLiteral("documentActor")) > 0); // the first page
        QVERIFY(lib->store().count(QStringLiteral("document")) > 0);

        TempLibrary reference(true);
        FeedServer healthy;
        healthy.loadFeedDirectory(sampleDirectory());
        healthy.setPageSize(7);
        QVERIFY(healthy.listen());
        // Same tokens on both servers, so the resumed sync continues where the failing one stopped.
        const SyncSummary resumed = runSync(*lib.library, healthy.baseUrl());
        QVERIFY2(resumed.ok(), qPrintable(resumed.errors.join(u'\n')));
        QCOMPARE(storeSnapshot(lib->libraryDatabase(), false),
                 storeSnapshot(reference->libraryDatabase(), false));
    }

    void aStartDateSkipsHistoryByBisection() {
        FeedServer server;
        server.setPageSize(50);
        // 3,000 documents, one every day from 2018 on, in change order.
        const QDateTime first(QDate(2018, 1, 1), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < 3000; ++i) {
            const QString id =
                QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
            server.addEntity(QStringLiteral("Document"), id,
                             entityXml(QStringLiteral("document"), id,
                                       QStringLiteral("<soort>Brief regering</soort><titel>Brief %1"
                                                      "</titel>")
                                           .arg(i)),
                             first.addDays(i));
        }
        QVERIFY(server.listen());
        TempLibrary lib(false);
        SyncOptions options;
        options.categories = {QStringLiteral("Document")};
        options.since = QDate(2025, 1, 1);
        const SyncSummary summary = runSync(*lib.library, server.baseUrl(), options);
        QVERIFY2(summary.ok(), qPrintable(summary.errors.join(u'\n')));
        const int expectedFrom = int(first.date().daysTo(options.since)); // index of 2025-01-01
        const int wanted = 3000 - expectedFrom;
        // Everything from the date on, and at most the bisection's tolerance before it.
        QSqlQuery q = lib->libraryDatabase().run(QStringLiteral(
            "SELECT count(*), min(CAST(substr(titel, 7) AS INTEGER)) FROM document"));
        QVERIFY(q.next());
        QVERIFY2(q.value(1).toInt() <= expectedFrom, qPrintable(q.value(1).toString()));
        QVERIFY(q.value(0).toInt() >= wanted);
        QVERIFY2(q.value(0).toInt() <= wanted + StartTokenFinder::kTolerance,
                 qPrintable(q.value(0).toString()));
        QVERIFY2(summary.probes <= 20, qPrintable(QString::number(summary.probes)));
        qInfo("start date: %d probes, %lld of 3000 entities read", summary.probes,
              summary.entities);
    }

    void filesAreSniffedRetriedLaterAndNeverAPathFromTheFeed() {
        FeedServer server;
        server.loadFeedDirectory(sampleDirectory());
        server.setPageSize(50);
        // A document whose resource the Kamer lacks, and one whose "id" is an attempt at a path.
        const QString missing = QStringLiteral("11111111-2222-4333-8444-555555555555");
        const QString dossier = QStringLiteral("47e5b7c9-e891-5f17-abe4-8bb8aa8f95df"); // 29338
        server.addEntity(QStringLiteral("Document"), missing,
                         entityXml(QStringLiteral("document"), missing,
                                   QStringLiteral("<kamerstukdossier ref=\"%1\"/><soort>Brief "
                                                  "regering</soort><titel>Zonder bestand</titel>")
                                       .arg(dossier)),
                         {}, true);
        server.addEntity(
            QStringLiteral("Document"), QStringLiteral("../../evil"),
            entityXml(
                QStringLiteral("document"), QStringLiteral("../../evil"),
                QStringLiteral("<kamerstukdossier ref=\"%1\"/><titel>x</titel>").arg(dossier)),
            {}, true);
        QVERIFY(server.listen());
        TempLibrary lib(false);
        QVERIFY(followSampleDossier(lib->notesDatabase()));
        const SyncSummary first = runSync(*lib.library, server.baseUrl());
        QVERIFY(first.ok());             // a missing file is not a failed sync...
        QCOMPARE(first.fileFailures, 2); // ...but it is counted
        QVERIFY(first.files > 0);
        QCOMPARE(server.countRequests(QStringLiteral("evil")), 0);
        QVERIFY(lib->files().pathFor(missing).isEmpty());

        // The Kamer publishes the file (a DOCX, served as application/pdf): the next sync gets it
        // and sniffs its real type.
        server.addResource(missing, readFixture(QStringLiteral(
                                        "corpus/docx/2023Z14759_JenV_bijtincidenten-honden.docx")));
        const SyncSummary second = runSync(*lib.library, server.baseUrl());
        QCOMPARE(second.files, 1);
        QVERIFY(lib->files().pathFor(missing).endsWith(QLatin1String(".docx")));
        QSqlQuery mime = lib->libraryDatabase().run(
            QStringLiteral("SELECT mime FROM document_file WHERE document_id=?"), {missing});
        QVERIFY(mime.next());
        QVERIFY(mime.value(0).toString().contains(QLatin1String("wordprocessingml")));
        // No temporary files left behind.
        QDirIterator it(lib->dataDirectory().root(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!path.contains(QLatin1String(".tmp")) && !path.contains(QLatin1String("evil")),
                     qPrintable(path));
        }
    }

    // overleg-cli sync killed (SIGKILL) at several moments and run again: the store ends up
    // identical to a sync that was never interrupted.
    void aKilledSyncResumesToTheSameStore() {
        const QStringList clean = cleanSnapshot(true, {QStringLiteral("dossier:29338")});
        for (const int killAfter : {3, 11, 24, 40}) {
            FeedServer server;
            server.loadFeedDirectory(sampleDirectory());
            server.setPageSize(5);
            server.setResponseDelay(10);
            QVERIFY(server.listen());
            QTemporaryDir dir;
            const QStringList args = cliSyncArguments(dir.path(), server.baseUrl());
            QProcess first;
            first.start(QStringLiteral(OVERLEG_CLI_PATH), args);
            QVERIFY(first.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(
                server.requestCount() >= killAfter || first.state() == QProcess::NotRunning, 30000);
            first.kill();
            first.waitForFinished();
            const int requestsAtKill = server.requestCount();

            QProcess second;
            second.start(QStringLiteral(OVERLEG_CLI_PATH),
                         args + QStringList{QStringLiteral("--json")});
            QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 60000);
            QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
            const QJsonObject summary =
                QJsonDocument::fromJson(second.readAllStandardOutput()).object();
            QVERIFY(summary.value(QStringLiteral("errors")).toArray().isEmpty());

            auto reopened = Library::open(dir.path());
            QVERIFY(reopened);
            QCOMPARE(storeSnapshot(reopened.value()->libraryDatabase()), clean);
            QVERIFY(reopened.value()->libraryDatabase().checkIntegrity());
            qInfo("killed after %d requests (%d at kill), resumed with %d entities", killAfter,
                  requestsAtKill, summary.value(QStringLiteral("entities")).toInt());
        }
    }

    // Pages that queue up at the writer are stored in one transaction; a page that cannot be
    // stored (here a trigger refuses it, as a full disk would) must cost only its own category:
    // the pages of the others in the same batch are stored, and its later pages are dropped so
    // its skiptoken never passes a page that is missing.
    void aPageThatCannotBeStoredCostsOnlyItsCategory() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            auto db = Database::open(path, Database::Kind::Library);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            db->run(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON zaak WHEN new.nummer = "
                                   "'2026Z00001' BEGIN SELECT RAISE(ABORT, 'disk full "
                                   "(simulated)'); END"));
        }
        const auto entity = [](const QString &type, int n, const QString &nummer = {}) {
            EntityRecord r;
            r.type = type;
            r.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
            r.bijgewerkt = QStringLiteral("2026-11-20T10:00:00Z");
            if (!nummer.isEmpty())
                r.fields.insert(QStringLiteral("nummer"), nummer);
            return r;
        };
        PageWriter writer(path);
        writer.open();
        QSignalSpy written(&writer, &PageWriter::written);
        const QString document = QStringLiteral("Document");
        const QString zaak = QStringLiteral("Zaak");
        // Handed over at once, as a busy writer finds them: one flush, one batch.
        writer.write(document, {entity(QStringLiteral("document"), 1)}, 10);
        writer.write(zaak, {entity(QStringLiteral("zaak"), 2, QStringLiteral("2026Z00001"))}, 20);
        writer.write(document, {entity(QStringLiteral("document"), 3)}, 30);
        writer.write(zaak, {entity(QStringLiteral("zaak"), 4, QStringLiteral("2026Z00002"))}, 40);
        QTRY_COMPARE(written.size(), 4);
        const auto row = [&](int i) { return written.at(i); };
        QCOMPARE(row(0).at(0).toString(), document);
        QCOMPARE(row(0).at(2).toInt(), 1);
        QVERIFY(row(0).at(4).toString().isEmpty());
        QCOMPARE(row(1).at(0).toString(), zaak);
        QVERIFY2(row(1).at(4).toString().contains(QStringLiteral("disk full (simulated)")),
                 qPrintable(row(1).at(4).toString()));
        QCOMPARE(row(2).at(1).toLongLong(), 30);
        QVERIFY(row(2).at(4).toString().isEmpty());
        QCOMPARE(row(3).at(0).toString(), zaak);
        QVERIFY(!row(3).at(4).toString().isEmpty()); // dropped after the failure
        writer.close();

        auto db = Database::open(path, Database::Kind::Library);
        QVERIFY(db.ok());
        LibraryStore store(db.value());
        QCOMPARE(store.count(QStringLiteral("document")), 2);
        QCOMPARE(store.count(QStringLiteral("zaak")), 0);
        QCOMPARE(store.skiptoken(document), 30);
        QCOMPARE(store.skiptoken(zaak), -1);

        // A batch that stores: every page with its own skiptoken, the last one kept.
        PageWriter again(path);
        again.open();
        QSignalSpy storedAgain(&again, &PageWriter::written);
        for (int n = 0; n < 3; ++n)
            again.write(document, {entity(QStringLiteral("document"), 10 + n)}, 50 + n);
        QTRY_COMPARE(storedAgain.size(), 3);
        for (int n = 0; n < 3; ++n) {
            QCOMPARE(storedAgain.at(n).at(1).toLongLong(), 50 + n);
            QVERIFY(storedAgain.at(n).at(4).toString().isEmpty());
        }
        again.close();
        QCOMPARE(store.count(QStringLiteral("document")), 5);
        QCOMPARE(store.skiptoken(document), 52);
    }

    void theCliRejectsBadArguments() {
        QTemporaryDir dir;
        const auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(OVERLEG_CLI_PATH),
                    QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("sync")} +
                        args);
            p.waitForFinished(30000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        // A wrong command line is a usage error (exit 2), refused before anything is fetched.
        auto [code, err] = run({QStringLiteral("--feed"), QStringLiteral("ftp://x")});
        QCOMPARE(code, 2);
        QVERIFY(err.contains(QLatin1String("http")));
        std::tie(code, err) = run({QStringLiteral("--since"), QStringLiteral("gisteren")});
        QCOMPARE(code, 2);
        QVERIFY(err.contains(QLatin1String("YYYY-MM-DD")));
        std::tie(code, err) = run({QStringLiteral("--follow"), QStringLiteral("fractie:VVD")});
        QCOMPARE(code, 2);
        QVERIFY(err.contains(QLatin1String("commissie:ID")));
        // Nothing listens here: a clear message, exit 1, no crash.
        std::tie(code, err) = run({QStringLiteral("--feed"), QStringLiteral("http://127.0.0.1:9/"),
                                   QStringLiteral("--category"), QStringLiteral("Commissie"),
                                   QStringLiteral("--retries"), QStringLiteral("1"),
                                   QStringLiteral("--timeout"), QStringLiteral("2")});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QLatin1String("cannot be reached")), qPrintable(err));
    }

    // Servers that would never let a sync end, or would fill the memory: each request is cut
    // off by its size or its deadline while receiving, is not retried, and costs only its
    // category (or file); everything else is stored as a clean sync stores it.
    void hostileServersAreCutOff_data() {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("endless page")
            << int(FeedServer::Fault::EndlessBody) << QStringLiteral("category=Document&skiptoken")
            << QStringLiteral("feed page is larger than 1 MB");
        QTest::newRow("1 TiB content-length")
            << int(FeedServer::Fault::LyingLength) << QStringLiteral("category=Document&skiptoken")
            << QStringLiteral("feed page is larger than 1 MB");
        QTest::newRow("1 byte/s") << int(FeedServer::Fault::Trickle)
                                  << QStringLiteral("category=Document&skiptoken")
                                  << QStringLiteral("within 1.5 s");
        QTest::newRow("endless file")
            << int(FeedServer::Fault::EndlessBody) << QStringLiteral("/Resources/")
            << QStringLiteral("file is larger than 1 MB");
        QTest::newRow("file at 1 byte/s")
            << int(FeedServer::Fault::Trickle) << QStringLiteral("/Resources/")
            << QStringLiteral("within 1.5 s");
    }
    void hostileServersAreCutOff() {
        QFETCH(int, fault);
        QFETCH(QString, where);
        QFETCH(QString, message);
        FeedServer server;
        server.loadFeedDirectory(sampleDirectory());
        server.setPageSize(7);
        server.injectFault(FeedServer::Fault(fault), 1000, where);
        QVERIFY(server.listen());
        TempLibrary lib(false);
        QVERIFY(followSampleDossier(lib->notesDatabase()));
        SyncOptions options;
        options.feedUrl = server.baseUrl();
        options.policy = testPolicy();
        options.policy.timeoutMs = 30000; // idle time never fires: bytes keep coming
        options.policy.maxPageBytes = kMiB;
        options.policy.maxFileBytes = kMiB;
        options.policy.pageDeadlineMs = 1500;
        options.policy.fileDeadlineMs = 1500;
        QNetworkAccessManager network;
        SyncEngine engine(*lib.library, &network, options);
        QStringList fileErrors;
        connect(&engine, &SyncEngine::fileProgress, this,
                [&](int, int, const QString &, const QString &error) {
                    if (!error.isEmpty())
                        fileErrors << error;
                });
        QSignalSpy done(&engine, &SyncEngine::finished);
        QElapsedTimer clock;
        clock.start();
        engine.start();
        QVERIFY(done.wait(60000));
        const qint64 ms = clock.elapsed();
        const auto summary = done.first().first().value<SyncSummary>();
        qInfo("%s: %lld ms, %d faults served, %lld bytes streamed, errors: %s",
              QTest::currentDataTag(), ms, server.faultsServed(), server.bytesStreamed(),
              qPrintable((summary.errors + fileErrors).join(u'|')));
        QVERIFY2(ms < 20000, qPrintable(QString::number(ms)));
        QVERIFY(server.bytesStreamed() < 64 * kMiB);
        if (where.contains(QLatin1String("Resources"))) {
            // Every file fails once, without retries; the metadata is complete.
            QVERIFY2(summary.errors.isEmpty(), qPrintable(summary.errors.join(u'\n')));
            QVERIFY(summary.fileFailures > 0);
            QCOMPARE(summary.files, 0);
            QCOMPARE(server.faultsServed(), summary.fileFailures);
            QVERIFY2(fileErrors.first().contains(message), qPrintable(fileErrors.first()));
            QCOMPARE(storeSnapshot(lib->libraryDatabase(), false),
                     cleanSnapshot(false, {QStringLiteral("dossier:29338")}));
        } else {
            QCOMPARE(summary.errors.size(), 1);
            QVERIFY2(summary.errors.first().startsWith(QLatin1String("Document: ")) &&
                         summary.errors.first().contains(message),
                     qPrintable(summary.errors.first()));
            QCOMPARE(server.faultsServed(), 1);                          // not retried
            QVERIFY(lib->store().count(QStringLiteral("document")) > 0); // the first page
            QVERIFY(lib->store().count(QStringLiteral("zaak")) > 0);     // other categories
        }
    }

    // A feed that cannot be reached ends the sync in seconds with one message, with the default
    // policy (6 attempts, back-off from 1 s), not after minutes of retries per category.
    void anUnreachableServerStopsTheSyncAtOnce_data() {
        QTest::addColumn<QString>("feedUrl");
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost);
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now: connection refused
        QTest::newRow("connection refused")
            << QStringLiteral("http://127.0.0.1:%1/SyncFeed/2.0/").arg(port);
        QTest::newRow("host not found")
            << QStringLiteral("http://overleg-test.invalid/SyncFeed/2.0/");
    }
    void anUnreachableServerStopsTheSyncAtOnce() {
        QFETCH(QString, feedUrl);
        TempLibrary lib(false);
        SyncOptions options;
        options.feedUrl = feedUrl;
        QNetworkAccessManager network;
        SyncEngine engine(*lib.library, &network, options);
        QSignalSpy done(&engine, &SyncEngine::finished);
        QElapsedTimer clock;
        clock.start();
        engine.start();
        QVERIFY(done.wait(60000));
        const qint64 ms = clock.elapsed();
        const auto summary = done.first().first().value<SyncSummary>();
        qInfo("%s: %lld ms, %d retries: %s", QTest::currentDataTag(), ms, summary.retries,
              qPrintable(summary.errors.join(u'|')));
        QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
        QCOMPARE(summary.errors.size(), 1);
        QVERIFY2(summary.errors.first().contains(QLatin1String("cannot be reached")),
                 qPrintable(summary.errors.first()));
        QVERIFY(summary.retries <= kMaxUnreachableAttempts * 2);
        QCOMPARE(lib->store().count(QStringLiteral("commissie")), 0);
    }

    // The window's sync runs on a thread of its own, which builds its engine first: a cancel
    // given before that engine exists (at once after start) still stops the run, and one given
    // while it runs does too; the next start runs to the end.
    void aBackgroundSyncCancelledBeforeItsEngineExistsStops() {
        FeedServer server;
        server.loadFeedDirectory(sampleDirectory());
        server.setPageSize(7);
        QVERIFY(server.listen());
        TempLibrary lib(false);
        SyncOptions options;
        options.feedUrl = server.baseUrl();
        options.policy = testPolicy();
        options.downloadFiles = false;
        BackgroundSync sync;
        QSignalSpy done(&sync, &BackgroundSync::finished);
        for (int round = 0; round < 3; ++round) {
            sync.start(lib->dataDirectory().root(), options);
            QVERIFY(sync.isRunning());
            sync.cancel();
            QTRY_COMPARE_WITH_TIMEOUT(done.size(), round + 1, 20000);
            const auto summary = done.last().first().value<SyncSummary>();
            QVERIFY2(summary.cancelled, qPrintable(summary.errors.join(u'|')));
            QVERIFY(!sync.isRunning());
        }
        QSignalSpy progress(&sync, &BackgroundSync::categoryProgress);
        sync.start(lib->dataDirectory().root(), options);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 20000);
        sync.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 4, 20000);
        QVERIFY(done.last().first().value<SyncSummary>().cancelled);
        sync.start(lib->dataDirectory().root(), options);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 5, 60000);
        const auto full = done.last().first().value<SyncSummary>();
        QVERIFY2(full.ok(), qPrintable(full.errors.join(u'|')));
        QVERIFY(lib->store().count(QStringLiteral("commissie")) > 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
