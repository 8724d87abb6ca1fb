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

// The errors of a sync, each once: a feed that cannot be reached fails every category with the
// same message ("Commissie: ... cannot be reached"), which is one line, not one per category.
void printErrorsOnce(const QStringList &errors) {
    QStringList order;
    QHash<QString, QStringList> categoriesOf;
    for (const QString &error : errors) {
        const qsizetype colon = error.indexOf(QLatin1String(": "));
        const bool hasCategory = colon > 0 && !error.left(colon).contains(u' ');
        const QString message = hasCategory ? error.mid(colon + 2) : error;
        if (!categoriesOf.contains(message))
            order << message;
        if (hasCategory)
            categoriesOf[message] << error.left(colon);
        else
            categoriesOf[message];
    }
    for (const QString &message : std::as_const(order)) {
        const QStringList categories = categoriesOf.value(message);
        if (categories.size() == 1)
            printError(QStringLiteral("overleg-cli: %1: %2").arg(categories.first(), message));
        else if (categories.isEmpty())
            printError(QStringLiteral("overleg-cli: ") + message);
        else
            printError(QStringLiteral("overleg-cli: ") + message + u' ' +
                       Cli::tr("(%n categories)", nullptr, int(categories.size())));
    }
}

// overleg-cli sync: the metadata of every category from where the last sync stopped, then the
// files of the followed commissies and dossiers. Progress on stderr, the summary on stdout.
int runSync(const Invocation &inv) {
    SyncOptions options;
    options.feedUrl = inv.value(QStringLiteral("feed"), options.feedUrl);
    if (inv.isSet(QStringLiteral("since"))) {
        options.since = QDate::fromString(inv.value(QStringLiteral("since")), Qt::ISODate);
        if (!options.since.isValid())
            return inv.usageError(Cli::tr("--since needs a date as YYYY-MM-DD."));
    }
    const QStringList follows = inv.values(QStringLiteral("follow"));
    options.categories = inv.values(QStringLiteral("category"));
    options.downloadFiles = !inv.isSet(QStringLiteral("no-files"));
    if (inv.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = inv.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0)
            return inv.usageError(Cli::tr("--timeout needs a number of seconds."));
        options.policy.timeoutMs = int(seconds * 1000);
    }
    if (inv.isSet(QStringLiteral("retries"))) {
        bool ok = false;
        const int retries = inv.value(QStringLiteral("retries")).toInt(&ok);
        if (!ok || retries < 0)
            return inv.usageError(Cli::tr("--retries needs a number."));
        options.policy.maxAttempts = retries + 1;
    }
    if (!FeedEndpoint(options.feedUrl).isValid())
        return inv.usageError(Cli::tr("'%1' is not an http(s) address.").arg(options.feedUrl));
    for (const QString &text : follows) {
        if (FollowStore::parse(text).kind.isEmpty())
            return inv.usageError(
                Cli::tr("--follow takes commissie:ID or dossier:NR, not '%1'.").arg(text));
    }

    auto opened = Library::open(inv.dataDir);
    if (!opened)
        return fail(opened.error());
    Library &library = *opened.value();
    FollowStore followStore(library.notesDatabase());
    for (const QString &text : follows) {
        const FollowStore::Follow follow = FollowStore::parse(text);
        if (const Status added = followStore.follow(follow.kind, follow.key); !added)
            return fail(added.error());
    }

    QNetworkAccessManager network;
    SyncEngine engine(library, &network, options);
    QHash<QString, qint64> lastReport;
    QElapsedTimer sinceReport;
    sinceReport.start();
    // Progress only with --verbose: by default a sync prints its summary, or why it failed.
    if (isVerbose()) {
        QObject::connect(&engine, &SyncEngine::categoryProgress,
                         [&](const QString &category, qint64 entities, qint64) {
                             if (sinceReport.elapsed() < 1000)
                                 return;
                             sinceReport.restart();
                             printError(
                                 Cli::tr("%1: %n entities", nullptr, int(entities)).arg(category));
                         });
        QObject::connect(&engine, &SyncEngine::categoryFinished,
                         [&](const QString &category, const QString &error) {
                             printError(error.isEmpty()
                                            ? Cli::tr("%1: up to date").arg(category)
                                            : Cli::tr("%1: failed: %2").arg(category, error));
                         });
    }
    QObject::connect(&engine, &SyncEngine::fileProgress,
                     [&](int done, int total, const QString &id, const QString &error) {
                         // A file that failed is said even when quiet: the user acts on it
                         // (a full disk), progress only with --verbose.
                         if (!error.isEmpty())
                             printError(Cli::tr("file %1: %2").arg(id, error));
                         else if (done == total || sinceReport.elapsed() >= 1000) {
                             sinceReport.restart();
                             printVerbose(Cli::tr("files: %1 of %2").arg(done).arg(total));
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
    else if (summary.ok() || isVerbose())
        printLine(
            Cli::tr("%n entities stored", nullptr, int(summary.entities)) + QStringLiteral(", ") +
            Cli::tr("%n deleted", nullptr, int(summary.deleted)) + QStringLiteral(", ") +
            Cli::tr("%n pages", nullptr, int(summary.pages)) + QStringLiteral(", ") +
            Cli::tr("%n files (%1 failed)", nullptr, summary.files).arg(summary.fileFailures) +
            QStringLiteral(", ") + Cli::tr("%n retries", nullptr, summary.retries) +
            QStringLiteral(", ") +
            Cli::tr("%1 s").arg(double(summary.elapsedMs) / 1000.0, 0, 'f', 1));
    printErrorsOnce(summary.errors);
    return summary.ok() ? kExitOk : kExitUserError;
}

} // namespace

CommandSpec syncCommand() {
    CommandSpec c;
    c.name = QStringLiteral("sync");
    c.summary = QT_TRANSLATE_NOOP("Cli", "fetch the Kamer's open data (and files)");
    c.description = QT_TRANSLATE_NOOP(
        "Cli", "The metadata of every category from where the last sync stopped, then the files "
               "of the followed commissies and dossiers. With --verbose, progress on stderr.");
    c.options = {
        {QStringLiteral("feed"), QStringLiteral("URL"),
         QT_TRANSLATE_NOOP("Cli", "the SyncFeed address (default: the Kamer's)")},
        {QStringLiteral("since"), QStringLiteral("YYYY-MM-DD"),
         QT_TRANSLATE_NOOP("Cli", "on a first sync, skip what is older")},
        {QStringLiteral("follow"), QStringLiteral("commissie:ID|dossier:NR"),
         QT_TRANSLATE_NOOP("Cli", "also fetch the files of this commissie or dossier"), true},
        {QStringLiteral("category"), QStringLiteral("C"),
         QT_TRANSLATE_NOOP("Cli", "only this category of the feed"), true},
        {QStringLiteral("no-files"), {}, QT_TRANSLATE_NOOP("Cli", "metadata only, no files")},
        {QStringLiteral("timeout"), QStringLiteral("SECONDS"),
         QT_TRANSLATE_NOOP("Cli", "give up on a request after this long")},
        {QStringLiteral("retries"), QStringLiteral("N"),
         QT_TRANSLATE_NOOP("Cli", "try a failed request again N times")}};
    c.maxArguments = 0;
    c.run = runSync;
    return c;
}

} // namespace overleg::cli
