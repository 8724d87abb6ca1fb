#include "HttpFetcher.h"

#include "DownloadSink.h"
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

void HttpFetcher::get(const QUrl &url, Accept accept, Failed failed, FetchKind kind,
                      const QString &saveDirectory) {
    m_queue.enqueue(Job{url, std::move(accept), std::move(failed), kind, saveDirectory, 0});
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
    watch(reply, job);
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

namespace {
// Set on a reply this fetcher aborted on purpose: why, for the message; never retried.
constexpr char kAbortReason[] = "overlegAbortReason";
// What the reply buffers before we take it (to disk): a slow disk does not fill the memory.
constexpr qint64 kReadBufferBytes = 4 * 1024 * 1024;

DownloadSink *sinkOf(QNetworkReply *reply) {
    return reply->findChild<DownloadSink *>(QString(), Qt::FindDirectChildrenOnly);
}
} // namespace

void HttpFetcher::watch(QNetworkReply *reply, const Job &job) {
    const bool file = job.kind == FetchKind::File;
    const qint64 maxBytes = file ? m_policy.maxFileBytes : m_policy.maxPageBytes;
    const int deadlineMs = file ? m_policy.fileDeadlineMs : m_policy.pageDeadlineMs;
    auto abortWith = [reply](const QString &why) {
        if (!reply->property(kAbortReason).isValid()) {
            reply->setProperty(kAbortReason, why);
            reply->abort();
        }
    };
    // The timer belongs to the reply: it dies with it.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [abortWith, deadlineMs] {
        abortWith(tr("The server did not deliver the whole response within %1 s.")
                      .arg(deadlineMs / 1000.0));
    });
    deadline->start(deadlineMs);
    if (!job.saveDirectory.isEmpty()) {
        // The body goes to disk as it arrives; the sink (and its part file) dies with the reply.
        auto *sink = new DownloadSink(job.saveDirectory, reply);
        reply->setReadBufferSize(kReadBufferBytes);
        if (!sink->isOpen())
            abortWith(tr("Cannot write the download to %1: %2")
                          .arg(job.saveDirectory, sink->errorString()));
        connect(reply, &QIODevice::readyRead, reply, [reply, sink, abortWith] {
            if (reply->property(kAbortReason).isValid())
                return;
            if (!sink->append(reply->readAll()))
                abortWith(tr("Cannot write the download to %1: %2")
                              .arg(sink->path(), sink->errorString()));
        });
    }
    auto tooLarge = [maxBytes, file] {
        return file
                   ? tr("The file is larger than %1 MB; it is not downloaded.").arg(maxBytes / kMiB)
                   : tr("The feed page is larger than %1 MB; it is not read.").arg(maxBytes / kMiB);
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, abortWith, tooLarge, maxBytes] {
        const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
        if (declared.isValid() && declared.toLongLong() > maxBytes)
            abortWith(tooLarge());
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, abortWith, tooLarge, maxBytes](qint64 received, qint64) {
                const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
                if (received > maxBytes)
                    abortWith(tooLarge());
                else if (declared.isValid() && received > declared.toLongLong())
                    abortWith(tr("The server sent more than the %1 bytes it declared.")
                                  .arg(declared.toLongLong()));
            });
}

void HttpFetcher::giveUp(const Job &job, const QString &why) {
    qCWarning(lcSync) << "Giving up on" << job.url.toDisplayString() << ":" << why;
    if (job.failed)
        job.failed(why);
}

void HttpFetcher::finished(QNetworkReply *reply, Job job) {
    if (const QVariant aborted = reply->property(kAbortReason); aborted.isValid()) {
        giveUp(job, aborted.toString());
        return;
    }
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
        // Asking again will not help (not found), or not soon enough to be worth a sync's
        // minutes (refused): give up after kMaxUnreachableAttempts and say so once.
        if (reply->error() == QNetworkReply::HostNotFoundError ||
            job.attempt >= std::min(kMaxUnreachableAttempts, m_policy.maxAttempts)) {
            const QString why =
                tr("The server %1 cannot be reached: %2").arg(job.url.host(), reply->errorString());
            Q_EMIT unreachable(why);
            giveUp(job, why);
            return;
        }
        break;
    default:
        break;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    FetchResponse response;
    response.url = job.url;
    response.httpStatus = status;
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
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
    qint64 received = 0;
    if (DownloadSink *sink = sinkOf(reply)) {
        if (!sink->append(reply->readAll()) || !sink->finish()) {
            giveUp(
                job,
                tr("Cannot write the download to %1: %2").arg(sink->path(), sink->errorString()));
            return;
        }
        response.body = sink->head();
        response.bodyFile = sink->path();
        response.sha256 = sink->sha256();
        response.bodySize = received = sink->size();
    } else {
        response.body = reply->readAll();
        received = response.body.size();
    }
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    if (declared.isValid() && declared.toLongLong() != received) {
        retryLater(std::move(job),
                   tr("Received %1 of %2 bytes.").arg(received).arg(declared.toLongLong()));
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
