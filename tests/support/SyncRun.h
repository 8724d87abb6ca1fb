#pragma once

// One sync of a library from a test's local feed server, waited for: shared by the sync tests
// and the tests that sync to get a library into a state (QtTest only: it waits on a QSignalSpy).

#include "library/Library.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtGlobal>

namespace overleg::test {

// Quick to give up and quick to retry, so fault tests take milliseconds, not minutes.
inline FetchPolicy testPolicy() {
    FetchPolicy policy;
    policy.timeoutMs = 400;
    policy.maxAttempts = 4;
    policy.initialBackoffMs = 10;
    policy.maxBackoffMs = 40;
    return policy;
}

// Options left at the default policy get testPolicy().
inline SyncSummary runSync(Library &library, const QString &feedUrl, SyncOptions options = {}) {
    options.feedUrl = feedUrl;
    if (options.policy.timeoutMs == FetchPolicy{}.timeoutMs)
        options.policy = testPolicy();
    QNetworkAccessManager network;
    SyncEngine engine(library, &network, options);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    if (!done.wait(60000))
        qFatal("sync did not finish");
    return done.first().first().value<SyncSummary>();
}

} // namespace overleg::test
