#pragma once

#include "core/Result.h"
#include "document/FileType.h"

#include <QByteArray>
#include <QString>

namespace overleg {

class Database;

// The document files under <data>/files, addressed by their SHA-256, so a file shared by two
// documents (or imported twice) is stored once. Writes go to a temporary file that is renamed
// only when complete: a crash never leaves a half file under its final name.
class FileStore {
public:
    struct StoredFile {
        QString sha256;
        QString relativePath; // below the data directory, e.g. files/ab/abcd....pdf
        FileType type = FileType::Unknown;
        qint64 size = 0;
        bool newlyWritten = false;
    };

    FileStore(Database &library, QString dataRoot);

    // Sniffs, hashes and writes the bytes; does not touch the database.
    Result<StoredFile> writeBlob(const QByteArray &bytes) const;
    // Records that the document's file is this blob (in the caller's transaction).
    bool attach(const QString &documentId, const StoredFile &file) const;
    // writeBlob + attach, for the sample library and imports.
    Result<StoredFile> store(const QString &documentId, const QByteArray &bytes) const;
    // A complete file already on disk (a download, in downloadDirectory()) moved into the store
    // by a rename, then attached: the store never holds half a file, nor a whole file in memory.
    // On failure the file is left where it was, for its owner to remove.
    Result<StoredFile> adopt(const QString &documentId, const QString &path, const QString &sha256,
                             qint64 size, FileType type) const;
    // Where downloads are written while they arrive: on the store's own file system.
    QString downloadDirectory() const;

    // Absolute path of the document's file, or empty when we do not hold it.
    QString pathFor(const QString &documentId) const;
    // The document that already holds these bytes, if any.
    QString documentWithSha256(const QString &sha256) const;
    void discard(const StoredFile &file) const;

    static QString sha256Of(const QByteArray &bytes);

private:
    Database &m_db;
    QString m_root;
};

} // namespace overleg
