#include "WorkspacePassword.h"

#include "workspace/PasswordVault.h"

#include <QTextStream>

#include <cstdio>

namespace overleg::cli {

WorkspacePassword findWorkspacePassword(const ServerAddress &server, bool fromStdin,
                                        PasswordVault &vault) {
    WorkspacePassword found;
    if (fromStdin) {
        QTextStream in(stdin);
        found.password = in.readLine();
        return found;
    }
    found.password = qEnvironmentVariable("OVERLEG_WORKSPACE_PASSWORD");
    if (!found.password.isEmpty())
        return found;
    const auto stored = vault.read(PasswordVault::keyFor(server));
    if (!stored) {
        found.keyringProblem = stored.error();
        return found;
    }
    if (stored.value()) {
        found.password = *stored.value();
        found.fromKeyring = true;
    }
    return found;
}

} // namespace overleg::cli
