#pragma once

// The main window over a throw-away library with the bundled sample, in a language, for the
// GUI tests: `test::TestWindow t(QStringLiteral("en")); auto &[lib, settings, window] = t;`;
// and showActive for any window the keyboard is tested on.

#include "AppSettings.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"

namespace overleg::test {

// Shows a window and waits until it is the active one, so that its shortcuts and keys reach it.
inline bool showActive(QWidget &window) {
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

struct TestWindow {
    TempLibrary lib;
    ui::AppSettings settings;
    ui::MainWindow window;

    // The translations are installed before the window is made, so it is built in `language`.
    explicit TestWindow(const QString &language)
        : settings((ui::installTranslations(language), lib->dataDirectory().root()))
        , window(*lib.library, settings) {}
};

} // namespace overleg::test
