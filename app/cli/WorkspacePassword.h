#pragma once

#include "workspace/PgConnection.h"

#include <QString>

namespace overleg {
class PasswordVault;
}

namespace overleg::cli {

// Where `overleg-cli workspace` finds a login's password, first found wins: stdin (when asked
// with --password-stdin), OVERLEG_WORKSPACE_PASSWORD, the desktop keyring (stored by
// `workspace connect --remember-password`), and else libpq's own PGPASSWORD or ~/.pgpass.
// Never a settings file.
struct WorkspacePassword {
    QString password;
    bool fromKeyring = false;
    QString keyringProblem; // why the keyring could not be asked, for the user; else empty
};

WorkspacePassword findWorkspacePassword(const ServerAddress &server, bool fromStdin,
                                        PasswordVault &vault);

} // namespace overleg::cli
