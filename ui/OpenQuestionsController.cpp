#include "OpenQuestionsController.h"

#include "NavigationDock.h"
#include "OpenQuestionFilterBar.h"
#include "library/Library.h"
#include "library/QuestionLedger.h"
#include "models/NavigationModel.h"
#include "store/LibraryQueries.h"
#include "store/NotesBackend.h"
#include "store/OpenQuestionQueries.h"
#include "workspace/OfflineNotes.h"

#include <QFutureWatcher>
#include <QTimer>

namespace overleg::ui {

OpenQuestionsController::OpenQuestionsController(Library &library, NavigationModel *model,
                                                 NavigationDock *dock, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_model(model)
    , m_dock(dock)
    , m_delay(new QTimer(this))
    , m_watcher(new QFutureWatcher<int>(this)) {
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_delay, &QTimer::timeout, this, &OpenQuestionsController::start);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &OpenQuestionsController::finished);
    // Whatever the ledger is computed from: documents, their files, the user's statuses, tags
    // and corrections, the answer documents linked by hand.
    connect(&m_library, &Library::documentsChanged, this, &OpenQuestionsController::libraryChanged);
    connect(&m_library, &Library::filesArrived, this, &OpenQuestionsController::libraryChanged);
    connect(&m_library, &Library::notesChanged, this, &OpenQuestionsController::libraryChanged);
    connect(&m_library, &Library::answerLinksChanged, this,
            &OpenQuestionsController::libraryChanged);
    updateChoices();
    // Documents synced or imported since the last run are read once the window is up.
    m_delay->start(0);
}

OpenQuestionsController::~OpenQuestionsController() {
    // The worker stops between documents; its connections are its own.
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

void OpenQuestionsController::libraryChanged() {
    m_delay->start();
}

bool OpenQuestionsController::isRefreshing() const {
    return m_watcher->isRunning() || m_delay->isActive();
}

void OpenQuestionsController::start() {
    if (m_watcher->isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    // In a team workspace the worker reads the team's corrections through its own connection.
    NotesInWorker teamNotes;
    if (const auto *team = dynamic_cast<const OfflineNotes *>(m_library.teamNotes()))
        teamNotes = [server = team->server(),
                     workspace = team->workspaceId()]() -> std::unique_ptr<NotesBackend> {
            auto connection = PgConnection::open(server);
            if (!connection)
                return nullptr;
            return std::make_unique<TeamNotes>(std::move(connection).value(), workspace);
        };
    m_watcher->setFuture(
        refreshQuestionLedgerInBackground(m_library.dataDirectory().root(), teamNotes));
}

void OpenQuestionsController::finished() {
    const int read = m_watcher->future().resultCount() > 0 ? m_watcher->result() : 0;
    m_model->refreshOpenQuestions();
    updateChoices();
    Q_EMIT refreshed(read);
    if (m_pending)
        start();
}

void OpenQuestionsController::updateChoices() {
    QList<OpenQuestionFilterBar::Choice> commissies;
    for (const NodeSummary &c : m_library.queries().commissies())
        commissies.append({c.id, c.detail.isEmpty() || c.label.contains(c.detail)
                                     ? c.label
                                     : QStringLiteral("%1 (%2)").arg(c.label, c.detail)});
    QStringList tags;
    for (const Tag &tag : m_library.notes().tags())
        tags << tag.name;
    m_dock->openQuestionFilter()->setChoices(commissies,
                                             m_library.queries().openQuestions().fracties(), tags);
}

} // namespace overleg::ui
