#pragma once

#include "PgConnection.h"

#include <optional>

namespace overleg {

// The team workspace this data directory works in, if any: server, login and workspace name, in
// workspace.ini beside the databases. Never the password: that stays in the keyring, the
// environment (OVERLEG_WORKSPACE_PASSWORD, PGPASSWORD) or libpq's ~/.pgpass.
struct WorkspaceSettings {
    ServerAddress server; // password left empty
    QString workspace;

    static std::optional<WorkspaceSettings> load(const QString &dataDir);
    Status save(const QString &dataDir) const;
    static Status forget(const QString &dataDir); // back to the personal workspace
};

} // namespace overleg
