#include "DownloadSink.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace overleg {

DownloadSink::DownloadSink(const QString &directory, QObject *parent)
    : QObject(parent) {
    QDir().mkpath(directory);
    // A random name opened with NewOnly: two processes downloading into one store never meet.
    for (int attempt = 0; attempt < 8 && !m_file.isOpen(); ++attempt) {
        m_path =
            QDir(directory).filePath(QLatin1String(kPartPrefix) +
                                     QString::number(QRandomGenerator::system()->generate64(), 16) +
                                     QLatin1String(kPartSuffix));
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            m_path.clear();
    }
}

DownloadSink::~DownloadSink() {
    m_file.close();
    if (!m_path.isEmpty())
        QFile::remove(m_path); // fails, harmlessly, once the store has moved it
}

bool DownloadSink::append(const QByteArray &bytes) {
    if (bytes.isEmpty())
        return true;
    if (!m_file.isOpen())
        return false;
    errno = 0;
    if (m_file.write(bytes) != bytes.size()) {
        if (errno != 0)
            m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    m_hash.addData(bytes);
    if (m_head.size() < kHeadBytes)
        m_head += bytes.left(kHeadBytes - m_head.size());
    m_size += bytes.size();
    return true;
}

bool DownloadSink::finish() {
    errno = 0;
    if (!m_file.isOpen() || !m_file.flush()) {
        if (errno != 0)
            m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // On disk before it is renamed into the store and recorded: a crash then leaves either no
    // file or a whole one.
    const bool synced = ::fsync(m_file.handle()) == 0;
    m_file.close();
    return synced && m_file.error() == QFileDevice::NoError;
}

QString DownloadSink::sha256() const {
    return QString::fromLatin1(m_hash.result().toHex());
}

int DownloadSink::removeStaleParts(const QString &directory, qint64 ageMs) {
    int removed = 0;
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-ageMs);
    const QStringList parts =
        QDir(directory).entryList({QLatin1String(kPartPrefix) + u'*' + QLatin1String(kPartSuffix)},
                                  QDir::Files | QDir::Hidden);
    for (const QString &name : parts) {
        const QString path = QDir(directory).filePath(name);
        if (QFileInfo(path).lastModified().toUTC() < before && QFile::remove(path))
            ++removed;
    }
    return removed;
}

} // namespace overleg
