#pragma once

// A real, throw-away PostgreSQL 15 server for the workspace tests: initdb into a temporary
// directory, pg_ctl on a free port of 127.0.0.1, stopped and removed at the end. Run as root,
// the server runs as the unprivileged user `nobody` (PostgreSQL refuses to run as root).

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace overleg::test {

class PgServer {
public:
    // Where the Debian packages put the binaries (PostgreSQL 15, Debian 12).
    static QString binDir();
    // Empty when the server binaries and Qt's QPSQL driver are there, else why not (for QSKIP).
    static QString unavailableReason();

    PgServer();
    ~PgServer(); // stops the server

    // initdb (scram-sha-256 passwords, superuser `admin`) and start. `settings` are extra
    // `-c name=value` settings (for example ssl=on). Returns an error text, empty on success.
    QString start(const QStringList &settings = {});
    QString stop();    // fast shutdown, the data directory stays
    QString restart(); // start again with the same settings on the same port
    // Settings for the next restart() (to turn TLS on once its files are installed).
    void setSettings(const QStringList &settings) { m_settings = settings; }
    // Copies a file into filesDir(), readable by the server user only (as a TLS key must be).
    QString installFile(const QString &source);

    int port() const { return m_port; }
    static QString host() { return QStringLiteral("127.0.0.1"); }
    static QString adminUser() { return QStringLiteral("admin"); }
    static QString adminPassword() { return QStringLiteral("admin-secret"); }
    // A directory the server user can read (certificates, keys).
    QString filesDir() const;
    QString log() const;

    // Runs SQL through psql as `user`; returns {exit code, stdout+stderr}.
    std::pair<int, QString> psql(const QString &user, const QString &password,
                                 const QString &database, const QString &sql) const;
    // Login roles for the users named, each with the password "<name>-pw"; empty when all were
    // made, else what psql said.
    QString createLoginRoles(const QStringList &users) const;

private:
    QString runAsServerUser(const QString &program, const QStringList &args, int timeoutMs,
                            int *exitCode = nullptr) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_settings;
    int m_port = 0;
    bool m_running = false;
};

} // namespace overleg::test
