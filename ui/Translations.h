#pragma once

#include <QString>

namespace overleg::ui {

// Installs the interface language: "nl" (the default) or "en". Source strings are English;
// Dutch comes from overleg_nl.qm and Qt's own qtbase_nl for the standard dialogs. Installing
// again switches the language of the running application (widgets get LanguageChange).
void installTranslations(const QString &language);

} // namespace overleg::ui
