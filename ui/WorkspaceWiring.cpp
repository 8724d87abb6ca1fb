#include "WorkspaceWiring.h"

#include "OpenQuestionsController.h"
#include "OutboxSender.h"
#include "QuestionDock.h"
#include "WorkspaceDialog.h"

#include <QLabel>
#include <QStatusBar>

namespace overleg::ui {

WorkspaceWiring::WorkspaceWiring(Library &library, QuestionDock *questions,
                                 OpenQuestionsController *ledger, QStatusBar *statusBar,
                                 QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_questions(questions)
    , m_ledger(ledger)
    , m_statusBar(statusBar)
    , m_window(window)
    , m_outbox(new OutboxSender(library, this)) {
    m_statusBar->addPermanentWidget(m_outbox->label());
    // Edits made offline reach the server without another edit; the panels show them sent.
    connect(m_outbox, &OutboxSender::sent, this, [this] {
        m_questions->refresh();
        m_ledger->libraryChanged();
    });
}

void WorkspaceWiring::showDialog() {
    if (!m_dialog) {
        m_dialog = new WorkspaceDialog(m_library, m_window);
        // The panels read Library::notes(), which now answers from the other workspace.
        connect(m_dialog, &WorkspaceDialog::workspaceChanged, this, [this](const QString &name) {
            m_questions->refresh();
            m_ledger->libraryChanged();
            m_outbox->poke();
            m_statusBar->showMessage(
                name.isEmpty() ? tr("Personal workspace") : tr("Workspace: %1").arg(name), 5000);
        });
        // Edits made offline that the server refused are kept in the outbox: say so.
        connect(m_dialog, &WorkspaceDialog::editsRefused, this, [this](const QString &reason) {
            m_questions->refresh();
            m_statusBar->showMessage(
                tr("The server refused edits made offline; they are kept: %1").arg(reason));
        });
        connect(m_dialog, &WorkspaceDialog::remoteChange, this,
                [this](const QString &by, const QString &) {
                    m_questions->refresh();
                    m_outbox->poke(); // the server is there: what waits can go now
                    m_statusBar->showMessage(tr("Changed by %1").arg(by), 5000);
                });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace overleg::ui
