#include "HtmlViewer.h"

#include <QDir>
#include <QFileInfo>
#include <QVBoxLayout>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInfo>
#include <QWebEngineView>

namespace overleg::ui {

LocalOnlyInterceptor::LocalOnlyInterceptor(QString allowedFolder, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_allowedFolder(QDir::cleanPath(std::move(allowedFolder)) + u'/') {}

void LocalOnlyInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info) {
    const QUrl url = info.requestUrl();
    const bool allowed =
        url.scheme() == QLatin1String("data") ||
        (url.isLocalFile() && QDir::cleanPath(url.toLocalFile()).startsWith(m_allowedFolder));
    if (!allowed) {
        m_blocked.ref();
        info.block(true);
    }
}

namespace {

// Keeps the view on its document: links are not followed (they would leave the local page).
class DocumentWebPage : public QWebEnginePage {
public:
    DocumentWebPage(QWebEngineProfile *profile, QUrl home, QObject *parent)
        : QWebEnginePage(profile, parent)
        , m_home(std::move(home)) {}

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame) override {
        return !isMainFrame || url.adjusted(QUrl::RemoveFragment) == m_home;
    }

private:
    QUrl m_home;
};

} // namespace

HtmlViewer::HtmlViewer(const QString &htmlFile, QWidget *parent)
    : DocumentViewer(parent)
    , m_profile(new QWebEngineProfile(this)) // off the record: no cookies, no disk cache
    , m_interceptor(new LocalOnlyInterceptor(QFileInfo(htmlFile).absolutePath(), this))
    , m_view(new QWebEngineView(this)) {
    setObjectName(QStringLiteral("htmlViewer"));
    m_view->setObjectName(QStringLiteral("htmlView"));
    m_view->setAccessibleName(tr("Text of the document"));
    m_profile->setUrlRequestInterceptor(m_interceptor);
    const QUrl url = QUrl::fromLocalFile(QFileInfo(htmlFile).absoluteFilePath());
    auto *page = new DocumentWebPage(m_profile, url, m_view);
    QWebEngineSettings *settings = page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    m_view->setPage(page);
    connect(page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_loaded = true;
        Q_EMIT loaded(ok);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    page->load(url);
}

HtmlViewer::~HtmlViewer() {
    // The page must go before its profile.
    delete m_view;
}

int HtmlViewer::blockedRequests() const {
    return m_interceptor->blocked();
}

void HtmlViewer::find(const QString &text, SearchOptions options, bool backwards) {
    QWebEnginePage::FindFlags flags;
    if (options.caseSensitive)
        flags |= QWebEnginePage::FindCaseSensitively;
    if (backwards)
        flags |= QWebEnginePage::FindBackward;
    m_view->page()->findText(text, flags, [this](const QWebEngineFindTextResult &result) {
        Q_EMIT findResult(result.activeMatch(), result.numberOfMatches());
    });
}

void HtmlViewer::clearFind() {
    m_view->page()->findText(QString());
}

void HtmlViewer::zoomIn() {
    m_view->setZoomFactor(qMin(5.0, m_view->zoomFactor() * 1.2));
}
void HtmlViewer::zoomOut() {
    m_view->setZoomFactor(qMax(0.25, m_view->zoomFactor() / 1.2));
}
void HtmlViewer::resetZoom() {
    m_view->setZoomFactor(1.0);
}

} // namespace overleg::ui
