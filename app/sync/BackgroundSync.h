#pragma once

#include "SyncOptions.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace overleg {

class SyncEngine;

// Runs a SyncEngine on a thread of its own, with its own connections to the data directory and
// its own network manager, so the window stays responsive. Signals arrive on the caller's thread.
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
    void phaseChanged(const QString &phase);
    void fileProgress(int done, int total, const QString &documentId, const QString &error);
    void finished(const overleg::SyncSummary &summary);

private:
    QThread *m_thread = nullptr;
    QPointer<QObject> m_worker; // lives on m_thread
    QPointer<SyncEngine> m_engine;
    bool m_running = false;
};

} // namespace overleg
