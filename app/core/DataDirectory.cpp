#include "DataDirectory.h"

#include "LegacyMove.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace overleg {

namespace {

const char kSamplePending[] = ".sample-pending";

// $XDG_..._HOME/overleg, through QStandardPaths (which honours the XDG variables, their
// defaults, and the test mode).
QString xdg(QStandardPaths::StandardLocation location) {
    const QString base = QStandardPaths::writableLocation(location);
    return base.isEmpty() ? QString() : base + QStringLiteral("/overleg");
}

// A data directory of an older Overleg held the settings and the cache too: the settings go to
// their own place, the cache (converted HTML, made again on demand) is dropped.
void moveOutSettingsAndCache(const QString &root, const QString &settings) {
    const QString oldSettings = root + QStringLiteral("/settings.ini");
    const QString newSettings = settings + QStringLiteral("/settings.ini");
    if (QFileInfo::exists(oldSettings) && !QFileInfo::exists(newSettings) &&
        QDir().mkpath(settings)) {
        if (!QFile::rename(oldSettings, newSettings) && QFile::copy(oldSettings, newSettings))
            QFile::remove(oldSettings);
    }
    QDir(root + QStringLiteral("/cache")).removeRecursively();
}

} // namespace

QString DataDirectory::defaultRoot() {
    return xdg(QStandardPaths::GenericDataLocation);
}

QString DataDirectory::legacyRoot() {
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/Overleg/Overleg");
}

Result<DataDirectory> DataDirectory::open(const QString &explicitPath) {
    QString path = explicitPath;
    if (path.isEmpty())
        path = qEnvironmentVariable("OVERLEG_DATA_DIR");
    const QString standard = defaultRoot();
    // A profile of its own (--data-dir, OVERLEG_DATA_DIR) keeps everything in one directory.
    const bool profile =
        !path.isEmpty() && QDir(path).absolutePath() != QDir(standard).absolutePath();
    if (path.isEmpty())
        path = standard;
    if (path.isEmpty())
        return Result<DataDirectory>::failure(
            QCoreApplication::translate("DataDirectory", "No data directory could be determined."));

    DataDirectory d;
    if (!profile) {
        const QString legacy = legacyRoot();
        if (const Status moved = LegacyMove::run(legacy, path); !moved)
            return Result<DataDirectory>::failure(moved.error());
        QDir().rmdir(QFileInfo(legacy).absolutePath()); // the empty "Overleg" above it
        d.m_settings = xdg(QStandardPaths::GenericConfigLocation);
        d.m_cache = xdg(QStandardPaths::GenericCacheLocation);
    }

    QDir dir(path);
    const QFileInfo info(dir.absolutePath());
    if (info.exists() && !info.isDir())
        return Result<DataDirectory>::failure(
            QCoreApplication::translate("DataDirectory", "%1 exists and is not a directory.")
                .arg(dir.absolutePath()));
    for (const char *sub : {"files", "backups"}) {
        if (!dir.mkpath(QString::fromLatin1(sub)))
            return Result<DataDirectory>::failure(
                QCoreApplication::translate("DataDirectory", "Cannot create the data directory %1.")
                    .arg(dir.absolutePath()));
    }

    d.m_root = dir.absolutePath();
    if (profile) {
        d.m_settings = d.m_root;
        d.m_cache = d.m_root + QStringLiteral("/cache");
    } else {
        moveOutSettingsAndCache(d.m_root, d.m_settings);
    }
    d.m_fresh = (!QFileInfo::exists(d.libraryDatabasePath()) &&
                 !QFileInfo::exists(d.notesDatabasePath())) ||
                QFileInfo::exists(d.m_root + u'/' + QLatin1String(kSamplePending));
    return d;
}

void DataDirectory::setSamplePending(bool pending) const {
    QFile marker(m_root + u'/' + QLatin1String(kSamplePending));
    if (!pending)
        marker.remove();
    else if (!marker.exists() && marker.open(QIODevice::WriteOnly))
        marker.close();
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

} // namespace overleg
