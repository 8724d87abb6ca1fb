#include "ServerSchema.h"

#include "PgConnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace overleg::ServerSchema {

namespace {

QString script(int version) {
    static const char *const names[] = {"001_workspace.sql", "002_history.sql",
                                        "003_answer_links.sql"};
    static_assert(sizeof(names) / sizeof(names[0]) == kVersion);
    QFile f(QStringLiteral(":/overleg/workspace/migrations/") + QLatin1String(names[version - 1]));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

Status tooNew(int server) {
    return Status::failure(
        QCoreApplication::translate(
            "Workspace",
            "The workspace server's schema is version %1; this Overleg knows up to version %2. "
            "Update Overleg to work in this workspace; nothing was changed.")
            .arg(server)
            .arg(kVersion));
}

} // namespace

Result<int> version(const PgConnection &connection) {
    QSqlQuery exists =
        connection.run(QStringLiteral("SELECT to_regclass('overleg.schema_version') IS NOT NULL"));
    if (!exists.next())
        return Result<int>::failure(PgConnection::errorOf(exists));
    if (!exists.value(0).toBool())
        return 0;
    QSqlQuery q = connection.run(QStringLiteral("SELECT version FROM overleg.schema_version"));
    if (!q.next())
        return Result<int>::failure(PgConnection::errorOf(q));
    return q.value(0).toInt();
}

Result<int> migrate(const PgConnection &connection, int target) {
    using R = Result<int>;
    QSqlDatabase db = connection.db();
    for (;;) {
        if (!db.transaction())
            return R::failure(db.lastError().text());
        // The version row, locked: two administrators migrating at once take turns.
        connection.run(QStringLiteral("CREATE SCHEMA IF NOT EXISTS overleg"));
        QSqlQuery create = connection.run(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS overleg.schema_version (version integer NOT NULL)"));
        if (create.lastError().isValid()) {
            const QString error = PgConnection::errorOf(create);
            db.rollback();
            return R::failure(QCoreApplication::translate(
                                  "Workspace", "The workspace schema cannot be created: %1")
                                  .arg(error));
        }
        connection.run(QStringLiteral("GRANT USAGE ON SCHEMA overleg TO PUBLIC"));
        connection.run(QStringLiteral("GRANT SELECT ON overleg.schema_version TO PUBLIC"));
        connection.run(QStringLiteral("LOCK TABLE overleg.schema_version IN EXCLUSIVE MODE"));
        QSqlQuery current =
            connection.run(QStringLiteral("SELECT version FROM overleg.schema_version"));
        int at = 0;
        if (current.next()) {
            at = current.value(0).toInt();
        } else {
            connection.run(QStringLiteral("INSERT INTO overleg.schema_version VALUES (0)"));
        }
        if (at > kVersion) {
            db.rollback();
            return R::failure(tooNew(at).error());
        }
        if (at >= target) {
            db.commit();
            return at;
        }
        const int next = at + 1;
        QSqlQuery apply(db);
        // A script is many statements: sent as one simple query, no values in it.
        if (!apply.exec(script(next))) {
            const QString error = PgConnection::errorOf(apply);
            db.rollback();
            return R::failure(
                QCoreApplication::translate(
                    "Workspace",
                    "The workspace schema could not be brought to version %1: %2; nothing of "
                    "that version was kept.")
                    .arg(next)
                    .arg(error));
        }
        QSqlQuery bump =
            connection.run(QStringLiteral("UPDATE overleg.schema_version SET version = ?"), {next});
        if (bump.lastError().isValid() || !db.commit()) {
            const QString error = PgConnection::errorOf(bump);
            db.rollback();
            return R::failure(error);
        }
    }
}

Status checkUsable(const PgConnection &connection) {
    const auto server = version(connection);
    if (!server)
        return Status::failure(server.error());
    if (server.value() == 0)
        return Status::failure(QCoreApplication::translate(
            "Workspace", "There is no Overleg workspace schema on this server yet; "
                         "an administrator creates it with `overleg-cli workspace "
                         "init-server`."));
    if (server.value() > kVersion)
        return tooNew(server.value());
    if (server.value() < kVersion)
        return Status::failure(QCoreApplication::translate(
                                   "Workspace",
                                   "The workspace server's schema is version %1, older than this "
                                   "Overleg's %2; an administrator updates it with `overleg-cli "
                                   "workspace init-server`.")
                                   .arg(server.value())
                                   .arg(kVersion));
    return success();
}

} // namespace overleg::ServerSchema
