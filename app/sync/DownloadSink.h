#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QString>

namespace overleg {

// Where a file download's body goes while it arrives: a hidden part file in the directory the
// file store renames it into (so the rename is atomic), hashed and counted as it is written, so
// no download is ever held in memory. The part file is removed when the sink is destroyed
// unless it was moved away by then (FileStore::adopt): a failed, cut, cancelled or refused
// download leaves nothing behind, and a whole one is never where a half one could be.
class DownloadSink : public QObject {
    Q_OBJECT
public:
    // Files named so in a download directory are partial downloads (or left by a killed process).
    static constexpr char kPartPrefix[] = ".part-";
    static constexpr char kPartSuffix[] = ".download";
    static constexpr qsizetype kHeadBytes = 64 * 1024; // kept in memory, for sniffing

    DownloadSink(const QString &directory, QObject *parent = nullptr);
    ~DownloadSink() override;

    bool isOpen() const { return m_file.isOpen(); }
    bool append(const QByteArray &bytes);
    // Flushes the file to disk and closes it; false when the disk refused.
    bool finish();
    QString errorString() const { return m_error.isEmpty() ? m_file.errorString() : m_error; }

    QString path() const { return m_path; }
    qint64 size() const { return m_size; }
    QString sha256() const; // hex, after finish()
    QByteArray head() const { return m_head; }

    // Removes part files in directory older than ageMs: what a killed process left.
    static int removeStaleParts(const QString &directory, qint64 ageMs);

private:
    QFile m_file;
    QString m_path;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_head;
    qint64 m_size = 0;
    QString m_error; // the system's words for a failed write (a full disk)
};

} // namespace overleg
