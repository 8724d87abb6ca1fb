#include "FileFetcher.h"

#include "AppSettings.h"
#include "DocumentPage.h"
#include "DocumentTabs.h"
#include "library/Library.h"
#include "sync/FeedEndpoint.h"
#include "sync/FileDownloader.h"
#include "sync/HttpFetcher.h"

#include <QNetworkAccessManager>

namespace overleg::ui {

FileFetcher::FileFetcher(Library &library, AppSettings &settings, DocumentTabs &tabs,
                         QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_settings(settings)
    , m_tabs(tabs) {}

FileFetcher::~FileFetcher() = default;

void FileFetcher::fetchIfMissing(DocumentPage *page) {
    if (!page->details().filePath.isEmpty() || !FeedEndpoint::isGuid(page->documentId()))
        return;
    if (!m_downloader) {
        m_network = new QNetworkAccessManager(this);
        m_fetcher = std::make_unique<HttpFetcher>(m_network, FetchPolicy{});
        m_downloader = std::make_unique<FileDownloader>(
            *m_fetcher, FeedEndpoint(m_settings.feedUrl()), m_library.files());
        connect(m_downloader.get(), &FileDownloader::fileFinished, this, &FileFetcher::finished);
    }
    page->showDownloadState(tr("Fetching the file from the Tweede Kamer…"));
    m_downloader->download({page->documentId()});
}

void FileFetcher::finished(const QString &documentId, const QString &error) {
    if (error.isEmpty()) {
        m_library.announceFilesArrived({documentId});
        // Replace the page by one that reads the file we now hold.
        m_tabs.reopen(documentId);
        return;
    }
    if (DocumentPage *page = m_tabs.pageOf(documentId))
        page->showDownloadState(
            tr("The file could not be fetched from the Tweede Kamer: %1 Check the connection "
               "and open the document again.")
                .arg(error));
}

} // namespace overleg::ui
