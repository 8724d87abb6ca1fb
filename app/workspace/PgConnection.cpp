#include "PgConnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>

namespace overleg {

namespace {
QAtomicInt connectionCounter;
} // namespace

bool ServerAddress::isLocal() const {
    return host.isEmpty() || host == QLatin1String("localhost") ||
           host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") ||
           host.startsWith(QLatin1Char('/'));
}

QString ServerAddress::effectiveSslMode() const {
    if (!sslMode.isEmpty())
        return sslMode;
    // A server elsewhere is reached only over TLS with its certificate and name checked; on
    // this machine there is nobody in between to check for.
    return isLocal() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

PgConnection::PgConnection(QString name, ServerAddress address)
    : m_name(std::move(name))
    , m_address(std::move(address)) {}

PgConnection::~PgConnection() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const ServerAddress &address) {
    using R = Result<std::unique_ptr<PgConnection>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return R::failure(QCoreApplication::translate(
            "Workspace", "Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)."));
    const QString name =
        QStringLiteral("overleg-workspace-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<PgConnection> connection(new PgConnection(name, address));
    if (!connection->reopen()) {
        const QString error = connection->db().lastError().text();
        return R::failure(QCoreApplication::translate("Workspace",
                                                      "Cannot connect to the workspace server "
                                                      "%1:%2 (database %3, user %4): %5")
                              .arg(address.host)
                              .arg(address.port)
                              .arg(address.database, address.user, error.trimmed()));
    }
    return R(std::move(connection));
}

bool PgConnection::reopen() {
    QSqlDatabase db = QSqlDatabase::contains(m_name)
                          ? QSqlDatabase::database(m_name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.close();
    db.setHostName(m_address.host);
    db.setPort(m_address.port);
    db.setDatabaseName(m_address.database);
    db.setUserName(m_address.user);
    db.setPassword(m_address.password);
    QString options =
        QStringLiteral("sslmode=%1;connect_timeout=5").arg(m_address.effectiveSslMode());
    if (!m_address.sslRootCert.isEmpty())
        options += QStringLiteral(";sslrootcert=") + m_address.sslRootCert;
    options += QStringLiteral(";application_name=overleg");
    db.setConnectOptions(options);
    if (!db.open())
        return false;
    // The server's notices (IF NOT EXISTS ... skipping) are not for the user's terminal.
    QSqlQuery quiet(db);
    quiet.exec(QStringLiteral("SET client_min_messages TO warning"));
    return true;
}

QSqlDatabase PgConnection::db() const {
    return QSqlDatabase::database(m_name, false);
}

bool PgConnection::isOpen() const {
    return db().isOpen();
}

QSqlQuery PgConnection::run(const QString &sql, const QVariantList &values) const {
    QSqlQuery q(db());
    // Without values there is nothing to bind, and PostgreSQL cannot PREPARE DDL (a migration).
    if (values.isEmpty()) {
        q.exec(sql);
        return q;
    }
    if (!q.prepare(sql))
        return q;
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    return q;
}

QString PgConnection::errorOf(const QSqlQuery &query) {
    const QSqlError e = query.lastError();
    return e.isValid() ? e.text().trimmed() : QString();
}

} // namespace overleg
