#include "HttpFetcher.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace overleg {

HttpFetcher::HttpFetcher(QNetworkAccessManager *network, FetchPolicy policy, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_policy(policy) {}

HttpFetcher::~HttpFetcher() {
    cancelAll();
}

QByteArray HttpFetcher::userAgent() {
    return QByteArrayLiteral("Overleg/") + QCoreApplication::applicationVersion().toLatin1() +
           QByteArrayLiteral(" (desktop reader for Tweede Kamer consultations; SyncFeed client)");
}

void HttpFetcher::get(const QUrl &url, Accept accept, Failed failed) {
    m_queue.enqueue(Job{url, std::move(accept), std::move(failed), 0});
    pump();
}

void HttpFetcher::cancelAll() {
    ++m_generation;
    m_queue.clear();
    if (m_network) {
        const auto replies = m_network->findChildren<QNetworkReply *>();
        for (QNetworkReply *reply : replies) {
            if (reply->property("overlegFetcher").value<QObject *>() == this)
                reply->abort();
        }
    }
}

void HttpFetcher::pump() {
    while (m_inFlight < m_policy.maxConcurrent && !m_queue.isEmpty())
        start(m_queue.dequeue());
}

void HttpFetcher::start(Job job) {
    if (!m_network) {
        if (job.failed)
            job.failed(tr("No network access."));
        return;
    }
    ++job.attempt;
    QNetworkRequest request(job.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(m_policy.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    reply->setProperty("overlegFetcher", QVariant::fromValue<QObject *>(this));
    ++m_inFlight;
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, job, generation]() {
        reply->deleteLater();
        --m_inFlight;
        if (generation == m_generation)
            finished(reply, job);
        pump();
    });
}

void HttpFetcher::finished(QNetworkReply *reply, Job job) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    FetchResponse response{
        job.url, status, reply->header(QNetworkRequest::ContentTypeHeader).toString(), {}};
    if (status >= 500 || status == 429 || status == 408) {
        retryLater(std::move(job), tr("The server answered %1.").arg(status));
        return;
    }
    if (status >= 400) {
        // A client error does not get better by asking again.
        if (job.failed)
            job.failed(
                tr("The server answered %1 for %2.").arg(status).arg(job.url.toDisplayString()));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // Refused, reset, timed out, closed before the promised length: all worth a retry.
        retryLater(std::move(job), reply->errorString());
        return;
    }
    response.body = reply->readAll();
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    if (declared.isValid() && declared.toLongLong() != response.body.size()) {
        retryLater(
            std::move(job),
            tr("Received %1 of %2 bytes.").arg(response.body.size()).arg(declared.toLongLong()));
        return;
    }
    const QString rejected = job.accept ? job.accept(response) : QString();
    if (!rejected.isEmpty())
        retryLater(std::move(job), rejected);
}

void HttpFetcher::retryLater(Job job, const QString &why) {
    if (job.attempt >= m_policy.maxAttempts) {
        qCWarning(lcSync) << "Giving up on" << job.url.toDisplayString() << "after" << job.attempt
                          << "attempts:" << why;
        if (job.failed)
            job.failed(tr("%1 (after %2 attempts)").arg(why).arg(job.attempt));
        return;
    }
    ++m_retries;
    const qint64 backoff = std::min<qint64>(
        qint64(m_policy.initialBackoffMs) << std::min(job.attempt - 1, 20), m_policy.maxBackoffMs);
    qCInfo(lcSync) << "Retrying" << job.url.toDisplayString() << "in" << backoff << "ms:" << why;
    const quint64 generation = m_generation;
    QTimer::singleShot(backoff, this, [this, job = std::move(job), generation]() mutable {
        if (generation != m_generation)
            return;
        m_queue.prepend(std::move(job));
        pump();
    });
}

} // namespace overleg
