#include "DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace overleg {

Result<DataDirectory> DataDirectory::open(const QString &explicitPath) {
    QString path = explicitPath;
    if (path.isEmpty())
        path = qEnvironmentVariable("OVERLEG_DATA_DIR");
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (path.isEmpty())
        return Result<DataDirectory>::failure(
            QCoreApplication::translate("DataDirectory", "No data directory could be determined."));

    QDir dir(path);
    const QFileInfo info(dir.absolutePath());
    if (info.exists() && !info.isDir())
        return Result<DataDirectory>::failure(
            QCoreApplication::translate("DataDirectory", "%1 exists and is not a directory.")
                .arg(dir.absolutePath()));
    for (const char *sub : {"files", "backups", "cache"}) {
        if (!dir.mkpath(QString::fromLatin1(sub)))
            return Result<DataDirectory>::failure(
                QCoreApplication::translate("DataDirectory", "Cannot create the data directory %1.")
                    .arg(dir.absolutePath()));
    }

    DataDirectory d;
    d.m_root = dir.absolutePath();
    d.m_fresh =
        !QFileInfo::exists(d.libraryDatabasePath()) && !QFileInfo::exists(d.notesDatabasePath());
    return d;
}

QString DataDirectory::libraryDatabasePath() const {
    return m_root + QStringLiteral("/library.sqlite");
}
QString DataDirectory::notesDatabasePath() const {
    return m_root + QStringLiteral("/notes.sqlite");
}
QString DataDirectory::filesDirectory() const {
    return m_root + QStringLiteral("/files");
}
QString DataDirectory::backupsDirectory() const {
    return m_root + QStringLiteral("/backups");
}
QString DataDirectory::cacheDirectory() const {
    return m_root + QStringLiteral("/cache");
}

} // namespace overleg
