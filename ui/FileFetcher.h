#pragma once

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace overleg {
class FileDownloader;
class HttpFetcher;
class Library;
} // namespace overleg

namespace overleg::ui {

class AppSettings;
class DocumentPage;
class DocumentTabs;

// Fetches the file of a synced document that is opened before a sync brought it: the page
// says so while it comes, then is read again in place; a failure is shown on the page. The
// library announces the file (Library::filesArrived), so Open vragen reads its questions.
class FileFetcher : public QObject {
    Q_OBJECT
public:
    FileFetcher(Library &library, AppSettings &settings, DocumentTabs &tabs,
                QObject *parent = nullptr);
    ~FileFetcher() override;

    // Starts the download when the page has no file and its id is one of the Kamer's GUIDs
    // (other ids never reach a URL).
    void fetchIfMissing(DocumentPage *page);

private:
    void finished(const QString &documentId, const QString &error);

    Library &m_library;
    AppSettings &m_settings;
    DocumentTabs &m_tabs;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<HttpFetcher> m_fetcher;
    std::unique_ptr<FileDownloader> m_downloader;
};

} // namespace overleg::ui
