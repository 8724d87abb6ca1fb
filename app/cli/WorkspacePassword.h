#pragma once

#include "workspace/PgConnection.h"

#include <QString>

#include <optional>

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

// On a terminal: says `why` (if any), asks for the password of `server` on stderr, without
// echo, and returns it; nullopt when stdin is not a terminal (a script gives --password-stdin).
std::optional<QString> askWorkspacePassword(const ServerAddress &server, const QString &why);

} // namespace overleg::cli
