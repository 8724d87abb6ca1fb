// overleg: the desktop application.

#include "AppSettings.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "core/DataDirectory.h"
#include "library/Library.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace overleg;

int main(int argc, char *argv[]) {
    QElapsedTimer startup;
    startup.start();
    // Chromium (WebEngine) refuses to run its sandbox as root; documents never run scripts
    // nor reach the network in Overleg, so running as root it does without.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Read and annotate the written consultations of the Tweede Kamer."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Use DIR as the data directory."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: nl or en."),
                                        QStringLiteral("LANG"));
    // For the start-up measurement: quit as soon as the window is usable, printing the time.
    QCommandLineOption quitOption(QStringLiteral("quit-after-start"),
                                  QStringLiteral("Quit once the window is shown (benchmarks)."));
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataDirOption, langOption, quitOption});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Files to open (a running Overleg opens them)."),
                                 QStringLiteral("[files...]"));
    {
        // --help and --version are answered before a display is opened: over ssh, for help2man.
        QCoreApplication console(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("overleg"));
        if (parser.parse(QCoreApplication::arguments()) && parser.isSet(helpOption)) {
            std::fputs(qPrintable(parser.helpText()), stdout);
            return 0;
        }
        if (parser.isSet(versionOption)) {
            std::puts("overleg " OVERLEG_VERSION);
            return 0;
        }
    }

    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Overleg"));
    QApplication::setApplicationName(QStringLiteral("Overleg"));
    QApplication::setApplicationDisplayName(QStringLiteral("Overleg"));
    QApplication::setApplicationVersion(QStringLiteral(OVERLEG_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.overleg.Overleg"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/overleg/icons/overleg.svg")));
    parser.process(app);

    // A second start on the same data directory hands its files to the running window.
    std::unique_ptr<ui::SingleInstance> instance;
    if (!parser.isSet(quitOption)) {
        if (const auto dataDir = DataDirectory::open(parser.value(dataDirOption))) {
            instance = std::make_unique<ui::SingleInstance>(dataDir->root());
            if (instance->forward(parser.positionalArguments()))
                return 0;
        }
    }

    auto library = Library::open(parser.value(dataDirOption), Library::SampleMode::LoadWhenFresh);
    if (!library) {
        ui::installTranslations(QStringLiteral("nl"));
        QMessageBox::critical(nullptr, QStringLiteral("Overleg"), library.error());
        return 1;
    }
    ui::AppSettings settings(library.value()->dataDirectory().settingsDirectory());
    if (parser.isSet(langOption))
        settings.setLanguage(parser.value(langOption));
    ui::installTranslations(settings.language());

    ui::MainWindow window(*library.value(), settings);
    window.restoreSession();
    window.show();
    if (instance && instance->listen())
        QObject::connect(instance.get(), &ui::SingleInstance::filesReceived, &window,
                         &ui::MainWindow::openFiles);
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments());
    if (parser.isSet(quitOption)) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("startup_ms=%lld\n", static_cast<long long>(startup.elapsed()));
            std::fflush(stdout);
            window.close();
            app.quit();
        });
    }
    return app.exec();
}
