#include "SyncEngine.h"

#include "FileDownloader.h"
#include "StartTokenFinder.h"
#include "SyncFeedReader.h"
#include "core/Logging.h"
#include "library/Library.h"
#include "store/FollowStore.h"
#include "store/LibraryStore.h"
#include "sync/EntitySchema.h"

#include <QDateTime>

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
};

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
}

SyncEngine::~SyncEngine() {
    m_fetcher->cancelAll();
}

void SyncEngine::start() {
    if (m_running)
        return;
    m_running = true;
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
    Q_EMIT phaseChanged(QStringLiteral("metadata"));
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

void SyncEngine::startNextCategory() {
    while (m_activeLanes < kLanes && !m_categories.isEmpty()) {
        auto lane = std::make_shared<Lane>();
        lane->category = m_categories.dequeue();
        lane->token = m_library.store().skiptoken(lane->category);
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
    if (m_activeLanes == 0 && m_categories.isEmpty() && m_running)
        metadataDone();
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
    if (!contentType.isEmpty() && !contentType.contains(QLatin1String("xml")))
        return tr("The feed answered with %1 instead of XML.").arg(contentType);
    QList<EntityRecord> entities;
    const auto page =
        SyncFeedReader::read(body, [&](const FeedEntry &entry) { entities.append(entry.entity); });
    if (!page.ok())
        return page.error; // truncated or malformed: ask again
    if (page.entries == 0) {
        finishCategory(lane, {});
        return {};
    }
    const qint64 next = SyncFeedReader::skiptokenOf(page.lastNextHref);
    if (next < 0)
        return tr("The page has no link to the next one.");
    if (next <= lane->token)
        return tr("The feed repeated an earlier page (skiptoken %1).").arg(next);

    const auto applied = m_library.store().applyFeedPage(entities, lane->category, next);
    if (!applied) {
        finishCategory(lane, applied.error());
        return {};
    }
    m_pagesApplied = true;
    ++m_summary.pages;
    m_summary.entities += applied->applied;
    m_summary.deleted += applied->deleted;
    lane->entities += applied->applied + applied->deleted;
    lane->token = next;
    Q_EMIT categoryProgress(lane->category, lane->entities, next);
    fetchPage(lane);
    return {};
}

void SyncEngine::finishCategory(const std::shared_ptr<Lane> &lane, const QString &error) {
    if (!m_running)
        return;
    if (error.isEmpty()) {
        if (const Status marked = m_library.store().markCategorySynced(lane->category); !marked)
            m_summary.errors << lane->category + QStringLiteral(": ") + marked.error();
    } else {
        qCWarning(lcSync) << lane->category << "failed:" << error;
        m_summary.errors << lane->category + QStringLiteral(": ") + error;
    }
    Q_EMIT categoryFinished(lane->category, error);
    --m_activeLanes;
    startNextCategory();
}

void SyncEngine::metadataDone() {
    if (m_pagesApplied || m_library.store().derivedIsStale()) {
        Q_EMIT phaseChanged(QStringLiteral("navigation"));
        if (const Status rebuilt = m_library.store().rebuildDerived(); !rebuilt)
            m_summary.errors << rebuilt.error();
    }
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
    Q_EMIT phaseChanged(QStringLiteral("files"));
    connect(m_downloader.get(), &FileDownloader::fileFinished, this,
            [this](const QString &id, const QString &error) {
                ++m_filesDone;
                ++(error.isEmpty() ? m_summary.files : m_summary.fileFailures);
                Q_EMIT fileProgress(m_filesDone, m_filesTotal, id, error);
            });
    connect(m_downloader.get(), &FileDownloader::allFinished, this, &SyncEngine::finish);
    m_downloader->download(pending);
}

void SyncEngine::finish() {
    if (!m_running)
        return;
    m_running = false;
    m_summary.retries = m_fetcher->retries();
    m_summary.probes = m_finder->probes();
    m_summary.elapsedMs = m_clock.elapsed();
    qCInfo(lcSync) << "Sync finished:" << m_summary.entities << "entities," << m_summary.deleted
                   << "deleted," << m_summary.files << "files in" << m_summary.elapsedMs << "ms";
    Q_EMIT finished(m_summary);
}

} // namespace overleg
