#pragma once

#include "FeedEndpoint.h"
#include "document/DocumentLimits.h"
#include "store/FollowStore.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace overleg {

class Database;
class FileStore;
class HttpFetcher;
struct FetchResponse;

// Fetches documents' files (Resources/<id>) into the file store: the body streams to a part file
// beside the store (never into memory; the size limit is enforced while it arrives), the type is
// sniffed from the bytes (the feed's contentType is unreliable), and the complete, verified file
// is renamed into the store; a short or failed download is removed, retried by the fetcher and,
// failing that, simply tried again by the next sync (a document without a file stays pending).
class FileDownloader : public QObject {
    Q_OBJECT
public:
    FileDownloader(HttpFetcher &fetcher, FeedEndpoint endpoint, FileStore &files,
                   QObject *parent = nullptr);

    // Documents under the followed commissies and dossiers that have no file yet.
    static QStringList pendingDocuments(Database &library,
                                        const QList<FollowStore::Follow> &follows);

    // Queues the downloads; ids that are not GUIDs are refused, never used in a URL or path.
    void download(const QStringList &documentIds);
    int pending() const { return int(m_pending.size()); }

    static constexpr qint64 kMaxFileSize = kMaxDownloadBytes;

Q_SIGNALS:
    void fileFinished(const QString &documentId, const QString &error);
    void allFinished();

private:
    void finish(const QString &documentId, const QString &error);
    QString accept(const QString &documentId, const FetchResponse &response);

    HttpFetcher &m_fetcher;
    FeedEndpoint m_endpoint;
    FileStore &m_files;
    QSet<QString> m_pending;
};

} // namespace overleg
