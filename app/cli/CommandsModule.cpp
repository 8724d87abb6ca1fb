// The commands of overleg-cli that work on the library, the notes or the GUI libraries: a module
// the launcher (main.cpp) loads when it is asked for one of them. It links overleg_core.

#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <functional>
#include <map>
#include <memory>

using namespace overleg::cli;

namespace {

// Laying out the PDF report needs fonts, and fonts need a QGuiApplication; on a machine without a
// display it runs on the offscreen platform. Every other command stays GUI-free (and faster).
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[], const QString &command) {
    if (command != QLatin1String("export"))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

extern "C" Q_DECL_EXPORT int overlegCliRun(int argc, char *argv[]) {
    const CommandLine line = parseCommandLine(argc, argv);
    if (line.action != CommandLine::Action::Run)
        return answerWithoutCommand(line);

    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv, line.command);
    QCoreApplication::setOrganizationName(QStringLiteral("Overleg"));
    QCoreApplication::setApplicationName(QStringLiteral("Overleg"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OVERLEG_VERSION));

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
        {QStringLiteral("soort"), runSoort},
        {QStringLiteral("workspace"), runWorkspace},
    };
    const auto it = commands.find(line.command);
    if (it == commands.end())
        return fail(
            QStringLiteral("unknown command '%1'. Try overleg-cli --help.").arg(line.command));
    return it->second(line.invocation);
}
