#include "SearchWiring.h"

#include "DocumentOpener.h"
#include "OpenQuestionsController.h"
#include "QuestionDock.h"
#include "SearchDock.h"

#include <QMainWindow>

namespace overleg::ui {

SearchWiring::SearchWiring(Library &library, QMainWindow *window, QuestionDock *besides,
                           DocumentOpener &opener, OpenQuestionsController *ledger)
    : QObject(window)
    , m_dock(new SearchDock(library, window)) {
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    window->tabifyDockWidget(besides, m_dock);
    besides->raise();
    connect(m_dock, &SearchDock::openRequested, this,
            [&opener](const QString &id, const QString &question, int start, int end,
                      const QString &text) {
                if (!question.isEmpty())
                    opener.openQuestion(id, question);
                else if (start >= 0)
                    opener.openPassage(id, start, end, text);
                else
                    opener.openDocument(id);
            });
    connect(ledger, &OpenQuestionsController::refreshed, m_dock, &SearchDock::libraryChanged);
}

} // namespace overleg::ui
