#include "FileStore.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace overleg {

FileStore::FileStore(Database &library, QString dataRoot)
    : m_db(library)
    , m_root(std::move(dataRoot)) {}

QString FileStore::sha256Of(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<FileStore::StoredFile> FileStore::writeBlob(const QByteArray &bytes) const {
    StoredFile file;
    file.type = sniffFileType(bytes);
    file.sha256 = sha256Of(bytes);
    file.size = bytes.size();
    // The path is built from the hash and our own extension only: nothing from a feed or a
    // file name ever becomes part of it.
    file.relativePath = QStringLiteral("files/%1/%2.%3")
                            .arg(file.sha256.left(2), file.sha256, extensionOf(file.type));
    const QString absolute = QDir(m_root).filePath(file.relativePath);
    if (QFileInfo(absolute).size() == file.size)
        return file;

    QDir().mkpath(QFileInfo(absolute).absolutePath());
    QSaveFile out(absolute);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Result<StoredFile>::failure(
            QCoreApplication::translate("FileStore", "Cannot store the file in %1: %2")
                .arg(QDir::toNativeSeparators(absolute), out.errorString()));
    file.newlyWritten = true;
    return file;
}

bool FileStore::attach(const QString &documentId, const StoredFile &file) const {
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO document_file (document_id, sha256, path, mime, size, stored_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(document_id) DO UPDATE SET sha256=excluded.sha256, "
        "path=excluded.path, mime=excluded.mime, size=excluded.size, "
        "stored_at=excluded.stored_at"));
    q.addBindValue(documentId);
    q.addBindValue(file.sha256);
    q.addBindValue(file.relativePath);
    q.addBindValue(mimeTypeOf(file.type));
    q.addBindValue(file.size);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return m_db.exec(q);
}

Result<FileStore::StoredFile> FileStore::store(const QString &documentId,
                                               const QByteArray &bytes) const {
    auto file = writeBlob(bytes);
    if (!file)
        return file;
    if (!attach(documentId, file.value()))
        return Result<StoredFile>::failure(
            QCoreApplication::translate("FileStore", "Cannot record the file of document %1.")
                .arg(documentId));
    return file;
}

QString FileStore::downloadDirectory() const {
    return QDir(m_root).filePath(QStringLiteral("files"));
}

Result<FileStore::StoredFile> FileStore::adopt(const QString &documentId, const QString &path,
                                               const QString &sha256, qint64 size,
                                               FileType type) const {
    StoredFile file;
    file.type = type;
    file.sha256 = sha256;
    file.size = size;
    file.relativePath =
        QStringLiteral("files/%1/%2.%3").arg(sha256.left(2), sha256, extensionOf(type));
    const QString absolute = QDir(m_root).filePath(file.relativePath);
    if (QFileInfo(absolute).size() != size) {
        QDir().mkpath(QFileInfo(absolute).absolutePath());
        // rename(2) replaces atomically: a reader sees the old file or the whole new one.
        if (std::rename(QFile::encodeName(path).constData(),
                        QFile::encodeName(absolute).constData()) != 0)
            return Result<StoredFile>::failure(
                QCoreApplication::translate("FileStore", "Cannot store the file in %1: %2")
                    .arg(QDir::toNativeSeparators(absolute),
                         QString::fromLocal8Bit(std::strerror(errno))));
        file.newlyWritten = true;
    }
    if (!attach(documentId, file))
        return Result<StoredFile>::failure(
            QCoreApplication::translate("FileStore", "Cannot record the file of document %1.")
                .arg(documentId));
    return file;
}

QString FileStore::pathFor(const QString &documentId) const {
    QSqlQuery q = m_db.run(QStringLiteral("SELECT path FROM document_file WHERE document_id=?"),
                           {documentId});
    if (!q.next())
        return {};
    const QString path = QDir(m_root).filePath(q.value(0).toString());
    return QFileInfo::exists(path) ? path : QString();
}

QString FileStore::documentWithSha256(const QString &sha256) const {
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT document_id FROM document_file WHERE sha256=? LIMIT 1"), {sha256});
    return q.next() ? q.value(0).toString() : QString();
}

void FileStore::discard(const StoredFile &file) const {
    if (file.newlyWritten && documentWithSha256(file.sha256).isEmpty())
        QFile::remove(QDir(m_root).filePath(file.relativePath));
}

} // namespace overleg
