#include "WorkspacePassword.h"

#include "CliOutput.h"
#include "workspace/PasswordVault.h"

#include <QTextStream>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

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

std::optional<QString> askWorkspacePassword(const ServerAddress &server, const QString &why) {
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    if (!why.isEmpty())
        printError(why);
    std::fprintf(stderr, "%s",
                 qPrintable(Cli::tr("Password for %1: ").arg(PasswordVault::keyFor(server))));
    std::fflush(stderr);
    termios before{};
    const bool quiet = tcgetattr(STDIN_FILENO, &before) == 0;
    if (quiet) {
        termios silent = before;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString typed = in.readLine();
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSANOW, &before);
    std::fprintf(stderr, "\n");
    return typed;
}

} // namespace overleg::cli
