#pragma once

#include <QByteArray>
#include <QLocale>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace overleg::ui {

// The user's window and interface settings, in settings.ini in the directory given: the
// DataDirectory's settingsDirectory() ($XDG_CONFIG_HOME/overleg, or the data directory itself for
// a --data-dir profile, so that tests never touch the real one).
class AppSettings {
public:
    explicit AppSettings(const QString &dataRoot);

    // "nl" or "en": the user's choice, else the system's language (Dutch for nl_* and for a
    // system that names no language, English for any other).
    QString language() const;
    static QString languageFor(const QLocale &locale);
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

    QStringList openDocuments() const;
    int currentDocument() const;
    void setOpenDocuments(const QStringList &ids, int current);

    QStringList recentDocuments() const;
    void addRecentDocument(const QString &id);
    static constexpr int kMaxRecent = 10;

    // The SyncFeed address; the Kamer's own unless the user changed it.
    QString feedUrl() const;
    void setFeedUrl(const QString &url);

    // Where the last export went and in what format ("pdf", "md", "csv", "json").
    QString exportFolder() const;
    QString exportFormat() const;
    void setLastExport(const QString &folder, const QString &format);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace overleg::ui
