#pragma once

#include <QObject>

class QMainWindow;

namespace overleg {
class Library;
}

namespace overleg::ui {

class DocumentOpener;
class OpenQuestionsController;
class QuestionDock;
class SearchDock;

// The search panel in the window: docked as a tab beside the question panel, a hit opens its
// question, its passage or its document, and the index follows whatever the question ledger
// read again (imports, syncs, files, notes).
class SearchWiring : public QObject {
    Q_OBJECT
public:
    SearchWiring(Library &library, QMainWindow *window, QuestionDock *besides,
                 DocumentOpener &opener, OpenQuestionsController *ledger);

    SearchDock *dock() const { return m_dock; }

private:
    SearchDock *m_dock;
};

} // namespace overleg::ui
