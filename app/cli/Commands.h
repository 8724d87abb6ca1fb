#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace overleg::cli {

// One option of a command, as it declares it. Texts are marked with
// QT_TRANSLATE_NOOP("Cli", ...) and translated when the help is printed.
struct OptionSpec {
    QString name;          // long name without the dashes: "status" for --status
    QString valueName;     // empty: a switch; else the value's placeholder: "S"
    const char *help = ""; // one line
    bool repeatable = false;
};

struct Invocation;

// What a command declares; the parser (CommandLine.cpp) does the rest: --opt=value and
// --opt value, "--" ending the options, "-" as an argument, -h/--help printing this command's
// help without running it, an unknown option or a missing value refused with exit code 2.
struct CommandSpec {
    QString name;                 // "annotate"
    QString synopsis;             // the arguments after the options: "DOC N"
    const char *summary = "";     // one line for overleg-cli --help
    const char *description = ""; // more lines for overleg-cli COMMAND --help (may be empty)
    QList<OptionSpec> options;
    int minArguments = 0;  // positional arguments
    int maxArguments = -1; // -1: any number
    int (*run)(const Invocation &) = nullptr;
    // For a command that reads its own arguments (inv.args is then everything after the command
    // name except the global options and --help): a bridge while a command moves to the spec.
    bool rawArguments = false;
};

// What a command gets: its positional arguments, its options, and the global options.
struct Invocation {
    QString command;
    QStringList args; // positional arguments (after "--" too); "-" stays "-"
    QString dataDir;
    bool json = false;
    bool verbose = false;
    QHash<QString, QStringList> options; // by long name; a switch holds one empty value

    bool isSet(const QString &name) const { return options.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const { return options.value(name); }
    // For a value that is not what the option takes: prints the message and how to get help,
    // returns kExitUsage.
    int usageError(const QString &message) const;
};

// Every command, in the order of the help. A new command: a CommandSpec function in its own
// file, declared here and listed in allCommands() (CommandLine.cpp). For example:
//
//   CommandSpec searchCommand() {
//       CommandSpec c;
//       c.name = QStringLiteral("search");
//       c.synopsis = QStringLiteral("QUERY");
//       c.summary = QT_TRANSLATE_NOOP("Cli", "find documents by their text");
//       c.options = {{QStringLiteral("limit"), QStringLiteral("N"),
//                     QT_TRANSLATE_NOOP("Cli", "at most N results")}};
//       c.minArguments = c.maxArguments = 1;
//       c.run = runSearch; // reads inv.args.first(), inv.value("limit"); a bad value:
//       return c;          // return inv.usageError(Cli::tr("--limit takes a number."));
//   }
QList<CommandSpec> allCommands();

CommandSpec listCommand();
CommandSpec importCommand();
CommandSpec textCommand();
CommandSpec renderCommand();
CommandSpec questionsCommand();
CommandSpec answersCommand();
CommandSpec syncCommand();
CommandSpec exportCommand();
CommandSpec importNotesCommand();
CommandSpec openQuestionsCommand();
CommandSpec annotateCommand();
CommandSpec soortCommand();
CommandSpec searchCommand();
CommandSpec workspaceCommand();

// A FILE argument may also name a document of the library (number, KOOP id or GUID): returns
// the path of its file, or empty with *error set. "-" is not a path: see InputFile.h.
QString resolveFileArgument(const QString &argument, const QString &dataDir, QString *error);

} // namespace overleg::cli
