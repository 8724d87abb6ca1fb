// Benchmark: sync ingest rate end to end, from a local SyncFeed server (tests/support/FeedServer,
// in its own thread) through HTTP, the Atom parser and the store into SQLite, and the state
// memory it takes. A generated feed of 200,000 entities in the mix a real sync sees (documents,
// their actors, zaken, persons), 250 per page as the Kamer serves them.
//
//   bench_sync [--entities N] [--keep DIR]   (--keep: the data directory stays in DIR, to study)

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
void generate(FeedServer &server, int total) {
    const QDateTime start(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < total; ++i) {
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
                                         "over onderwerp %2</titel><onderwerp>Vragen van het lid "
                                         "over de uitvoering van beleid nummer %2</onderwerp>"
                                         "<datum>2024-03-01T00:00:00</datum><vergaderjaar>"
                                         "2023-2024</vergaderjaar><kamer>2</kamer>")
                              .arg(guid(2, n * 2))
                              .arg(d)),
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

    QThread serverThread;
    auto *server = new FeedServer;
    QElapsedTimer clock;
    clock.start();
    generate(*server, total);
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
    SyncOptions options;
    options.feedUrl = server->baseUrl();
    options.downloadFiles = false;
    QNetworkAccessManager network;
    SyncEngine engine(*library.value(), &network, options);
    SyncSummary summary;
    qint64 metadataMs = 0;
    QObject::connect(&engine, &SyncEngine::phaseChanged, [&](SyncPhase phase) {
        if (phase == SyncPhase::Navigation)
            metadataMs = clock.elapsed();
    });
    QObject::connect(&engine, &SyncEngine::finished, [&](const SyncSummary &result) {
        summary = result;
        app.quit();
    });
    clock.restart();
    engine.start();
    app.exec();
    const qint64 totalMs = clock.elapsed();

    std::printf("synced %lld entities in %lld pages: %lld ms to store them, %lld ms with the "
                "navigation rebuild\n",
                summary.entities, summary.pages, metadataMs, totalMs);
    std::printf("ingest rate: %.0f entities/s (store), %.0f entities/s (end to end)\n",
                summary.entities * 1000.0 / std::max<qint64>(metadataMs, 1),
                summary.entities * 1000.0 / std::max<qint64>(totalMs, 1));
    std::printf("peak RSS: %ld MiB, of which the generated feed held by the server: %ld MiB\n",
                residentKiB() / 1024, rssBefore / 1024);
    std::printf("library database: %lld MiB\n",
                QFileInfo(library.value()->libraryDatabase().path()).size() / (1024 * 1024));
    QMetaObject::invokeMethod(
        server, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return summary.ok() && summary.entities == total ? 0 : 1;
}
