#include "CliOutput.h"
#include "Commands.h"

#include "library/Library.h"
#include "store/FollowStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace overleg::cli {

namespace {

const char kSyncUsage[] = "usage: overleg-cli sync [--feed URL] [--since YYYY-MM-DD] [--follow "
                          "commissie:ID|dossier:NR]... "
                          "[--category C]... [--no-files] [--timeout SECONDS] [--retries N]";

QJsonObject summaryJson(const SyncSummary &s) {
    return {{QStringLiteral("entities"), s.entities},
            {QStringLiteral("deleted"), s.deleted},
            {QStringLiteral("pages"), s.pages},
            {QStringLiteral("files"), s.files},
            {QStringLiteral("file_failures"), s.fileFailures},
            {QStringLiteral("retries"), s.retries},
            {QStringLiteral("probes"), s.probes},
            {QStringLiteral("elapsed_ms"), s.elapsedMs},
            {QStringLiteral("errors"), QJsonArray::fromStringList(s.errors)}};
}

} // namespace

// overleg-cli sync: the metadata of every category from where the last sync stopped, then the
// files of the followed commissies and dossiers. Progress on stderr, the summary on stdout.
int runSync(const Invocation &inv) {
    SyncOptions options;
    QStringList follows;
    for (qsizetype i = 0; i < inv.args.size(); ++i) {
        const QString &arg = inv.args.at(i);
        const bool hasValue = i + 1 < inv.args.size();
        if (arg == QLatin1String("--feed") && hasValue) {
            options.feedUrl = inv.args.at(++i);
        } else if (arg == QLatin1String("--since") && hasValue) {
            options.since = QDate::fromString(inv.args.at(++i), Qt::ISODate);
            if (!options.since.isValid())
                return fail(QStringLiteral("--since needs a date as YYYY-MM-DD."));
        } else if (arg == QLatin1String("--follow") && hasValue) {
            follows << inv.args.at(++i);
        } else if (arg == QLatin1String("--category") && hasValue) {
            options.categories << inv.args.at(++i);
        } else if (arg == QLatin1String("--no-files")) {
            options.downloadFiles = false;
        } else if (arg == QLatin1String("--timeout") && hasValue) {
            bool ok = false;
            const double seconds = inv.args.at(++i).toDouble(&ok);
            if (!ok || seconds <= 0)
                return fail(QStringLiteral("--timeout needs a number of seconds."));
            options.policy.timeoutMs = int(seconds * 1000);
        } else if (arg == QLatin1String("--retries") && hasValue) {
            bool ok = false;
            options.policy.maxAttempts = inv.args.at(++i).toInt(&ok) + 1;
            if (!ok || options.policy.maxAttempts < 1)
                return fail(QStringLiteral("--retries needs a number."));
        } else {
            return fail(QString::fromLatin1(kSyncUsage));
        }
    }
    if (!FeedEndpoint(options.feedUrl).isValid())
        return fail(QStringLiteral("'%1' is not an http(s) address.").arg(options.feedUrl));

    auto opened = Library::open(inv.dataDir);
    if (!opened)
        return fail(opened.error());
    Library &library = *opened.value();
    FollowStore followStore(library.notesDatabase());
    for (const QString &text : follows) {
        const FollowStore::Follow follow = FollowStore::parse(text);
        if (follow.kind.isEmpty())
            return fail(
                QStringLiteral("--follow takes commissie:ID or dossier:NR, not '%1'.").arg(text));
        if (const Status added = followStore.follow(follow.kind, follow.key); !added)
            return fail(added.error());
    }

    QNetworkAccessManager network;
    SyncEngine engine(library, &network, options);
    QHash<QString, qint64> lastReport;
    QElapsedTimer sinceReport;
    sinceReport.start();
    QObject::connect(&engine, &SyncEngine::categoryProgress,
                     [&](const QString &category, qint64 entities, qint64) {
                         if (sinceReport.elapsed() < 1000)
                             return;
                         sinceReport.restart();
                         printError(QStringLiteral("%1: %2 entities").arg(category).arg(entities));
                     });
    QObject::connect(
        &engine, &SyncEngine::categoryFinished, [&](const QString &category, const QString &error) {
            printError(error.isEmpty() ? QStringLiteral("%1: up to date").arg(category)
                                       : QStringLiteral("%1: failed: %2").arg(category, error));
        });
    QObject::connect(&engine, &SyncEngine::fileProgress,
                     [&](int done, int total, const QString &id, const QString &error) {
                         if (!error.isEmpty())
                             printError(QStringLiteral("file %1: %2").arg(id, error));
                         else if (done == total || sinceReport.elapsed() >= 1000) {
                             sinceReport.restart();
                             printError(QStringLiteral("files: %1 of %2").arg(done).arg(total));
                         }
                     });
    SyncSummary summary;
    QObject::connect(&engine, &SyncEngine::finished, [&](const SyncSummary &result) {
        summary = result;
        QCoreApplication::quit();
    });
    QMetaObject::invokeMethod(&engine, &SyncEngine::start, Qt::QueuedConnection);
    QCoreApplication::exec();

    if (inv.json)
        printJson(QJsonDocument(summaryJson(summary)));
    else
        printLine(QStringLiteral("%1 entities stored, %2 deleted, %3 pages, %4 files (%5 failed), "
                                 "%6 retries, %7 s")
                      .arg(summary.entities)
                      .arg(summary.deleted)
                      .arg(summary.pages)
                      .arg(summary.files)
                      .arg(summary.fileFailures)
                      .arg(summary.retries)
                      .arg(double(summary.elapsedMs) / 1000.0, 0, 'f', 1));
    for (const QString &error : summary.errors)
        printError(QStringLiteral("overleg-cli: ") + error);
    return summary.ok() ? kExitOk : kExitUserError;
}

} // namespace overleg::cli
