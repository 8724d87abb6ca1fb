#include "DocumentTabs.h"

#include "DocumentPage.h"
#include "library/Library.h"
#include "store/LibraryQueries.h"

#include <QTabBar>
#include <QTabWidget>

namespace overleg::ui {

DocumentTabs::DocumentTabs(Library &library, QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_tabs(tabs) {
    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &DocumentTabs::close);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { Q_EMIT currentPageChanged(currentPage()); });
}

DocumentPage *DocumentTabs::currentPage() const {
    return qobject_cast<DocumentPage *>(m_tabs->currentWidget());
}

DocumentPage *DocumentTabs::pageOf(const QString &documentId) const {
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<DocumentPage *>(m_tabs->widget(i));
        if (page && page->documentId() == documentId)
            return page;
    }
    return nullptr;
}

QStringList DocumentTabs::documentIds() const {
    QStringList ids;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *page = qobject_cast<DocumentPage *>(m_tabs->widget(i)))
            ids << page->documentId();
    return ids;
}

DocumentPage *DocumentTabs::open(const QString &documentId) {
    if (DocumentPage *page = pageOf(documentId)) {
        m_tabs->setCurrentWidget(page);
        Q_EMIT documentShown(documentId);
        return page;
    }
    const auto details = m_library.queries().details(documentId, m_library.dataDirectory().root());
    if (!details)
        return nullptr;
    auto *page = new DocumentPage(*details, m_library.dataDirectory().cacheDirectory(), m_tabs);
    connect(page, &DocumentPage::textLoaded, this, [this, page] { Q_EMIT pageTextLoaded(page); });
    const int index = m_tabs->addTab(page, page->title());
    m_tabs->setTabToolTip(index, details->summary.titel);
    Q_EMIT pageOpened(page);
    m_tabs->setCurrentIndex(index);
    Q_EMIT documentShown(documentId);
    return page;
}

bool DocumentTabs::openThen(const QString &documentId,
                            const std::function<void(DocumentPage *)> &then) {
    DocumentPage *page = open(documentId);
    if (!page)
        return false;
    if (page->isTextLoaded())
        then(page);
    else
        connect(
            page, &DocumentPage::textLoaded, page, [page, then] { then(page); },
            Qt::SingleShotConnection);
    return true;
}

void DocumentTabs::close(int index) {
    if (index < 0)
        return;
    QWidget *page = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete page;
}

void DocumentTabs::reopen(const QString &documentId) {
    DocumentPage *old = pageOf(documentId);
    if (!old)
        return;
    const int i = m_tabs->indexOf(old);
    const bool current = m_tabs->currentIndex() == i;
    close(i);
    open(documentId);
    const int opened = m_tabs->currentIndex();
    if (opened != i && opened >= 0)
        m_tabs->tabBar()->moveTab(opened, i);
    if (!current && m_tabs->count() > 0)
        m_tabs->setCurrentIndex(std::min(i, int(m_tabs->count()) - 1));
}

} // namespace overleg::ui
