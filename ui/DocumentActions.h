#pragma once

#include <QObject>

class QAction;
class QStatusBar;
class QWidget;

namespace overleg::ui {

class DocumentTabs;

// The actions that act on the document in the current tab: find, go to page, zoom, and the
// keyboard's way to a question: caret browsing in the PDF (F7) and marking the selection as a
// question (Ctrl+M). The window puts them in its menus; without a document they do nothing.
class DocumentActions : public QObject {
    Q_OBJECT
public:
    DocumentActions(DocumentTabs &documents, QStatusBar *statusBar, QWidget *window);

    QAction *find() const { return m_find; }
    QAction *goToPage() const { return m_goToPage; }
    QAction *zoomIn() const { return m_zoomIn; }
    QAction *zoomOut() const { return m_zoomOut; }
    QAction *zoomReset() const { return m_zoomReset; }
    QAction *caret() const { return m_caret; }
    QAction *mark() const { return m_mark; }
    void retranslate();

private:
    QAction *m_find;
    QAction *m_goToPage;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomReset;
    QAction *m_caret;
    QAction *m_mark;
};

} // namespace overleg::ui
