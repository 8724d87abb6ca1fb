#pragma once

#include "SyncOptions.h"
#include "entities/EntityRecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QQueue>
#include <QThread>

#include <memory>

class QNetworkAccessManager;

namespace overleg {

class FileDownloader;
class Library;
class PageWriter;
class StartTokenFinder;

// One sync run: every category from where it stopped (or from the start date), page by page,
// each page committed with its skiptoken; then the navigation tables; then the files of the
// followed commissies and dossiers. Three stages overlap: this thread fetches (two categories
// side by side, the fetcher keeps it at two requests at once), a worker parses, and the
// PageWriter's thread stores. Runs on the thread that owns the Library and the network manager.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(Library &library, QNetworkAccessManager *network, SyncOptions options,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void categoryProgress(const QString &category, qint64 entities, qint64 skiptoken);
    void categoryFinished(const QString &category, const QString &error);
    void phaseChanged(overleg::SyncPhase phase);
    void fileProgress(int done, int total, const QString &documentId, const QString &error);
    void finished(const overleg::SyncSummary &summary);

private:
    struct Lane;
    struct ParsedPage {
        QList<EntityRecord> entities;
        int entries = 0;
        QString error;
        qint64 next = -1;
    };
    static ParsedPage parsePage(const QByteArray &body);

    void startNextCategory();
    void fetchPage(const std::shared_ptr<Lane> &lane);
    QString takePage(const std::shared_ptr<Lane> &lane, const QByteArray &body,
                     const QString &contentType);
    void pageParsed(const std::shared_ptr<Lane> &lane, ParsedPage page);
    void pageWritten(const QString &category, qint64 skiptoken, int applied, int deleted,
                     const QString &error);
    void retryPage(const std::shared_ptr<Lane> &lane, const QString &problem);
    void finishCategory(const std::shared_ptr<Lane> &lane, const QString &error);
    void completeCategory(const std::shared_ptr<Lane> &lane);
    void maybeMetadataDone();
    void navigationRebuilt(const QString &error);
    void finish();
    void stopUnreachable(const QString &message);

    Library &m_library;
    SyncOptions m_options;
    FeedEndpoint m_endpoint;
    std::unique_ptr<HttpFetcher> m_fetcher;
    std::unique_ptr<StartTokenFinder> m_finder;
    std::unique_ptr<FileDownloader> m_downloader;
    QThread m_writerThread;
    PageWriter *m_writer = nullptr; // lives on m_writerThread
    QQueue<QString> m_categories;
    QHash<QString, std::shared_ptr<Lane>> m_lanes;
    int m_activeLanes = 0;
    int m_pendingWrites = 0;
    bool m_running = false;
    bool m_metadataDone = false;
    bool m_pagesApplied = false;
    int m_filesTotal = 0;
    int m_filesDone = 0;
    int m_pageRetries = 0;
    SyncSummary m_summary;
    QElapsedTimer m_clock;
};

} // namespace overleg
