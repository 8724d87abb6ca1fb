#include "CommandLine.h"

#include "CliOutput.h"

namespace overleg::cli {

QList<CommandSpec> allCommands() {
    return {listCommand(),        importCommand(),        textCommand(),     renderCommand(),
            questionsCommand(),   answersCommand(),       syncCommand(),     exportCommand(),
            importNotesCommand(), openQuestionsCommand(), annotateCommand(), soortCommand(),
            searchCommand(),      workspaceCommand()};
}

QString Invocation::value(const QString &name, const QString &fallback) const {
    const auto it = options.constFind(name);
    return it == options.constEnd() || it->isEmpty() ? fallback : it->constLast();
}

int Invocation::usageError(const QString &message) const {
    printError(QStringLiteral("overleg-cli: %1: %2").arg(command, message));
    printError(Cli::tr("Try 'overleg-cli %1 --help'.").arg(command));
    return kExitUsage;
}

namespace {

// The global options, valid before and after the command name.
struct Global {
    const char *names;
    const char *valueName;
    const char *help;
};
const Global kGlobals[] = {
    {"--data-dir", "DIR",
     QT_TRANSLATE_NOOP("Cli", "the data directory (default: OVERLEG_DATA_DIR, else "
                              "$XDG_DATA_HOME/overleg)")},
    {"--json", "", QT_TRANSLATE_NOOP("Cli", "print the result as one JSON document on stdout")},
    {"-v, --verbose", "", QT_TRANSLATE_NOOP("Cli", "print progress and confirmations on stderr")},
    {"-h, --help", "",
     QT_TRANSLATE_NOOP("Cli", "print this help; after a command, that command's help")},
    {"-V, --version", "", QT_TRANSLATE_NOOP("Cli", "print the version")},
};

constexpr qsizetype kLineWidth = 79;

// Words filled into lines of at most kLineWidth; the text starts at column `start`, and every
// line after the first is indented by `indent`.
QString wrap(const QString &text, qsizetype indent, qsizetype start = 0) {
    QString out;
    qsizetype used = start;
    bool first = true;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!first && used + 1 + word.size() > kLineWidth) {
            out += u'\n' + QString(indent, u' ');
            used = indent;
        } else if (!first) {
            out += u' ';
            ++used;
        }
        out += word;
        used += word.size();
        first = false;
    }
    return out;
}

// Two columns: what is typed, and what it does; a long left side puts the text on its own line.
QString columns(const QList<std::pair<QString, QString>> &rows) {
    constexpr qsizetype kMaxLeft = 30;
    qsizetype width = 0;
    for (const auto &[left, right] : rows) {
        if (left.size() <= kMaxLeft)
            width = qMax(width, left.size());
    }
    QString out;
    for (const auto &[left, right] : rows) {
        out += QStringLiteral("  ") + left;
        if (left.size() > width)
            out += u'\n' + QString(width + 2, u' ');
        else
            out += QString(width - left.size(), u' ');
        out += QStringLiteral("  ") + wrap(right, width + 4, width + 4) + u'\n';
    }
    return out;
}

QString usageLine(const CommandSpec &c) {
    return QStringLiteral("overleg-cli %1%2%3")
        .arg(c.name,
             c.options.isEmpty() && !c.rawArguments ? QString() : QStringLiteral(" [OPTIONS]"),
             c.synopsis.isEmpty() ? QString() : u' ' + c.synopsis);
}

CommandLine usageError(CommandLine line, const QString &error) {
    line.action = CommandLine::Action::UsageError;
    line.error = error;
    return line;
}

} // namespace

QString usage(const QList<CommandSpec> &commands) {
    QList<std::pair<QString, QString>> commandRows, globalRows;
    for (const CommandSpec &c : commands)
        commandRows.append({QString(c.name + u' ' + c.synopsis).trimmed(), Cli::tr(c.summary)});
    for (const Global &g : kGlobals)
        globalRows.append(
            {QString(QLatin1String(g.names) + u' ' + QLatin1String(g.valueName)).trimmed(),
             Cli::tr(g.help)});
    return Cli::tr("Usage: overleg-cli [OPTIONS] COMMAND [ARGUMENTS]") + u'\n' +
           Cli::tr("The library, the documents and the notes of Overleg, for scripts.") +
           QStringLiteral("\n\n") + Cli::tr("Commands:") + u'\n' + columns(commandRows) + u'\n' +
           Cli::tr("Options:") + u'\n' + columns(globalRows) + u'\n' +
           wrap(Cli::tr("'overleg-cli COMMAND --help' describes a command and its options. Where a "
                        "command reads or writes a FILE, '-' is stdin or stdout; '--' ends the "
                        "options."),
                0) +
           u'\n' +
           wrap(Cli::tr("Exit status: 0 done, 1 the command failed, 2 the command line is wrong."),
                0);
}

QString commandHelp(const CommandSpec &c) {
    QString out = Cli::tr("Usage: %1").arg(usageLine(c)) + u'\n' + Cli::tr(c.summary) + u'\n';
    if (c.description && *c.description)
        out += u'\n' + wrap(Cli::tr(c.description), 0) + u'\n';
    if (!c.options.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const OptionSpec &o : c.options) {
            QString text = Cli::tr(o.help);
            if (o.repeatable)
                text += u' ' + Cli::tr("(repeatable)");
            rows.append(
                {QString(QStringLiteral("--") + o.name + u' ' + o.valueName).trimmed(), text});
        }
        out += u'\n' + Cli::tr("Options:") + u'\n' + columns(rows);
    }
    out +=
        u'\n' +
        Cli::tr("Global options: --data-dir DIR, --json, -v/--verbose (see overleg-cli --help).");
    return out;
}

CommandLine parseCommandLine(const QStringList &arguments, const QList<CommandSpec> &commands) {
    CommandLine line;
    Invocation &inv = line.invocation;
    bool help = false, version = false, optionsEnded = false, found = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const bool isOption = !optionsEnded && arg.size() > 1 && arg.startsWith(u'-');
        if (!isOption) {
            if (!found && inv.command.isEmpty()) {
                inv.command = arg;
                for (const CommandSpec &c : commands) {
                    if (c.name == arg) {
                        line.spec = c;
                        found = true;
                    }
                }
                if (!found)
                    return usageError(
                        line, Cli::tr("unknown command '%1'. Try 'overleg-cli --help'.").arg(arg));
            } else {
                inv.args << arg;
            }
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        // --name=value or --name [value]; a short option is one of the global ones.
        QString name = arg, inlineValue;
        bool hasInline = false;
        if (arg.startsWith(QLatin1String("--"))) {
            const qsizetype eq = arg.indexOf(u'=');
            if (eq > 0) {
                name = arg.left(eq);
                inlineValue = arg.mid(eq + 1);
                hasInline = true;
            }
        }
        // The value of an option that takes one: inline, or the next argument unless that is an
        // option itself ("--note --help" asks for help; a note that starts with a dash is given
        // as --note=-x).
        auto takeValue = [&](const QString &valueName, QString *value) {
            if (hasInline) {
                *value = inlineValue;
                return true;
            }
            if (i + 1 < arguments.size() && (arguments.at(i + 1) == QLatin1String("-") ||
                                             !arguments.at(i + 1).startsWith(u'-'))) {
                *value = arguments.at(++i);
                return true;
            }
            Q_UNUSED(valueName);
            return false;
        };
        if (name == QLatin1String("-h") || name == QLatin1String("--help")) {
            help = true;
        } else if (name == QLatin1String("-V") || name == QLatin1String("--version")) {
            version = true;
        } else if (name == QLatin1String("-v") || name == QLatin1String("--verbose")) {
            inv.verbose = true;
        } else if (name == QLatin1String("--json")) {
            inv.json = true;
        } else if (name == QLatin1String("--data-dir")) {
            if (!takeValue(QStringLiteral("DIR"), &inv.dataDir) || inv.dataDir.isEmpty())
                line.error = Cli::tr("option --data-dir needs a directory.");
        } else if (found && line.spec.rawArguments) {
            inv.args << arg;
        } else if (found && name.startsWith(QLatin1String("--"))) {
            const OptionSpec *option = nullptr;
            for (const OptionSpec &o : std::as_const(line.spec.options)) {
                if (name.mid(2) == o.name)
                    option = &o;
            }
            if (!option) {
                line.error = Cli::tr("unknown option '%1'.").arg(name);
            } else if (option->valueName.isEmpty()) {
                if (hasInline)
                    line.error = Cli::tr("option %1 takes no value.").arg(name);
                else
                    inv.options[option->name] = QStringList{QString()};
            } else {
                QString value;
                if (!takeValue(option->valueName, &value))
                    line.error = Cli::tr("option %1 needs a value (%1 %2, or %1=%2 for a value "
                                         "that starts with '-').")
                                     .arg(name, option->valueName);
                else if (option->repeatable)
                    inv.options[option->name] << value;
                else
                    inv.options[option->name] = QStringList{value};
            }
        } else {
            line.error = Cli::tr("unknown option '%1'.").arg(arg);
        }
        // The first error is the one reported, but --help anywhere still wins.
        if (!line.error.isEmpty() && !help) {
            for (qsizetype j = i + 1; j < arguments.size(); ++j) {
                if (arguments.at(j) == QLatin1String("--"))
                    break;
                help = help || arguments.at(j) == QLatin1String("-h") ||
                       arguments.at(j) == QLatin1String("--help");
            }
            if (!help)
                break;
        }
    }
    if (help) {
        line.action = found ? CommandLine::Action::CommandHelp : CommandLine::Action::Help;
        return line;
    }
    if (!line.error.isEmpty())
        return usageError(line, line.error);
    if (version) {
        line.action = CommandLine::Action::Version;
        return line;
    }
    if (!found) {
        line.action = CommandLine::Action::MissingCommand;
        return line;
    }
    const CommandSpec &c = line.spec;
    if (!c.rawArguments) {
        if (inv.args.size() < c.minArguments)
            return usageError(line, Cli::tr("missing argument; usage: %1").arg(usageLine(c)));
        if (c.maxArguments >= 0 && inv.args.size() > c.maxArguments)
            return usageError(line, Cli::tr("unexpected argument '%1'; usage: %2")
                                        .arg(inv.args.at(c.maxArguments), usageLine(c)));
    }
    return line;
}

CommandLine parseCommandLine(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return parseCommandLine(arguments, allCommands());
}

int answerWithoutRunning(const CommandLine &line) {
    switch (line.action) {
    case CommandLine::Action::Help:
        printLine(usage(allCommands()));
        return kExitOk;
    case CommandLine::Action::CommandHelp:
        printLine(commandHelp(line.spec));
        return kExitOk;
    case CommandLine::Action::Version:
        printLine(QStringLiteral("overleg-cli " OVERLEG_VERSION));
        return kExitOk;
    case CommandLine::Action::MissingCommand:
        printError(usage(allCommands()));
        return kExitUsage;
    case CommandLine::Action::UsageError:
        if (line.invocation.command.isEmpty() || line.spec.name.isEmpty()) {
            printError(QStringLiteral("overleg-cli: ") + line.error);
            if (!line.error.contains(QLatin1String("--help")))
                printError(Cli::tr("Try 'overleg-cli --help'."));
            return kExitUsage;
        }
        return line.invocation.usageError(line.error);
    case CommandLine::Action::Run:
        break;
    }
    return kExitUsage;
}

} // namespace overleg::cli
