#include "DocumentActions.h"

#include "DocumentPage.h"
#include "DocumentTabs.h"
#include "viewer/DocumentViewer.h"

#include <QAction>
#include <QStatusBar>

namespace overleg::ui {

namespace {

// An action of the window whose handler gets the current tab's page, if there is one.
template <typename Handler>
QAction *documentAction(DocumentTabs &documents, QWidget *window, const QKeySequence &shortcut,
                        Handler handler) {
    auto *action = new QAction(window);
    action->setShortcut(shortcut);
    QObject::connect(action, &QAction::triggered, window, [&documents, handler] {
        if (DocumentPage *page = documents.currentPage())
            handler(page);
    });
    return action;
}

} // namespace

DocumentActions::DocumentActions(DocumentTabs &documents, QStatusBar *statusBar, QWidget *window)
    : QObject(window) {
    m_find = documentAction(documents, window, QKeySequence::Find,
                            [](DocumentPage *p) { p->showFind(); });
    m_find->setObjectName(QStringLiteral("findAction"));
    m_zoomIn = documentAction(documents, window, QKeySequence::ZoomIn, [](DocumentPage *p) {
        if (p->viewer())
            p->viewer()->zoomIn();
    });
    m_zoomOut = documentAction(documents, window, QKeySequence::ZoomOut, [](DocumentPage *p) {
        if (p->viewer())
            p->viewer()->zoomOut();
    });
    m_zoomReset =
        documentAction(documents, window, QKeySequence(Qt::CTRL | Qt::Key_0), [](DocumentPage *p) {
            if (p->viewer())
                p->viewer()->resetZoom();
        });
    m_goToPage = documentAction(documents, window, QKeySequence(Qt::CTRL | Qt::Key_G),
                                [](DocumentPage *p) { p->goToPage(); });
    // Keyboard selection in the document, and marking it as a question, without a mouse.
    m_caret = documentAction(documents, window, QKeySequence(Qt::Key_F7), [](DocumentPage *p) {
        if (p->viewer())
            p->viewer()->setCaretBrowsing(!p->viewer()->caretBrowsing());
    });
    m_caret->setObjectName(QStringLiteral("caretAction"));
    m_mark = documentAction(
        documents, window, QKeySequence(Qt::CTRL | Qt::Key_M), [statusBar](DocumentPage *p) {
            if (!p->viewer() || !p->viewer()->markSelection())
                statusBar->showMessage(tr("Select text first: press F7 and "
                                          "move with Shift and the arrow keys."),
                                       6000);
        });
    m_mark->setObjectName(QStringLiteral("markQuestionAction"));
}

void DocumentActions::retranslate() {
    m_mark->setText(tr("&Mark the selection as question"));
    m_caret->setText(tr("&Caret browsing (select with the keyboard)"));
    m_find->setText(tr("&Find in document…"));
    m_goToPage->setText(tr("&Go to page…"));
    m_zoomIn->setText(tr("Zoom &in"));
    m_zoomOut->setText(tr("Zoom &out"));
    m_zoomReset->setText(tr("&Actual size"));
}

} // namespace overleg::ui
