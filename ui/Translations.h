#pragma once

#include <QLocale>
#include <QString>

namespace overleg::ui {

// Installs the interface language: "nl" (the default) or "en". Source strings are English;
// Dutch comes from overleg_nl.qm and Qt's own qtbase_nl for the standard dialogs. Installing
// again switches the language of the running application (widgets get LanguageChange).
// It also makes the default locale (dates, numbers) the one of localeFor.
void installTranslations(const QString &language);
// The locale for dates and numbers in the interface language: the system's own when it speaks
// that language (nl_BE, en_US), else the Netherlands' or the United Kingdom's.
QLocale localeFor(const QString &language, const QLocale &system);

} // namespace overleg::ui
