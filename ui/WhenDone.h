#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace overleg::ui {

// Calls `done` with the future's result on `context`'s thread once the work off the GUI thread
// is finished; not at all when `context` is gone by then (the watcher is its child). The one
// way the window waits for a result, instead of a QFutureWatcher written out each time.
template <typename T, typename Done>
void whenDone(const QFuture<T> &future, QObject *context, Done done) {
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(future);
}

} // namespace overleg::ui
