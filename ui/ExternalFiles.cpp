#include "ExternalFiles.h"

#include "DocumentOpener.h"
#include "DocumentPage.h"
#include "DocumentTabs.h"
#include "ExternalFileBar.h"
#include "Imports.h"
#include "library/FileStore.h"
#include "library/Library.h"

#include <QBoxLayout>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTabWidget>

namespace overleg::ui {

ExternalFiles::ExternalFiles(Library &library, DocumentTabs &documents, DocumentOpener &opener,
                             Imports &imports, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_documents(documents)
    , m_opener(opener)
    , m_imports(imports) {}

void ExternalFiles::open(const QStringList &paths) {
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(m_documents.widget()->window(), tr("Open"),
                                 tr("%1: %2").arg(path, file.errorString()));
            continue;
        }
        // A file the library holds already opens as its document.
        const QString known =
            m_library.files().documentWithSha256(FileStore::sha256Of(file.readAll()));
        if (!known.isEmpty() && m_opener.openDocument(known))
            continue;
        show(path);
    }
}

void ExternalFiles::show(const QString &path) {
    QTabWidget *tabs = m_documents.widget();
    const DocumentDetails details = ExternalFileBar::detailsOf(path);
    for (int i = 0; i < tabs->count(); ++i) {
        auto *open = qobject_cast<DocumentPage *>(tabs->widget(i));
        if (open && open->documentId() == details.summary.id) {
            tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *page = new DocumentPage(details, m_library.dataDirectory().cacheDirectory(), tabs);
    auto *bar = new ExternalFileBar(details.filePath, page);
    if (auto *layout = qobject_cast<QBoxLayout *>(page->layout()))
        layout->insertWidget(0, bar);
    connect(bar, &ExternalFileBar::importRequested, this, [this, page](const QString &file) {
        // The imported document takes the place of the file shown.
        connect(
            &m_imports, &Imports::finished, page,
            [this, page](int imported, int duplicates) {
                if (imported + duplicates > 0)
                    m_documents.close(m_documents.widget()->indexOf(page));
            },
            Qt::SingleShotConnection);
        m_imports.importFiles({file});
    });
    connect(page, &DocumentPage::textLoaded, this, [this, page] { Q_EMIT pageTextLoaded(page); });
    const int index = tabs->addTab(page, page->title());
    tabs->setTabToolTip(index, QDir::toNativeSeparators(details.filePath));
    Q_EMIT pageOpened(page);
    tabs->setCurrentIndex(index);
}

} // namespace overleg::ui
