#pragma once

// The main window over a throw-away library with the bundled sample, in a language, for the
// GUI tests: `test::TestWindow t(QStringLiteral("en")); auto &[lib, settings, window] = t;`.

#include "AppSettings.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"

namespace overleg::test {

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
