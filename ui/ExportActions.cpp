#include "ExportActions.h"

#include "AppSettings.h"
#include "DocumentPage.h"
#include "DocumentTabs.h"
#include "ExportDialog.h"

#include <QAction>
#include <QPushButton>

namespace overleg::ui {

ExportActions::ExportActions(Library &library, AppSettings &settings, DocumentTabs &documents,
                             QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_settings(settings)
    , m_documents(documents)
    , m_window(window)
    , m_notice(new ExportNotice(statusBar, this))
    , m_export(new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), window))
    , m_print(new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), window)) {
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, [this] { showDialog(false); });
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, [this] { showDialog(true); });
}

void ExportActions::retranslate() {
    m_export->setText(tr("&Export notes…"));
    m_export->setToolTip(tr("The notes as a PDF report, Markdown, CSV or a bundle"));
    m_print->setText(tr("&Print notes…"));
    m_notice->retranslate();
}

void ExportActions::showDialog(bool print) {
    DocumentPage *page = m_documents.currentPage();
    ExportDialog dialog(m_library, page ? page->documentId() : QString(), m_settings.language(),
                        m_documents.documentIds(), m_window);
    dialog.rememberIn(&m_settings);
    if (print)
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog] { dialog.findChild<QPushButton *>(QStringLiteral("printButton"))->click(); },
            Qt::QueuedConnection);
    dialog.exec();
    if (!dialog.exportedPath().isEmpty())
        m_notice->show(dialog.exportedPath());
}

} // namespace overleg::ui
