#include "SyncEngine.h"

#include "FileDownloader.h"
#include "PageWriter.h"
#include "StartTokenFinder.h"
#include "core/Logging.h"
#include "entities/EntitySchema.h"
#include "entities/SyncFeedReader.h"
#include "library/Library.h"
#include "store/FollowStore.h"
#include "store/LibraryStore.h"

#include <QDateTime>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace overleg {

namespace {
constexpr int kLanes = 2; // categories fetched side by side
} // namespace

QStringList syncCategories() {
    return {QStringLiteral("Commissie"),
            QStringLiteral("Persoon"),
            QStringLiteral("Fractie"),
            QStringLiteral("FractieZetel"),
            QStringLiteral("FractieZetelPersoon"),
            QStringLiteral("CommissieZetel"),
            QStringLiteral("CommissieZetelVastPersoon"),
            QStringLiteral("CommissieZetelVervangerPersoon"),
            QStringLiteral("Kamerstukdossier"),
            QStringLiteral("Zaak"),
            QStringLiteral("ZaakActor"),
            QStringLiteral("Document"),
            QStringLiteral("DocumentActor"),
            QStringLiteral("DocumentVersie"),
            QStringLiteral("Activiteit"),
            QStringLiteral("ActiviteitActor"),
            QStringLiteral("Agendapunt")};
}

bool isSmallCategory(const QString &category) {
    // People, parties, committees and dossiers: a few thousand entities that the navigation
    // needs whatever the start date.
    static const QStringList small = {QStringLiteral("Commissie"),
                                      QStringLiteral("Persoon"),
                                      QStringLiteral("Fractie"),
                                      QStringLiteral("FractieZetel"),
                                      QStringLiteral("FractieZetelPersoon"),
                                      QStringLiteral("CommissieZetel"),
                                      QStringLiteral("CommissieZetelVastPersoon"),
                                      QStringLiteral("CommissieZetelVervangerPersoon"),
                                      QStringLiteral("Kamerstukdossier")};
    return small.contains(category);
}

struct SyncEngine::Lane {
    QString category;
    qint64 token = -1;
    qint64 entities = 0;
    int failures = 0;       // unusable pages in a row (malformed, repeated)
    int queuedWrites = 0;   // pages parsed but not yet stored
    bool waiting = false;   // the next fetch waits for the writer to catch up
    bool finished = false;  // done or failed; late replies for it are dropped
    bool completed = false; // and every page it parsed has been stored (or refused)
    QString error;
};

namespace {
constexpr int kMaxQueuedWrites = 3; // pages per category held in memory ahead of the writer
} // namespace

SyncEngine::SyncEngine(Library &library, QNetworkAccessManager *network, SyncOptions options,
                       QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_options(std::move(options))
    , m_endpoint(m_options.feedUrl)
    , m_fetcher(std::make_unique<HttpFetcher>(network, m_options.policy))
    , m_finder(std::make_unique<StartTokenFinder>(*m_fetcher, m_endpoint))
    , m_downloader(std::make_unique<FileDownloader>(*m_fetcher, m_endpoint, library.files())) {
    qRegisterMetaType<overleg::SyncSummary>();
    qRegisterMetaType<overleg::SyncPhase>();
    connect(m_fetcher.get(), &HttpFetcher::unreachable, this, &SyncEngine::stopUnreachable);
    qRegisterMetaType<QList<overleg::EntityRecord>>();
    m_writer = new PageWriter(library.libraryDatabase().path());
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &PageWriter::written, this, &SyncEngine::pageWritten);
    connect(m_writer, &PageWriter::rebuilt, this, &SyncEngine::navigationRebuilt);
    m_writerThread.setObjectName(QStringLiteral("sync writer"));
    m_writerThread.start();
    QMetaObject::invokeMethod(m_writer, &PageWriter::open, Qt::QueuedConnection);
}

SyncEngine::~SyncEngine() {
    m_fetcher->cancelAll();
    QMetaObject::invokeMethod(m_writer, &PageWriter::close, Qt::QueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
}

void SyncEngine::start() {
    if (m_running)
        return;
    m_running = true;
    m_metadataDone = false;
    m_summary = {};
    m_clock.start();
    if (!m_endpoint.isValid()) {
        m_summary.errors << tr("'%1' is not a valid feed address.").arg(m_options.feedUrl);
        QMetaObject::invokeMethod(this, &SyncEngine::finish, Qt::QueuedConnection);
        return;
    }
    const QStringList categories =
        m_options.categories.isEmpty() ? syncCategories() : m_options.categories;
    for (const QString &category : categories) {
        if (entityTypeForCategory(category))
            m_categories.enqueue(category);
        else
            m_summary.errors << tr("Unknown category '%1'.").arg(category);
    }
    qCInfo(lcSync) << "Sync from" << m_endpoint.base().toDisplayString() << "of"
                   << m_categories.size() << "categories";
    Q_EMIT phaseChanged(SyncPhase::Metadata);
    startNextCategory();
}

void SyncEngine::cancel() {
    if (!m_running)
        return;
    m_fetcher->cancelAll();
    m_categories.clear();
    m_summary.cancelled = true;
    finish();
}

void SyncEngine::stopUnreachable(const QString &message) {
    // Every other request would fail the same way: one message, and the run ends now. What was
    // stored stays, with its position, for the next sync.
    if (!m_running)
        return;
    m_fetcher->cancelAll();
    m_categories.clear();
    m_summary.errors
        << tr("%1. The sync stopped; try again when the server is reachable.").arg(message);
    finish();
}

void SyncEngine::startNextCategory() {
    while (m_activeLanes < kLanes && !m_categories.isEmpty()) {
        auto lane = std::make_shared<Lane>();
        lane->category = m_categories.dequeue();
        lane->token = m_library.store().skiptoken(lane->category);
        m_lanes.insert(lane->category, lane);
        ++m_activeLanes;
        if (lane->token < 0 && m_options.since.isValid() && !isSmallCategory(lane->category)) {
            const QDateTime since(m_options.since, QTime(0, 0), Qt::UTC);
            m_finder->find(lane->category, since, [this, lane](qint64 token, const QString &error) {
                if (!error.isEmpty()) {
                    finishCategory(lane, error);
                    return;
                }
                qCInfo(lcSync) << lane->category << "starts at skiptoken" << token;
                lane->token = token;
                fetchPage(lane);
            });
        } else {
            fetchPage(lane);
        }
    }
    maybeMetadataDone();
}

void SyncEngine::fetchPage(const std::shared_ptr<Lane> &lane) {
    m_fetcher->get(
        m_endpoint.feedUrl(lane->category, lane->token),
        [this, lane](const FetchResponse &response) {
            return takePage(lane, response.body, response.contentType);
        },
        [this, lane](const QString &error) { finishCategory(lane, error); });
}

QString SyncEngine::takePage(const std::shared_ptr<Lane> &lane, const QByteArray &body,
                             const QString &contentType) {
    if (lane->finished || !m_running)
        return {};
    if (!contentType.isEmpty() && !contentType.contains(QLatin1String("xml")))
        return tr("The feed answered with %1 instead of XML.").arg(contentType);
    QtConcurrent::run(parsePage, body).then(this, [this, lane](ParsedPage page) {
        pageParsed(lane, std::move(page));
    });
    return {};
}

SyncEngine::ParsedPage SyncEngine::parsePage(const QByteArray &body) {
    ParsedPage parsed;
    const auto page = SyncFeedReader::read(
        body, [&](FeedEntry &entry) { parsed.entities.append(std::move(entry.entity)); });
    parsed.entries = page.entries;
    parsed.error = page.error;
    parsed.next = SyncFeedReader::skiptokenOf(page.lastNextHref);
    return parsed;
}

void SyncEngine::pageParsed(const std::shared_ptr<Lane> &lane, ParsedPage page) {
    if (lane->finished || !m_running)
        return;
    if (page.error.isEmpty() && page.entries == 0) {
        finishCategory(lane, {});
        return;
    }
    QString problem = page.error; // truncated or malformed: ask again
    if (problem.isEmpty() && page.next < 0)
        problem = tr("The page has no link to the next one.");
    else if (problem.isEmpty() && page.next <= lane->token)
        problem = tr("The feed repeated an earlier page (skiptoken %1).").arg(page.next);
    if (!problem.isEmpty()) {
        retryPage(lane, problem);
        return;
    }
    lane->failures = 0;
    lane->token = page.next;
    ++lane->queuedWrites;
    ++m_pendingWrites;
    QMetaObject::invokeMethod(
        m_writer,
        [writer = m_writer, category = lane->category, entities = std::move(page.entities),
         next = page.next]() { writer->write(category, entities, next); },
        Qt::QueuedConnection);
    // Ask for the next page now: the server and the parser work while the writer stores this
    // one, unless the writer is already behind.
    if (lane->queuedWrites < kMaxQueuedWrites)
        fetchPage(lane);
    else
        lane->waiting = true;
}

void SyncEngine::pageWritten(const QString &category, qint64 skiptoken, int applied, int deleted,
                             const QString &error) {
    --m_pendingWrites;
    const std::shared_ptr<Lane> lane = m_lanes.value(category);
    if (!lane)
        return;
    --lane->queuedWrites;
    if (!error.isEmpty()) {
        // A page that cannot be stored (a full disk, say) ends the category: its skiptoken
        // stays at the last page stored, and the next sync asks from there.
        if (lane->error.isEmpty())
            lane->error = error;
        lane->finished = true;
    } else {
        m_pagesApplied = true;
        ++m_summary.pages;
        m_summary.entities += applied;
        m_summary.deleted += deleted;
        lane->entities += applied + deleted;
        Q_EMIT categoryProgress(category, lane->entities, skiptoken);
        if (lane->waiting && !lane->finished && m_running) {
            lane->waiting = false;
            fetchPage(lane);
        }
    }
    if (lane->finished && lane->queuedWrites == 0 && m_running)
        completeCategory(lane);
    maybeMetadataDone();
}

void SyncEngine::retryPage(const std::shared_ptr<Lane> &lane, const QString &problem) {
    if (++lane->failures >= m_options.policy.maxAttempts) {
        finishCategory(lane, tr("%1 (after %2 attempts)").arg(problem).arg(lane->failures));
        return;
    }
    ++m_pageRetries;
    const int backoff =
        std::min(m_options.policy.initialBackoffMs << std::min(lane->failures - 1, 20),
                 m_options.policy.maxBackoffMs);
    qCInfo(lcSync) << "Asking again for" << lane->category << "in" << backoff << "ms:" << problem;
    QTimer::singleShot(backoff, this, [this, lane]() {
        if (!lane->finished && m_running)
            fetchPage(lane);
    });
}

void SyncEngine::finishCategory(const std::shared_ptr<Lane> &lane, const QString &error) {
    if (!m_running || lane->finished)
        return;
    lane->finished = true; // no more fetches; pages already parsed are still stored
    lane->error = error;
    if (lane->queuedWrites == 0)
        completeCategory(lane);
}

void SyncEngine::completeCategory(const std::shared_ptr<Lane> &lane) {
    if (lane->completed)
        return;
    lane->completed = true;
    if (lane->error.isEmpty()) {
        QMetaObject::invokeMethod(
            m_writer,
            [writer = m_writer, category = lane->category]() { writer->markSynced(category); },
            Qt::QueuedConnection);
    } else {
        qCWarning(lcSync) << lane->category << "failed:" << lane->error;
        m_summary.errors << lane->category + QStringLiteral(": ") + lane->error;
    }
    Q_EMIT categoryFinished(lane->category, lane->error);
    --m_activeLanes;
    startNextCategory();
}

void SyncEngine::maybeMetadataDone() {
    if (!m_running || m_metadataDone || m_activeLanes > 0 || !m_categories.isEmpty() ||
        m_pendingWrites > 0)
        return;
    m_metadataDone = true;
    if (m_pagesApplied || m_library.store().derivedIsStale()) {
        Q_EMIT phaseChanged(SyncPhase::Navigation);
        QMetaObject::invokeMethod(m_writer, &PageWriter::rebuild, Qt::QueuedConnection);
    } else {
        navigationRebuilt({});
    }
}

void SyncEngine::navigationRebuilt(const QString &error) {
    if (!m_running)
        return;
    if (!error.isEmpty())
        m_summary.errors << error;
    if (!m_options.downloadFiles) {
        finish();
        return;
    }
    const QStringList pending = FileDownloader::pendingDocuments(
        m_library.libraryDatabase(), FollowStore(m_library.notesDatabase()).follows());
    m_filesTotal = int(pending.size());
    if (pending.isEmpty()) {
        finish();
        return;
    }
    Q_EMIT phaseChanged(SyncPhase::Files);
    connect(m_downloader.get(), &FileDownloader::fileFinished, this,
            [this](const QString &id, const QString &fileError) {
                ++m_filesDone;
                ++(fileError.isEmpty() ? m_summary.files : m_summary.fileFailures);
                Q_EMIT fileProgress(m_filesDone, m_filesTotal, id, fileError);
            });
    connect(m_downloader.get(), &FileDownloader::allFinished, this, &SyncEngine::finish);
    m_downloader->download(pending);
}

void SyncEngine::finish() {
    if (!m_running)
        return;
    m_running = false;
    m_summary.retries = m_fetcher->retries() + m_pageRetries;
    m_summary.probes = m_finder->probes();
    m_summary.elapsedMs = m_clock.elapsed();
    qCInfo(lcSync) << "Sync finished:" << m_summary.entities << "entities," << m_summary.deleted
                   << "deleted," << m_summary.files << "files in" << m_summary.elapsedMs << "ms";
    Q_EMIT finished(m_summary);
}

} // namespace overleg
