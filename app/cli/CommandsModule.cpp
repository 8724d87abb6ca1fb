// The commands of overleg-cli that work on the library, the notes or the GUI libraries: a module
// the launcher (main.cpp) loads when it is asked for one of them. It links overleg_core.

#include "CliOutput.h"
#include "CommandLine.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace overleg::cli;

namespace {

// Laying out the PDF report needs fonts, and fonts need a QGuiApplication; on a machine without a
// display it runs on the offscreen platform. Every other command stays GUI-free (and faster).
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[],
                                                  const CommandLine &line) {
    if (line.action != CommandLine::Action::Run || line.spec.name != QLatin1String("export") ||
        line.invocation.value(QStringLiteral("format")).toLower() != QLatin1String("pdf"))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

// Qt's and the engine's diagnostics (a GUI application without XDG_RUNTIME_DIR warning that it
// uses a directory of its own, the sync logging each request it gives up on) are for --verbose:
// by default a script's stderr holds the command's own messages, one per thing that went wrong.
QtMessageHandler g_previousHandler = nullptr;
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (!isVerbose() && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    g_previousHandler(type, context, message);
}

// The language of the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): Dutch or English, and
// English for any other, as a command line tool's messages go to whoever runs it.
QString systemLanguage() {
    for (const QString &language : QLocale::system().uiLanguages()) {
        if (language.startsWith(QLatin1String("nl")))
            return QStringLiteral("nl");
        if (language.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

// The application's own translations (compiled into this module, the same .qm as the GUI's).
void installTranslations(QTranslator &translator) {
    if (translator.load(QStringLiteral(":/overleg/i18n/overleg_%1.qm").arg(systemLanguage())))
        QCoreApplication::installTranslator(&translator);
}

} // namespace

extern "C" Q_DECL_EXPORT int overlegCliRun(int argc, char *argv[]) {
    // A first reading decides the kind of application; after the translator is installed, the
    // second gives its messages in the user's language.
    const CommandLine first = parseCommandLine(argc, argv);
    setVerbose(first.invocation.verbose);
    g_previousHandler = qInstallMessageHandler(messageHandler);
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv, first);
    QCoreApplication::setOrganizationName(QStringLiteral("Overleg"));
    QCoreApplication::setApplicationName(QStringLiteral("overleg"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OVERLEG_VERSION));
    QTranslator translator;
    installTranslations(translator);

    const CommandLine line = parseCommandLine(argc, argv);
    if (line.action != CommandLine::Action::Run)
        return answerWithoutRunning(line);
    return line.spec.run(line.invocation);
}
