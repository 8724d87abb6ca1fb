#include "FileDownloader.h"

#include "DownloadSink.h"
#include "HttpFetcher.h"
#include "document/FileType.h"
#include "library/FileStore.h"
#include "store/Database.h"

#include <QFile>
#include <QSqlQuery>

namespace overleg {

FileDownloader::FileDownloader(HttpFetcher &fetcher, FeedEndpoint endpoint, FileStore &files,
                               QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_endpoint(std::move(endpoint))
    , m_files(files) {}

QStringList FileDownloader::pendingDocuments(Database &library,
                                             const QList<FollowStore::Follow> &follows) {
    QStringList ids;
    QSet<QString> seen;
    for (const FollowStore::Follow &follow : follows) {
        QSqlQuery q;
        if (follow.kind == QLatin1String("commissie")) {
            q = library.run(
                QStringLiteral(
                    "SELECT m.document_id FROM nav_membership_ids m JOIN commissie c ON c.id = "
                    "m.node_id JOIN document d ON d.id = m.document_id WHERE m.node_kind = "
                    "'commissie' AND (c.id = ? OR lower(c.afkorting) = lower(?) OR c.nummer = "
                    "?) AND d.id NOT IN (SELECT document_id FROM document_file) AND "
                    "coalesce(d.contentLength, 1) BETWEEN 1 AND ? ORDER BY d.datum DESC"),
                {follow.key, follow.key, follow.key, kMaxFileSize});
        } else {
            q = library.run(
                QStringLiteral(
                    "SELECT d.id FROM document d JOIN kamerstukdossier k ON k.id = "
                    "d.kamerstukdossier_id WHERE (k.id = ? OR k.nummer || coalesce('-' || "
                    "k.toevoeging, '') = replace(?, ' ', '')) AND d.id NOT IN (SELECT "
                    "document_id FROM document_file) AND coalesce(d.contentLength, 1) BETWEEN 1 "
                    "AND ? ORDER BY d.datum DESC"),
                {follow.key, follow.key, kMaxFileSize});
        }
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    return ids;
}

void FileDownloader::download(const QStringList &documentIds) {
    // Part files older than any download may take are what a killed process left behind.
    DownloadSink::removeStaleParts(m_files.downloadDirectory(), 2LL * kFileDeadlineMs);
    QStringList queued;
    for (const QString &id : documentIds) {
        if (m_pending.contains(id))
            continue;
        const QUrl url = m_endpoint.resourceUrl(id);
        if (!url.isValid()) {
            Q_EMIT fileFinished(id, tr("'%1' is not a document id of the Kamer.").arg(id));
            continue;
        }
        m_pending.insert(id);
        queued.append(id);
        m_fetcher.get(
            url, [this, id](const FetchResponse &response) { return accept(id, response); },
            [this, id](const QString &error) { finish(id, error); }, FetchKind::File,
            m_files.downloadDirectory());
    }
    if (queued.isEmpty() && m_pending.isEmpty())
        Q_EMIT allFinished();
}

QString FileDownloader::accept(const QString &documentId, const FetchResponse &response) {
    // The type is sniffed from the file mapped, not read: a ZIP's directory is at its end.
    QFile file(response.bodyFile);
    uchar *mapped = response.bodySize > 0 && file.open(QIODevice::ReadOnly)
                        ? file.map(0, response.bodySize)
                        : nullptr;
    const FileType type =
        mapped ? sniffFileType(QByteArray::fromRawData(reinterpret_cast<const char *>(mapped),
                                                       qsizetype(response.bodySize)))
               : FileType::Unknown;
    if (mapped)
        file.unmap(mapped);
    file.close();
    // A missing resource comes back as a small JSON body rather than a document (#154 upstream).
    if (!isSupported(type) || response.body.trimmed().startsWith('{')) {
        finish(documentId, tr("The Kamer has no readable file for this document."));
        return {};
    }
    // The complete file is renamed into the store; then one statement records it, so a kill in
    // between leaves at most an unreferenced file, never a half one. What is not taken is
    // removed by the fetcher.
    const auto stored =
        m_files.adopt(documentId, response.bodyFile, response.sha256, response.bodySize, type);
    if (!stored) {
        finish(documentId, stored.error());
        return {};
    }
    finish(documentId, {});
    return {};
}

void FileDownloader::finish(const QString &documentId, const QString &error) {
    m_pending.remove(documentId);
    Q_EMIT fileFinished(documentId, error);
    if (m_pending.isEmpty())
        Q_EMIT allFinished();
}

} // namespace overleg
