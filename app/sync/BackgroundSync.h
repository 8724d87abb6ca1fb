#pragma once

#include "SyncOptions.h"

#include <QObject>
#include <QThread>

namespace overleg {

// Runs a SyncEngine on a thread of its own, with its own connections to the data directory and
// its own network manager, so the window stays responsive. Signals arrive on the caller's thread.
// The engine is touched only on its own thread: cancel() posts to the worker behind the request
// that builds the engine, so a cancel that comes before the engine exists is not lost.
class BackgroundSync : public QObject {
    Q_OBJECT
public:
    explicit BackgroundSync(QObject *parent = nullptr);
    ~BackgroundSync() override;

    bool isRunning() const { return m_running; }
    void start(const QString &dataDirectory, const SyncOptions &options);
    void cancel();

Q_SIGNALS:
    void categoryProgress(const QString &category, qint64 entities, qint64 skiptoken);
    void categoryFinished(const QString &category, const QString &error);
    void phaseChanged(overleg::SyncPhase phase);
    void fileProgress(int done, int total, const QString &documentId, const QString &error);
    void finished(const overleg::SyncSummary &summary);

private:
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    bool m_running = false;
};

} // namespace overleg
