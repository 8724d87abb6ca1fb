#include "WorkspaceSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>

namespace overleg {

namespace {
QString fileIn(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("workspace.ini"));
}
} // namespace

std::optional<WorkspaceSettings> WorkspaceSettings::load(const QString &dataDir) {
    if (!QFile::exists(fileIn(dataDir)))
        return std::nullopt;
    QSettings ini(fileIn(dataDir), QSettings::IniFormat);
    WorkspaceSettings s;
    s.server.host = ini.value(QStringLiteral("server/host"), s.server.host).toString();
    s.server.port = ini.value(QStringLiteral("server/port"), s.server.port).toInt();
    s.server.database = ini.value(QStringLiteral("server/database"), s.server.database).toString();
    s.server.user = ini.value(QStringLiteral("server/user")).toString();
    s.server.sslMode = ini.value(QStringLiteral("server/sslmode")).toString();
    s.server.sslRootCert = ini.value(QStringLiteral("server/sslrootcert")).toString();
    s.workspace = ini.value(QStringLiteral("workspace/name")).toString();
    s.id = ini.value(QStringLiteral("workspace/id"), 0).toLongLong();
    if (s.workspace.isEmpty())
        return std::nullopt;
    return s;
}

Status WorkspaceSettings::save(const QString &dataDir) const {
    QSettings ini(fileIn(dataDir), QSettings::IniFormat);
    ini.setValue(QStringLiteral("server/host"), server.host);
    ini.setValue(QStringLiteral("server/port"), server.port);
    ini.setValue(QStringLiteral("server/database"), server.database);
    ini.setValue(QStringLiteral("server/user"), server.user);
    ini.setValue(QStringLiteral("server/sslmode"), server.sslMode);
    ini.setValue(QStringLiteral("server/sslrootcert"), server.sslRootCert);
    ini.setValue(QStringLiteral("workspace/name"), workspace);
    ini.setValue(QStringLiteral("workspace/id"), id);
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return Status::failure(QCoreApplication::translate("Workspace", "%1 could not be written.")
                                   .arg(ini.fileName()));
    return success();
}

Status WorkspaceSettings::forget(const QString &dataDir) {
    if (QFile::exists(fileIn(dataDir)) && !QFile::remove(fileIn(dataDir)))
        return Status::failure(QCoreApplication::translate("Workspace", "%1 could not be removed.")
                                   .arg(fileIn(dataDir)));
    return success();
}

} // namespace overleg
