#pragma once

// The search index's change log: a table inside search.sqlite (change_log) to which every
// write transaction of FullTextIndex appends, before its commit, the generation before and
// after it (SearchFacetIndex::generationOf, as hashes) and the documents it touched (or a mark
// that they were too many). A process that did not make the write (the window while
// `overleg-cli search` indexes, a second window on the same data directory) reads the log since
// the generation of its facet index and reads those documents again instead of a full build.
// Written in the write's own transaction, so the log and the data it describes are committed
// (or rolled back) together; read in the reader's transaction, so both are of one snapshot.

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace overleg {

class SearchChangeLog {
public:
    // Rows kept: older ones are trimmed by every kTrimEvery-th write, so the log holds at most
    // kKeptRows + kTrimEvery - 1 rows (a reader further behind builds in full).
    static constexpr qint64 kKeptRows = 1000;
    static constexpr qint64 kTrimEvery = 64;
    // Documents named per row at most; a larger write is logged as "large" (a build follows,
    // as the facet cache does for a large write of its own process).
    static constexpr size_t kMostDocuments = 5000;

    // Creates the table where it is missing (a search.sqlite from before the log: nothing is
    // logged there yet, so the first change another process made is built in full).
    static bool ensureTable(const QSqlDatabase &db);
    // Takes the write lock of search.sqlite as the first statement of a write transaction
    // (waiting for another writer with the busy timeout), so no read in that transaction can
    // see a snapshot that another process's commit makes stale (SQLITE_BUSY_SNAPSHOT).
    static bool lockForWriting(const QSqlDatabase &db);
    // Inside the write transaction, after `after` was read: appends the row and trims the log.
    static bool append(const QSqlDatabase &db, const QByteArray &before, const QByteArray &after,
                       std::vector<qint64> docs);
    // The documents the logged writes touched from generation `from` to `to`, sorted and
    // without repeats, when the log chains from one to the other; nullopt when it does not
    // (trimmed, a large write, a write that was not logged). Call inside the read transaction
    // in which `to` was read.
    static std::optional<std::vector<qint64>>
    changedBetween(const QSqlDatabase &db, const QByteArray &from, const QByteArray &to);
    // Benchmarks only: writes without appending to the log (its cost per write).
    static void setEnabled(bool enabled);
};

} // namespace overleg
