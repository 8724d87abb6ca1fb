// overleg-cli: the library, the documents and the notes for scripts.
//
// This launcher links QtCore and the text extractor only. `text FILE`, --help and --version run
// here; every other command lives in the commands module, loaded on demand. Loading QtGui,
// QtNetwork, QtSql and their thirty-odd libraries costs about 20 ms at every start, more than
// reading a short PDF, and a script that extracts the text of thousands of files should not pay
// it each time.

#include "CliOutput.h"
#include "CommandLine.h"
#include "TextOutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

using namespace overleg::cli;

namespace {

// The commands module: beside the executable in the build tree, in the library directory once
// installed.
QString commandsModulePath() {
    const QString executableDir =
        QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
    const QString name = QStringLiteral(OVERLEG_CLI_MODULE_NAME);
    const QString besideExecutable = QDir(executableDir).filePath(name);
    if (QFileInfo::exists(besideExecutable))
        return besideExecutable;
    return QDir::cleanPath(executableDir + QStringLiteral("/" OVERLEG_CLI_MODULE_DIR_FROM_BIN "/") +
                           name);
}

int runInCommandsModule(int argc, char *argv[]) {
    QLibrary module(commandsModulePath());
    using Run = int (*)(int, char *[]);
    const auto run = reinterpret_cast<Run>(module.resolve("overlegCliRun"));
    if (!run)
        return fail(
            QStringLiteral("cannot load the commands module: %1").arg(module.errorString()));
    return run(argc, argv);
}

} // namespace

int main(int argc, char *argv[]) {
    const CommandLine line = parseCommandLine(argc, argv);
    if (line.action != CommandLine::Action::Run)
        return answerWithoutCommand(line);
    // A FILE argument is read here; a document of the library (its number or id) needs the
    // library, so the module resolves it.
    const QStringList &args = line.invocation.args;
    if (line.command == QLatin1String("text") && args.size() == 1 &&
        QFileInfo(args.constFirst()).isFile())
        return printDocumentText(args.constFirst(), args.constFirst(), line.invocation.json);
    return runInCommandsModule(argc, argv);
}
