#pragma once

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
};

struct FetchResponse {
    QUrl url;
    int httpStatus = 0;
    QString contentType;
    QByteArray body;
};

// GETs with a queue (at most maxConcurrent at once), a User-Agent naming Overleg, a transfer
// time-out, and retries with exponential back-off on network errors, 5xx, 429, short bodies and
// whatever the caller's accept() rejects (a truncated or malformed page). The network access
// manager is injected, so tests point it at a local server.
class HttpFetcher : public QObject {
    Q_OBJECT
public:
    // Returns an empty string when the response was taken, else why it is unusable (retried).
    using Accept = std::function<QString(const FetchResponse &)>;
    using Failed = std::function<void(const QString &error)>;

    HttpFetcher(QNetworkAccessManager *network, FetchPolicy policy, QObject *parent = nullptr);
    ~HttpFetcher() override;

    void get(const QUrl &url, Accept accept, Failed failed);
    // Drops the queue and aborts what is in flight; no callback runs afterwards.
    void cancelAll();

    int inFlight() const { return m_inFlight; }
    int retries() const { return m_retries; }
    static QByteArray userAgent();

private:
    struct Job {
        QUrl url;
        Accept accept;
        Failed failed;
        int attempt = 0;
    };

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
