#pragma once

#include <QObject>

class QStatusBar;
class QWidget;

namespace overleg {
class Library;
}

namespace overleg::ui {

class OpenQuestionsController;
class OutboxSender;
class QuestionDock;
class WorkspaceDialog;

// The Werkruimte dialog in the window: made when first asked for, and what it changes shown at
// once. The views read Library::notes(), which answers from the workspace chosen, so switching
// only asks them to read again; a change a team member made is said in the status bar, and
// what waits in a team workspace's outbox is sent without another edit (OutboxSender).
class WorkspaceWiring : public QObject {
    Q_OBJECT
public:
    WorkspaceWiring(Library &library, QuestionDock *questions, OpenQuestionsController *ledger,
                    QStatusBar *statusBar, QWidget *window);

    void showDialog();
    OutboxSender *outboxSender() const { return m_outbox; }

private:
    Library &m_library;
    QuestionDock *m_questions;
    OpenQuestionsController *m_ledger;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    OutboxSender *m_outbox;
    WorkspaceDialog *m_dialog = nullptr;
};

} // namespace overleg::ui
