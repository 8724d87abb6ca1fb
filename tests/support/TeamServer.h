#pragma once

// A team on a test's own PostgreSQL server (PgServer), set up the way every workspace and team
// test needs it: the server started, the workspace schema migrated, a login role for every
// member ("<name>-pw" as password), and a workspace created by the first member (its owner)
// with the others added in their roles; then the openers of a member's connection, TeamNotes
// and OfflineNotes. A test still skips itself (QSKIP) when PgServer::unavailableReason() says so.

#include "PgServer.h"
#include "WorkspaceSupport.h"

#include "workspace/OfflineNotes.h"
#include "workspace/ServerSchema.h"
#include "workspace/TeamNotes.h"
#include "workspace/Workspaces.h"

#include <QList>

#include <memory>

namespace overleg::test {

struct TeamMember {
    QString user;
    QString role; // owner, editor, reader; empty: a login role only, not a member
};

class TeamServer {
public:
    // Starts the server and makes the team; with no `workspaceName`, the login roles only.
    // Returns an error text, empty on success.
    QString start(const QList<TeamMember> &members, const QString &workspaceName = {}) {
        if (QString error = m_server.start(); !error.isEmpty())
            return error;
        QStringList users;
        for (const TeamMember &m : members)
            users << m.user;
        if (QString error = m_server.createLoginRoles(users); !error.isEmpty())
            return error;
        auto admin = PgConnection::open(addressOf(PgServer::adminUser()));
        if (!admin)
            return admin.error();
        if (const auto migrated = ServerSchema::migrate(*admin.value()); !migrated)
            return migrated.error();
        if (workspaceName.isEmpty() || members.isEmpty())
            return {};
        m_owner = members.first().user;
        auto owner = connect(m_owner);
        if (!owner)
            return QStringLiteral("%1 cannot connect").arg(m_owner);
        const auto ws = Workspaces::create(*owner, workspaceName);
        if (!ws)
            return ws.error();
        m_workspace = ws.value();
        for (const TeamMember &m : members.mid(1))
            if (!m.role.isEmpty())
                if (const Status added = setRole(m.user, m.role); !added)
                    return added.error();
        return {};
    }

    PgServer &server() { return m_server; }
    qint64 workspace() const { return m_workspace; }
    ServerAddress addressOf(const QString &user) const { return serverAddress(m_server, user); }

    std::unique_ptr<PgConnection> connect(const QString &user) const {
        auto c = PgConnection::open(addressOf(user));
        if (!c)
            qWarning("%s", qPrintable(c.error()));
        return c ? std::move(c).value() : nullptr;
    }
    // The member's notes straight on the server.
    std::unique_ptr<TeamNotes> team(const QString &user) const {
        auto c = connect(user);
        return c ? std::make_unique<TeamNotes>(std::move(c), m_workspace) : nullptr;
    }
    // The member's notes as the window keeps them, with an outbox at `outboxPath`.
    std::unique_ptr<OfflineNotes> client(const QString &user, const QString &outboxPath) const {
        auto notes = OfflineNotes::open(addressOf(user), m_workspace, outboxPath);
        if (!notes)
            qWarning("%s", qPrintable(notes.error()));
        return notes ? std::move(notes).value() : nullptr;
    }
    // Adds a member or gives one another role, as the workspace's owner.
    Status setRole(const QString &user, const QString &role) const {
        auto owner = connect(m_owner);
        if (!owner)
            return Status::failure(QStringLiteral("%1 cannot connect").arg(m_owner));
        return Workspaces::addMember(*owner, m_workspace, user, role);
    }

private:
    PgServer m_server;
    qint64 m_workspace = 0;
    QString m_owner;
};

} // namespace overleg::test
