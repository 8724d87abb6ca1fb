#include "CommandLine.h"

#include "CliOutput.h"

namespace overleg::cli {

namespace {

const char kUsage[] =
    "Usage: overleg-cli [--data-dir DIR] [--json] COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  list commissies|dossiers|kamerleden|documents   browse the library\n"
    "  import FILE...                                  add files to the library\n"
    "  text FILE|DOC                                   plain text of a document\n"
    "  render FILE|DOC --page N [--dpi D] --out PNG    one PDF page as an image\n"
    "  questions FILE|DOC                              the question units of a document\n"
    "  answers FILE|DOC [--questions QFILE|DOC]        answer status of every question\n"
    "  sync [--feed URL] [--since DATE] [--follow commissie:ID|dossier:NR]...\n"
    "                                                  fetch the Kamer's open data (and files)\n"
    "  export --format pdf|md|csv|json --out FILE [--document DOC]... [--tag T] [--status S]\n"
    "         [--fractie F] [--lang nl|en]           the notes report, or all notes as a bundle\n"
    "  import-notes FILE                               merge a notes bundle into this library\n"
    "  open-questions [--commissie C] [--fractie F] [--tag T]\n"
    "                                                  unanswered questions, by deadline\n"
    "  annotate DOC N [--status S] [--tag T]... [--note TEXT]   set what the panel sets\n"
    "  soort DOC [SOORT|auto]                          the kind DOC is read as; set or reset it\n"
    "  workspace init-server|create NAME|connect NAME|status|members|add-member USER ROLE|\n"
    "            remove-member USER|leave|mine|progress DOC [--host H] [--port P]\n"
    "            [--database D] [--user U]\n"
    "            [--sslmode MODE] [--sslrootcert FILE] [--password-stdin]\n"
    "                                                  team workspaces on a PostgreSQL server\n"
    "\n"
    "Options:\n"
    "  --data-dir DIR   the data directory (default: OVERLEG_DATA_DIR or the user's app data)\n"
    "  --json           print one JSON document on stdout\n"
    "  -h, --help       this help\n";

} // namespace

QString usage() {
    return QString::fromLatin1(kUsage).trimmed();
}

CommandLine parseCommandLine(const QStringList &arguments) {
    CommandLine line;
    Invocation &inv = line.invocation;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--data-dir")) {
            if (i + 1 >= arguments.size()) {
                line.action = CommandLine::Action::Invalid;
                line.error = QStringLiteral("--data-dir needs a directory.");
                return line;
            }
            inv.dataDir = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--data-dir="))) {
            inv.dataDir = arg.mid(11);
        } else if (arg == QLatin1String("--json")) {
            inv.json = true;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            line.action = CommandLine::Action::Help;
            return line;
        } else if (arg == QLatin1String("--version")) {
            line.action = CommandLine::Action::Version;
            return line;
        } else if (line.command.isEmpty() && !arg.startsWith(u'-')) {
            line.command = arg;
        } else {
            inv.args << arg;
        }
    }
    if (line.command.isEmpty())
        line.action = CommandLine::Action::MissingCommand;
    return line;
}

CommandLine parseCommandLine(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return parseCommandLine(arguments);
}

int answerWithoutCommand(const CommandLine &line) {
    switch (line.action) {
    case CommandLine::Action::Help:
        printLine(usage());
        return kExitOk;
    case CommandLine::Action::Version:
        printLine(QStringLiteral("overleg-cli " OVERLEG_VERSION));
        return kExitOk;
    case CommandLine::Action::MissingCommand:
        printError(usage());
        return kExitUserError;
    case CommandLine::Action::Invalid:
        return fail(line.error);
    case CommandLine::Action::Run:
        break;
    }
    return kExitUserError;
}

} // namespace overleg::cli
