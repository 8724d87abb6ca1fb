#pragma once

#include "FeedEndpoint.h"
#include "HttpFetcher.h"

#include <QDate>
#include <QMetaType>
#include <QStringList>

namespace overleg {

struct SyncOptions {
    QString feedUrl = FeedEndpoint::defaultBaseUrl();
    QStringList categories; // empty: every category of syncCategories()
    QDate since;            // a new user's start date; invalid: the whole history
    bool downloadFiles = true;
    FetchPolicy policy;
};

// Where a sync is: the metadata of every category, then the navigation rebuilt from it, then
// the files of what the user follows.
enum class SyncPhase { Metadata, Navigation, Files };

struct SyncSummary {
    qint64 entities = 0; // stored or updated
    qint64 deleted = 0;
    qint64 pages = 0;
    int files = 0;
    int fileFailures = 0;
    int retries = 0;
    int probes = 0; // pages read to find the start date
    qint64 elapsedMs = 0;
    bool cancelled = false;
    QStringList errors; // one line per category or file that failed
    bool ok() const { return errors.isEmpty() && !cancelled; }
};

// The categories PRODUCT.md §5 names, small ones (taken in full even with a start date) first.
QStringList syncCategories();
bool isSmallCategory(const QString &category);

} // namespace overleg

Q_DECLARE_METATYPE(overleg::SyncSummary)
Q_DECLARE_METATYPE(overleg::SyncPhase)
