#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace overleg::ui {

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
    QLocale::setDefault(
        QLocale(lang == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                lang == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
    app = new QTranslator;
    if (app->load(QStringLiteral(":/overleg/i18n/overleg_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(app);
    qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace overleg::ui
