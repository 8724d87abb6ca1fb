#include "Workspaces.h"

#include "PgConnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace overleg::Workspaces {

QStringList roles() {
    return {QStringLiteral("owner"), QStringLiteral("editor"), QStringLiteral("reader")};
}

Result<qint64> create(const PgConnection &connection, const QString &name) {
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Result<qint64>::failure(
            QCoreApplication::translate("Workspace", "A workspace needs a name."));
    QSqlQuery q = connection.run(QStringLiteral("SELECT overleg.create_workspace(?)"), {trimmed});
    if (!q.next())
        return Result<qint64>::failure(
            QCoreApplication::translate("Workspace", "The workspace '%1' could not be created: %2")
                .arg(trimmed, PgConnection::errorOf(q)));
    return q.value(0).toLongLong();
}

Result<QList<WorkspaceInfo>> list(const PgConnection &connection) {
    QSqlQuery q = connection.run(QStringLiteral(
        "SELECT w.id, w.name, overleg.my_role(w.id), (SELECT count(*) FROM overleg.member m "
        "WHERE m.workspace_id = w.id) FROM overleg.workspace w ORDER BY lower(w.name)"));
    if (q.lastError().isValid())
        return Result<QList<WorkspaceInfo>>::failure(PgConnection::errorOf(q));
    QList<WorkspaceInfo> result;
    while (q.next())
        result << WorkspaceInfo{q.value(0).toLongLong(), q.value(1).toString(),
                                q.value(2).toString(), q.value(3).toInt()};
    return result;
}

Result<WorkspaceInfo> find(const PgConnection &connection, const QString &name) {
    const auto all = list(connection);
    if (!all)
        return Result<WorkspaceInfo>::failure(all.error());
    for (const WorkspaceInfo &w : all.value())
        if (w.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return w;
    return Result<WorkspaceInfo>::failure(
        QCoreApplication::translate("Workspace",
                                    "There is no workspace '%1' on this server that %2 is a "
                                    "member of.")
            .arg(name, connection.address().user));
}

Result<QList<WorkspaceMember>> members(const PgConnection &connection, qint64 workspace) {
    QSqlQuery q = connection.run(
        QStringLiteral("SELECT user_name, role, added_by, added_at FROM overleg.member WHERE "
                       "workspace_id = ? ORDER BY CASE role WHEN 'owner' THEN 0 WHEN 'editor' "
                       "THEN 1 ELSE 2 END, user_name"),
        {workspace});
    if (q.lastError().isValid())
        return Result<QList<WorkspaceMember>>::failure(PgConnection::errorOf(q));
    QList<WorkspaceMember> result;
    while (q.next())
        result << WorkspaceMember{q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toDateTime()};
    return result;
}

Status addMember(const PgConnection &connection, qint64 workspace, const QString &user,
                 const QString &role) {
    if (!roles().contains(role))
        return Status::failure(
            QCoreApplication::translate("Workspace", "Unknown role '%1' (owner, editor, reader).")
                .arg(role));
    QSqlQuery exists = connection.run(
        QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin"), {user});
    if (!exists.next())
        return Status::failure(
            QCoreApplication::translate("Workspace",
                                        "There is no login '%1' on the server; the server's "
                                        "administrator creates it first (CREATE ROLE).")
                .arg(user));
    QSqlQuery q = connection.run(
        QStringLiteral("INSERT INTO overleg.member (workspace_id, user_name, role) VALUES (?, ?, "
                       "?) ON CONFLICT (workspace_id, user_name) DO UPDATE SET role = "
                       "EXCLUDED.role"),
        {workspace, user, role});
    if (q.lastError().isValid())
        return Status::failure(QCoreApplication::translate("Workspace", "%1 could not be added: %2")
                                   .arg(user, PgConnection::errorOf(q)));
    return success();
}

Status removeMember(const PgConnection &connection, qint64 workspace, const QString &user) {
    QSqlQuery q = connection.run(
        QStringLiteral("DELETE FROM overleg.member WHERE workspace_id = ? AND user_name = ?"),
        {workspace, user});
    if (q.lastError().isValid())
        return Status::failure(PgConnection::errorOf(q));
    if (q.numRowsAffected() == 0)
        return Status::failure(QCoreApplication::translate(
                                   "Workspace", "%1 is not a member, or you may not remove them.")
                                   .arg(user));
    return success();
}

} // namespace overleg::Workspaces
