#pragma once

#include "document/DocumentLimits.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace overleg {

// How politely and how persistently we ask the Kamer's servers.
struct FetchPolicy {
    int maxConcurrent = 2;       // requests in flight at once, over everything this fetcher does
    int timeoutMs = 30000;       // no byte for this long: the request failed
    int maxAttempts = 6;         // per request, the first try included
    int initialBackoffMs = 1000; // doubled after every failure, up to maxBackoffMs
    int maxBackoffMs = 60000;
    // Whole-request bounds (idle time is timeoutMs): bytes received, and time from the request
    // to the last byte. Past them the request fails at once, without a retry.
    qint64 maxPageBytes = kMaxFeedPageBytes;
    int pageDeadlineMs = kFeedPageDeadlineMs;
    qint64 maxFileBytes = kMaxDownloadBytes;
    int fileDeadlineMs = kFileDeadlineMs;
};

// What a request fetches, for its size and time limits.
enum class FetchKind { FeedPage, File };

struct FetchResponse {
    QUrl url;
    int httpStatus = 0;
    QString contentType;
    // The body; for a request saved to disk only its first DownloadSink::kHeadBytes.
    QByteArray body;
    // A request saved to disk: the whole body, flushed, lies in bodyFile until accept() returns
    // (accept moves it away to keep it; what is left is removed), with its SHA-256 and size.
    QString bodyFile;
    QString sha256;
    qint64 bodySize = 0;
};

// GETs with a queue (at most maxConcurrent at once), a User-Agent naming Overleg, a transfer
// time-out, and retries with exponential back-off on network errors, 5xx, 429, short bodies and
// whatever the caller's accept() rejects (a truncated or malformed page). A body past its size
// limit (or its declared length) and a request past its deadline are aborted while receiving and
// not retried; a host that cannot be found, or refuses every connection, emits unreachable() so
// the caller can stop instead of retrying every request. The network access manager is
// injected, so tests point it at a local server.
class HttpFetcher : public QObject {
    Q_OBJECT
public:
    // Returns an empty string when the response was taken, else why it is unusable (retried).
    using Accept = std::function<QString(const FetchResponse &)>;
    using Failed = std::function<void(const QString &error)>;

    HttpFetcher(QNetworkAccessManager *network, FetchPolicy policy, QObject *parent = nullptr);
    ~HttpFetcher() override;

    // saveDirectory: stream the body to a part file there instead of memory (FetchResponse).
    void get(const QUrl &url, Accept accept, Failed failed, FetchKind kind = FetchKind::FeedPage,
             const QString &saveDirectory = {});
    // Drops the queue and aborts what is in flight; no callback runs afterwards.
    void cancelAll();

    int inFlight() const { return m_inFlight; }
    int retries() const { return m_retries; }
    static QByteArray userAgent();

Q_SIGNALS:
    // The server cannot be reached at all (host not found, connection refused on every try).
    void unreachable(const QString &message);

private:
    struct Job {
        QUrl url;
        Accept accept;
        Failed failed;
        FetchKind kind = FetchKind::FeedPage;
        QString saveDirectory;
        int attempt = 0;
    };
    void watch(QNetworkReply *reply, const Job &job);
    void giveUp(const Job &job, const QString &why);

    void pump();
    void start(Job job);
    void finished(QNetworkReply *reply, Job job);
    void retryLater(Job job, const QString &why);

    QPointer<QNetworkAccessManager> m_network;
    FetchPolicy m_policy;
    QQueue<Job> m_queue;
    int m_inFlight = 0;
    int m_retries = 0;
    quint64 m_generation = 0; // bumped by cancelAll, so stale timers and replies do nothing
};

} // namespace overleg
