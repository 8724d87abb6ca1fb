// overleg-cli: the library, the documents and the notes for scripts. Links overleg_core only.

#include "CliOutput.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <functional>
#include <map>

using namespace overleg::cli;

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
    "\n"
    "Options:\n"
    "  --data-dir DIR   the data directory (default: OVERLEG_DATA_DIR or the user's app data)\n"
    "  --json           print one JSON document on stdout\n"
    "  -h, --help       this help\n";

} // namespace

namespace {

// Laying out the PDF report needs fonts, and fonts need a QGuiApplication; on a machine without a
// display it runs on the offscreen platform. Every other command stays GUI-free (and faster).
bool needsFonts(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "export") == 0)
            return true;
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[]) {
    if (!needsFonts(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[]) {
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Overleg"));
    QCoreApplication::setApplicationName(QStringLiteral("Overleg"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OVERLEG_VERSION));

    Invocation inv;
    QString command;
    const QStringList arguments = app.arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--data-dir")) {
            if (i + 1 >= arguments.size())
                return fail(QStringLiteral("--data-dir needs a directory."));
            inv.dataDir = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--data-dir="))) {
            inv.dataDir = arg.mid(11);
        } else if (arg == QLatin1String("--json")) {
            inv.json = true;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            printLine(QString::fromLatin1(kUsage).trimmed());
            return kExitOk;
        } else if (arg == QLatin1String("--version")) {
            printLine(QStringLiteral("overleg-cli ") + QCoreApplication::applicationVersion());
            return kExitOk;
        } else if (command.isEmpty() && !arg.startsWith(u'-')) {
            command = arg;
        } else {
            inv.args << arg;
        }
    }

    const std::map<QString, std::function<int(const Invocation &)>> commands = {
        {QStringLiteral("list"), runList},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("text"), runText},
        {QStringLiteral("render"), runRender},
        {QStringLiteral("questions"), runQuestions},
        {QStringLiteral("annotate"), runAnnotate},
        {QStringLiteral("answers"), runAnswers},
        {QStringLiteral("sync"), runSync},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("import-notes"), runImportNotes},
        {QStringLiteral("open-questions"), runOpenQuestions},
    };
    if (command.isEmpty()) {
        printError(QString::fromLatin1(kUsage).trimmed());
        return kExitUserError;
    }
    const auto it = commands.find(command);
    if (it == commands.end())
        return fail(QStringLiteral("unknown command '%1'. Try overleg-cli --help.").arg(command));
    return it->second(inv);
}
