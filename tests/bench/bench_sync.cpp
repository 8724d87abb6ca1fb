// Benchmark: sync ingest rate end to end, from a local SyncFeed server (tests/support/FeedServer,
// in its own thread) through HTTP, the Atom parser and the store into SQLite, and the state
// memory it takes. A generated feed of 200,000 entities in the mix a real sync sees (documents,
// their actors, zaken, persons), 250 per page as the Kamer serves them.
//
//   bench_sync [--entities N] [--changes M] [--keep DIR]   (--keep: the data directory stays)
//
// Then follow-up syncs of M changed entities each (default 5,000), as a daily sync brings:
// one with the library's change recording on (its triggers, then the incremental update of
// the derived tables) and one with it off (no triggers fire, then the full rebuild), so the
// cost of recording at ingest and the gain of the update are ratios from one run.

#include "FeedServer.h"
#include "SyncTestSupport.h"

#include "entities/SyncFeedReader.h"
#include "library/Library.h"
#include "store/LibraryStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace overleg;
using namespace overleg::test;

namespace {

QString guid(int kind, int n) {
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg(kind, 8, 10, QLatin1Char('0'))
        .arg(n, 12, 10, QLatin1Char('0'));
}

long residentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// Of every 10 entities: 3 documents, 3 document actors, 2 zaken, 1 zaak actor, 1 person.
// Entities [from, to); a later `round` dates them later and words the document titles anew,
// so they reach the library as changes.
void generate(FeedServer &server, int from, int to, int round = 0) {
    const QDateTime start = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC).addDays(round * 30);
    const QString titleWord = round == 0 ? QStringLiteral("onderwerp")
                                         : QStringLiteral("herzien onderwerp %1").arg(round);
    for (int i = from; i < to; ++i) {
        const int slot = i % 10;
        const int n = i / 10;
        const QDateTime updated = start.addSecs(i * 60);
        if (slot < 3) {
            const int d = n * 3 + slot;
            server.addEntity(
                QStringLiteral("Document"), guid(1, d),
                entityXml(QStringLiteral("document"), guid(1, d),
                          QStringLiteral("<zaak ref=\"%1\"/><soort>Schriftelijke vragen</soort>"
                                         "<documentNummer>2024D%2</documentNummer><titel>Vragen "
                                         "over %3 %2</titel><onderwerp>Vragen van het lid "
                                         "over de uitvoering van beleid nummer %2</onderwerp>"
                                         "<datum>2024-03-01T00:00:00</datum><vergaderjaar>"
                                         "2023-2024</vergaderjaar><kamer>2</kamer>")
                              .arg(guid(2, n * 2))
                              .arg(d)
                              .arg(titleWord)),
                updated, true);
        } else if (slot < 6) {
            const int d = n * 3 + slot - 3;
            server.addEntity(QStringLiteral("DocumentActor"), guid(3, d),
                             entityXml(QStringLiteral("documentActor"), guid(3, d),
                                       QStringLiteral("<document ref=\"%1\"/><persoon ref=\"%2\"/>"
                                                      "<actorNaam>Lid %3</actorNaam><actorFractie>"
                                                      "Fractie</actorFractie><relatie>Ondertekenaar"
                                                      "</relatie>")
                                           .arg(guid(1, d), guid(5, n % 5000))
                                           .arg(n % 5000)),
                             updated);
        } else if (slot < 8) {
            const int z = n * 2 + slot - 6;
            server.addEntity(QStringLiteral("Zaak"), guid(2, z),
                             entityXml(QStringLiteral("zaak"), guid(2, z),
                                       QStringLiteral("<nummer>2024Z%1</nummer><soort>"
                                                      "Schriftelijke vragen</soort><titel>Zaak %1"
                                                      "</titel><afgedaan>false</afgedaan>")
                                           .arg(z)),
                             updated);
        } else if (slot == 8) {
            server.addEntity(QStringLiteral("ZaakActor"), guid(4, n),
                             entityXml(QStringLiteral("zaakActor"), guid(4, n),
                                       QStringLiteral("<zaak ref=\"%1\"/><actorNaam>Minister"
                                                      "</actorNaam><relatie>Gericht aan</relatie>")
                                           .arg(guid(2, n * 2))),
                             updated);
        } else {
            server.addEntity(QStringLiteral("Persoon"), guid(5, n),
                             entityXml(QStringLiteral("persoon"), guid(5, n),
                                       QStringLiteral("<nummer>%1</nummer><initialen>A.B."
                                                      "</initialen><achternaam>Lid %1</achternaam>"
                                                      "<roepnaam>Anne</roepnaam>")
                                           .arg(n)),
                             updated);
        }
    }
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    int total = 200000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--entities"));
        i > 0 && i + 1 < args.size())
        total = args.at(i + 1).toInt();
    int changes = 5000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--changes")); i > 0 && i + 1 < args.size())
        changes = std::min(args.at(i + 1).toInt(), total / 3);

    QThread serverThread;
    auto *server = new FeedServer;
    QElapsedTimer clock;
    clock.start();
    generate(*server, 0, total);
    server->setPageSize(250);
    std::printf("generated %d entities in %lld ms\n", total, clock.elapsed());

    server->moveToThread(&serverThread);
    serverThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        server, [&] { listening = server->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening)
        return 1;
    // The parser alone, one thread, on the pages the server serves (it idles meanwhile): in the
    // sync it runs beside the writer on the same two cores, so its cost shows in the rate.
    {
        qint64 parsed = 0, parseNs = 0;
        QElapsedTimer parseClock;
        for (const QString &category :
             {QStringLiteral("Document"), QStringLiteral("DocumentActor"), QStringLiteral("Zaak"),
              QStringLiteral("ZaakActor"), QStringLiteral("Persoon")}) {
            qint64 token = -1;
            for (;;) {
                const QByteArray page = server->feedPage(category, token);
                parseClock.start();
                QList<EntityRecord> records;
                const auto read = SyncFeedReader::read(
                    page, [&](FeedEntry &entry) { records.append(std::move(entry.entity)); });
                parseNs += parseClock.nsecsElapsed();
                if (read.entries == 0)
                    break;
                parsed += read.entries;
                token = SyncFeedReader::skiptokenOf(read.lastNextHref);
            }
        }
        std::printf("parser alone: %lld entities in %.0f ms, %.0f entities/s\n", parsed,
                    parseNs / 1e6, parsed * 1e9 / std::max<qint64>(parseNs, 1));
    }
    const long rssBefore = residentKiB();

    const qsizetype keep = args.indexOf(QStringLiteral("--keep"));
    QTemporaryDir dir(keep > 0 && keep + 1 < args.size()
                          ? args.at(keep + 1) + QStringLiteral("/sync-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/bench_sync-XXXXXX"));
    dir.setAutoRemove(keep < 0);
    if (keep > 0)
        std::printf("data directory: %s\n", qPrintable(dir.path()));
    auto library = Library::open(dir.path());
    if (!library)
        return 1;
    QNetworkAccessManager network;
    // One sync from where the library stands: entities stored, ms to store them, ms in all.
    struct Run {
        SyncSummary summary;
        qint64 storeMs = 0;
        qint64 totalMs = 0;
    };
    const auto sync = [&] {
        SyncOptions options;
        options.feedUrl = server->baseUrl();
        options.downloadFiles = false;
        SyncEngine engine(*library.value(), &network, options);
        Run run;
        QElapsedTimer runClock;
        QObject::connect(&engine, &SyncEngine::phaseChanged, [&](SyncPhase phase) {
            if (phase == SyncPhase::Navigation)
                run.storeMs = runClock.elapsed();
        });
        QObject::connect(&engine, &SyncEngine::finished, [&](const SyncSummary &result) {
            run.summary = result;
            app.quit();
        });
        runClock.start();
        engine.start();
        app.exec();
        run.totalMs = runClock.elapsed();
        return run;
    };
    const Run first = sync();
    const SyncSummary &summary = first.summary;
    const qint64 metadataMs = first.storeMs, totalMs = first.totalMs;

    std::printf("synced %lld entities in %lld pages: %lld ms to store them, %lld ms with the "
                "navigation rebuild\n",
                summary.entities, summary.pages, metadataMs, totalMs);
    std::printf("ingest rate: %.0f entities/s (store), %.0f entities/s (end to end)\n",
                summary.entities * 1000.0 / std::max<qint64>(metadataMs, 1),
                summary.entities * 1000.0 / std::max<qint64>(totalMs, 1));

    // The follow-up syncs of M changed entities each: with recording off ('#derived-full' makes
    // every trigger a no-op and the update a full rebuild), then on.
    const auto changeRound = [&](int from, int to, int round) {
        QMetaObject::invokeMethod(
            server, [&] { generate(*server, from, to, round); }, Qt::BlockingQueuedConnection);
        return sync();
    };
    // The first of them also pays for writing back what the first sync left in the WAL (about
    // three times the store time), so it is measured but compared with nothing.
    const Run warmUp = changeRound(0, changes, 1);
    library.value()->libraryDatabase().run(QStringLiteral(
        "INSERT OR REPLACE INTO sync_state (category, skiptoken) VALUES ('#derived-full', 1)"));
    const Run unrecorded = changeRound(changes, 2 * changes, 2);
    const Run recorded = changeRound(2 * changes, 3 * changes, 3);
    const auto report = [](const char *label, const Run &run) {
        std::printf("%s: %lld entities, %lld ms to store them (%.0f entities/s), then %lld ms "
                    "for the derived tables\n",
                    label, run.summary.entities, run.storeMs,
                    run.summary.entities * 1000.0 / std::max<qint64>(run.storeMs, 1),
                    run.totalMs - run.storeMs);
    };
    report("changes, first round (recorded, warm-up)", warmUp);
    report("changes, recorded (incremental update)", recorded);
    report("changes, not recorded (full rebuild)  ", unrecorded);
    std::printf("recording at ingest: %.2fx the store time; incremental update: %.3fx the full "
                "rebuild\n",
                double(recorded.storeMs) / std::max<qint64>(unrecorded.storeMs, 1),
                double(recorded.totalMs - recorded.storeMs) /
                    std::max<qint64>(unrecorded.totalMs - unrecorded.storeMs, 1));
    std::printf("peak RSS: %ld MiB, of which the generated feed held by the server: %ld MiB\n",
                residentKiB() / 1024, rssBefore / 1024);
    std::printf("library database: %lld MiB\n",
                QFileInfo(library.value()->libraryDatabase().path()).size() / (1024 * 1024));
    QMetaObject::invokeMethod(
        server, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return summary.ok() && summary.entities == total && recorded.summary.ok() &&
                   unrecorded.summary.ok() && warmUp.summary.ok()
               ? 0
               : 1;
}
