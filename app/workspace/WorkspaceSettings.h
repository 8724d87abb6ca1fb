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
    // The workspace's id on the server: names its offline copy (workspace-ID.sqlite), which the
    // CLI then reads without the server. 0 in settings written before it was kept.
    qint64 id = 0;

    static std::optional<WorkspaceSettings> load(const QString &dataDir);
    Status save(const QString &dataDir) const;
    static Status forget(const QString &dataDir); // back to the personal workspace
};

} // namespace overleg
