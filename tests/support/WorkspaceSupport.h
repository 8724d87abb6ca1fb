#pragma once

// The address of a test's PostgreSQL server (PgServer) for one of its login roles: the admin
// with its password, any other user with the "<name>-pw" that PgServer::createLoginRoles gave it.

#include "PgServer.h"
#include "workspace/PgConnection.h"

namespace overleg::test {

inline ServerAddress serverAddress(const PgServer &server, const QString &user,
                                   const QString &database = QStringLiteral("postgres")) {
    ServerAddress a;
    a.host = PgServer::host();
    a.port = server.port();
    a.database = database;
    a.user = user;
    a.password =
        user == PgServer::adminUser() ? PgServer::adminPassword() : user + QStringLiteral("-pw");
    a.sslMode = QStringLiteral("disable");
    return a;
}

} // namespace overleg::test
