#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace overleg {

class PgConnection;

struct WorkspaceInfo {
    qint64 id = 0;
    QString name;
    QString role; // the logged-in user's: owner, editor, reader
    int members = 0;
};

struct WorkspaceMember {
    QString user; // the PostgreSQL login
    QString role;
    QString addedBy;
    QDateTime addedAt;
};

// Workspaces on a server and who is in them. The server decides who may do what (row-level
// security): these calls report its refusal in words, they do not check rights themselves.
namespace Workspaces {

QStringList roles(); // owner, editor, reader

Result<qint64> create(const PgConnection &connection, const QString &name);
// The workspaces the logged-in user is a member of.
Result<QList<WorkspaceInfo>> list(const PgConnection &connection);
Result<WorkspaceInfo> find(const PgConnection &connection, const QString &name);
Result<QList<WorkspaceMember>> members(const PgConnection &connection, qint64 workspace);
// Adds a login as a member, or gives a member another role (owners only).
Status addMember(const PgConnection &connection, qint64 workspace, const QString &user,
                 const QString &role);
// Removes a member (owners; anyone may remove themselves): their next statement sees nothing.
Status removeMember(const PgConnection &connection, qint64 workspace, const QString &user);

} // namespace Workspaces

} // namespace overleg
