#pragma once

#include <QObject>

class QTimer;
template <typename T> class QFutureWatcher;

namespace overleg {
class Library;
class NavigationModel;
} // namespace overleg

namespace overleg::ui {

class NavigationDock;

// Keeps Open questions current. After the library says its documents, files, notes or answer
// links changed (an import, a sync, a correction, a status, a link) it reads the question ledger
// again on a worker thread, for the documents whose questions may have changed only, then re-reads
// the view and the choices of its commissie, fractie and tag lists. Changes that arrive while it
// reads start one more pass.
class OpenQuestionsController : public QObject {
    Q_OBJECT
public:
    OpenQuestionsController(Library &library, NavigationModel *model, NavigationDock *dock,
                            QObject *parent = nullptr);
    ~OpenQuestionsController() override;

    // Something the open questions depend on changed; coalesces bursts (typing a status per key).
    void libraryChanged();
    bool isRefreshing() const;
    // The lists of the filter bar: commissies, the fracties that asked, the user's tags.
    void updateChoices();

Q_SIGNALS:
    void refreshed(int documentsRead);

private:
    void start();
    void finished();

    Library &m_library;
    NavigationModel *m_model;
    NavigationDock *m_dock;
    QTimer *m_delay;
    QFutureWatcher<int> *m_watcher;
    bool m_pending = false;
};

} // namespace overleg::ui
