#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace overleg::ui {

QLocale localeFor(const QString &language, const QLocale &system) {
    const bool dutch = language != QLatin1String("en");
    // Dates and numbers as the user's region writes them (nl_BE, en_US, ...) when the system
    // speaks the interface's language; else as the language's home region does.
    if (system.language() == (dutch ? QLocale::Dutch : QLocale::English))
        return system;
    return dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                 : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

void installTranslations(const QString &language) {
    static QTranslator *app = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString lang = language == QLatin1String("en") ? language : QStringLiteral("nl");
    QLocale::setDefault(localeFor(lang, QLocale::system()));
    app = new QTranslator;
    if (app->load(QStringLiteral(":/overleg/i18n/overleg_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(app);
    qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace overleg::ui
