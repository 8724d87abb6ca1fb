#include "PgServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QTcpServer>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace overleg::test {

namespace {

bool isRoot() {
    return ::geteuid() == 0;
}

// Hands a path to the unprivileged server user, so initdb may write there.
void giveToServerUser(const QString &path) {
    if (!isRoot())
        return;
    if (const passwd *pw = ::getpwnam("nobody"))
        if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0)
            qWarning("chown %s failed", qPrintable(path));
}

int freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

QString PgServer::binDir() {
    return QStringLiteral("/usr/lib/postgresql/15/bin");
}

QString PgServer::unavailableReason() {
    for (const char *tool : {"initdb", "pg_ctl", "psql"})
        if (!QFileInfo(binDir() + QLatin1Char('/') + QLatin1String(tool)).isExecutable())
            return QStringLiteral("PostgreSQL 15 server binaries are not installed (%1/%2 "
                                  "missing; scripts/bootstrap.sh installs package postgresql)")
                .arg(binDir(), QLatin1String(tool));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver QPSQL is not installed (package "
                              "libqt6sql6-psql)");
    return {};
}

PgServer::PgServer() = default;

PgServer::~PgServer() {
    if (m_running)
        stop();
}

QString PgServer::filesDir() const {
    return m_dir ? m_dir->filePath(QStringLiteral("files")) : QString();
}

QString PgServer::log() const {
    QFile f(m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString PgServer::runAsServerUser(const QString &program, const QStringList &args, int timeoutMs,
                                  int *exitCode) const {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path());
    if (isRoot())
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                            program} +
                    args);
    else
        p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        if (exitCode)
            *exitCode = -1;
        return QStringLiteral("%1 timed out").arg(program);
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromLocal8Bit(p.readAll());
}

QString PgServer::start(const QStringList &settings) {
    if (const QString why = unavailableReason(); !why.isEmpty())
        return why;
    m_dir =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/overleg-pg-XXXXXX"));
    if (!m_dir->isValid())
        return QStringLiteral("no temporary directory");
    QDir(m_dir->path()).mkpath(QStringLiteral("files"));
    giveToServerUser(m_dir->path());
    giveToServerUser(filesDir());
    const QString pwfile = m_dir->filePath(QStringLiteral("pw"));
    {
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(pwfile);
        f.write(adminPassword().toUtf8());
    }
    giveToServerUser(pwfile);
    int code = 0;
    const QString out = runAsServerUser(
        binDir() + QStringLiteral("/initdb"),
        {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-U"),
         adminUser(), QStringLiteral("--pwfile=") + pwfile, QStringLiteral("-A"),
         QStringLiteral("scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
         QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
        60000, &code);
    QFile::remove(pwfile);
    if (code != 0)
        return QStringLiteral("initdb failed: %1").arg(out);
    m_settings = settings;
    m_port = freePort();
    if (m_port == 0)
        return QStringLiteral("no free port");
    return restart();
}

QString PgServer::restart() {
    // fsync off: a test server's data need not survive a power cut, and it keeps tests fast.
    QStringList options = {QStringLiteral("-p %1").arg(m_port),
                           QStringLiteral("-c listen_addresses=127.0.0.1"),
                           QStringLiteral("-c unix_socket_directories=") + m_dir->path(),
                           QStringLiteral("-c fsync=off"), QStringLiteral("-c max_connections=60")};
    for (const QString &s : m_settings)
        options << QStringLiteral("-c ") + s;
    int code = 0;
    const QString out =
        runAsServerUser(binDir() + QStringLiteral("/pg_ctl"),
                        {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
                         QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
                         QStringLiteral("-o"), options.join(QLatin1Char(' ')), QStringLiteral("-w"),
                         QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("start")},
                        40000, &code);
    if (code != 0)
        return QStringLiteral("pg_ctl start failed: %1\n%2").arg(out, log());
    m_running = true;
    return {};
}

QString PgServer::stop() {
    if (!m_dir || !m_running)
        return {};
    int code = 0;
    const QString out = runAsServerUser(
        binDir() + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
         QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
        30000, &code);
    m_running = false;
    return code == 0 ? QString() : QStringLiteral("pg_ctl stop failed: %1").arg(out);
}

QString PgServer::installFile(const QString &source) {
    const QString target = QDir(filesDir()).filePath(QFileInfo(source).fileName());
    QFile::remove(target);
    if (!QFile::copy(source, target))
        return {};
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    giveToServerUser(target);
    return target;
}

std::pair<int, QString> PgServer::psql(const QString &user, const QString &password,
                                       const QString &database, const QString &sql) const {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(binDir() + QStringLiteral("/psql"),
            {QStringLiteral("-h"), host(), QStringLiteral("-p"), QString::number(m_port),
             QStringLiteral("-U"), user, QStringLiteral("-d"), database, QStringLiteral("-X"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql});
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {-1, QStringLiteral("psql timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAll())};
}

QString PgServer::createLoginRoles(const QStringList &users) const {
    for (const QString &user : users) {
        const auto [code, out] =
            psql(adminUser(), adminPassword(), QStringLiteral("postgres"),
                 QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%1-pw'").arg(user));
        if (code != 0)
            return out;
    }
    return {};
}

} // namespace overleg::test
