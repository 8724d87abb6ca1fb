#pragma once

#include "Commands.h"

#include <QString>
#include <QStringList>

namespace overleg::cli {

// The command line, read once by the rules of CommandSpec (Commands.h).
struct CommandLine {
    enum class Action { Run, Help, CommandHelp, Version, MissingCommand, UsageError };
    Action action = Action::Run;
    CommandSpec spec; // for Run and CommandHelp
    Invocation invocation;
    QString error; // for UsageError, translated
};

CommandLine parseCommandLine(const QStringList &arguments,
                             const QList<CommandSpec> &commands); // without the program name
CommandLine parseCommandLine(int argc, char *argv[]);             // main()'s, with allCommands()

// The text of overleg-cli --help, and of overleg-cli COMMAND --help.
QString usage(const QList<CommandSpec> &commands);
QString commandHelp(const CommandSpec &command);

// Prints what --help, --version or a bad command line asks for; returns the exit code.
int answerWithoutRunning(const CommandLine &line);

} // namespace overleg::cli
