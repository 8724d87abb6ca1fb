#pragma once

#include "DocumentViewer.h"

#include <QAtomicInt>
#include <QWebEngineUrlRequestInterceptor>

class QWebEngineProfile;
class QWebEngineView;

namespace overleg::ui {

// Lets a rendered document load only itself and what it embeds (data: URLs, files in its own
// folder); every other request (http, https, other files) is blocked and counted.
class LocalOnlyInterceptor : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT
public:
    LocalOnlyInterceptor(QString allowedFolder, QObject *parent = nullptr);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blocked() const { return m_blocked.loadRelaxed(); }

private:
    QString m_allowedFolder;
    QAtomicInt m_blocked;
};

// HTML, official XML, DOCX and ODT documents, shown as HTML in a WebEngine view with
// JavaScript off and no way to the network.
class HtmlViewer : public DocumentViewer {
    Q_OBJECT
public:
    // htmlFile: the converted page in the data directory's cache.
    explicit HtmlViewer(const QString &htmlFile, QWidget *parent = nullptr);
    ~HtmlViewer() override;

    QWebEngineView *view() const { return m_view; }
    bool isLoaded() const { return m_loaded; }
    int blockedRequests() const;

    void find(const QString &text, SearchOptions options, bool backwards) override;
    void clearFind() override;
    bool supportsWholeWords() const override { return false; }
    void zoomIn() override;
    void zoomOut() override;
    void resetZoom() override;

Q_SIGNALS:
    void loaded(bool ok);

private:
    QWebEngineProfile *m_profile;
    LocalOnlyInterceptor *m_interceptor;
    QWebEngineView *m_view;
    bool m_loaded = false;
};

} // namespace overleg::ui
