#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace overleg {

// Where a team workspace's server is and how to reach it. The password is never written to a
// settings file: it comes from the keyring, the environment or a prompt.
struct ServerAddress {
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("overleg");
    QString user;
    QString password;
    // libpq's sslmode; empty picks the default: verify-full for any host but this machine.
    QString sslMode;
    QString sslRootCert; // the CA file for verify-ca / verify-full; empty: libpq's default

    bool isLocal() const;
    QString effectiveSslMode() const;
};

// One QPSQL connection, closed and removed when this goes (Qt's connections are named globals).
// Every statement goes through run(): placeholders with bound values, never text pasted in.
class PgConnection {
public:
    static Result<std::unique_ptr<PgConnection>> open(const ServerAddress &address);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    QSqlDatabase db() const;
    const ServerAddress &address() const { return m_address; }
    QSqlQuery run(const QString &sql, const QVariantList &values = {}) const;
    // The text of the last error of a query, or of the connection.
    static QString errorOf(const QSqlQuery &query);
    bool isOpen() const;
    // Reconnects after the server went away; true when connected again.
    bool reopen();

private:
    PgConnection(QString name, ServerAddress address);
    QString m_name;
    ServerAddress m_address;
};

} // namespace overleg
