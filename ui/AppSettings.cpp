#include "AppSettings.h"

#include "sync/FeedEndpoint.h"

#include <QDir>

namespace overleg::ui {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kOpen = QStringLiteral("documents/open");
const QString kCurrent = QStringLiteral("documents/current");
const QString kRecent = QStringLiteral("documents/recent");
} // namespace

AppSettings::AppSettings(const QString &dataRoot)
    : m_settings(QDir(dataRoot).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat) {}

QString AppSettings::language() const {
    const QString lang = m_settings.value(kLanguage).toString();
    if (lang.isEmpty())
        return languageFor(QLocale::system());
    return lang == QLatin1String("en") ? lang : QStringLiteral("nl");
}

QString AppSettings::languageFor(const QLocale &locale) {
    // Dutch is the product's language; a system that names another language (en_GB, de_DE)
    // gets English, one that names none (the C or POSIX locale) keeps Dutch.
    const QLocale::Language language = locale.language();
    return language == QLocale::Dutch || language == QLocale::C || language == QLocale::AnyLanguage
               ? QStringLiteral("nl")
               : QStringLiteral("en");
}

void AppSettings::setLanguage(const QString &language) {
    m_settings.setValue(kLanguage, language);
}

QByteArray AppSettings::windowGeometry() const {
    return m_settings.value(kGeometry).toByteArray();
}
QByteArray AppSettings::windowState() const {
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state) {
    m_settings.setValue(kGeometry, geometry);
    m_settings.setValue(kState, state);
}

QStringList AppSettings::openDocuments() const {
    return m_settings.value(kOpen).toStringList();
}
int AppSettings::currentDocument() const {
    return m_settings.value(kCurrent, 0).toInt();
}

void AppSettings::setOpenDocuments(const QStringList &ids, int current) {
    m_settings.setValue(kOpen, ids);
    m_settings.setValue(kCurrent, current);
}

QStringList AppSettings::recentDocuments() const {
    return m_settings.value(kRecent).toStringList();
}

void AppSettings::addRecentDocument(const QString &id) {
    QStringList recent = recentDocuments();
    recent.removeAll(id);
    recent.prepend(id);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings.setValue(kRecent, recent);
}

QString AppSettings::feedUrl() const {
    return m_settings.value(QStringLiteral("sync/feedUrl"), FeedEndpoint::defaultBaseUrl())
        .toString();
}

void AppSettings::setFeedUrl(const QString &url) {
    m_settings.setValue(QStringLiteral("sync/feedUrl"), url);
}

QString AppSettings::exportFolder() const {
    return m_settings.value(QStringLiteral("export/folder")).toString();
}

QString AppSettings::exportFormat() const {
    return m_settings.value(QStringLiteral("export/format"), QStringLiteral("pdf")).toString();
}

void AppSettings::setLastExport(const QString &folder, const QString &format) {
    m_settings.setValue(QStringLiteral("export/folder"), folder);
    m_settings.setValue(QStringLiteral("export/format"), format);
}

} // namespace overleg::ui
