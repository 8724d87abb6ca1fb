#pragma once

#include "Commands.h"

#include <QString>
#include <QStringList>

namespace overleg::cli {

// The command line, read once by the same rules in the launcher and in the commands module.
struct CommandLine {
    enum class Action { Run, Help, Version, MissingCommand, Invalid };
    Action action = Action::Run;
    QString command;
    Invocation invocation;
    QString error; // for Invalid
};

CommandLine parseCommandLine(const QStringList &arguments); // without the program name
CommandLine parseCommandLine(int argc, char *argv[]);       // main()'s arguments

// The usage text of --help.
QString usage();

// Prints what --help, --version or a bad command line asks for; returns the exit code.
int answerWithoutCommand(const CommandLine &line);

} // namespace overleg::cli
