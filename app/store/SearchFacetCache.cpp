// SearchFacetCache: the facet index of each search index file, built on a thread of its own and
// kept following the writes (SearchFacetIndex::updated) from what they report: the generations
// before and after each write transaction and the documents it touched, told directly by the
// writes of this process and read from the index's change log (SearchChangeLog) for those of
// another process.

#include "SearchChangeLog.h"
#include "SearchFacetIndex.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QThreadPool>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <optional>

namespace overleg {

namespace {

// Writes remembered per file: more are not needed to chain the ones since the last index.
constexpr int kKeptChanges = 512;
// Documents read again at most instead of a build: at 1,000,000 documents a build takes 2-6 s,
// reading a document again well under a millisecond.
constexpr size_t kMostDocumentsUpdated = 5000;
// How long a reader waits for an update under way before counting in SQL (an update takes tens
// of milliseconds, the SQL counts 0.4-1.4 s at 1,000,000 documents).
constexpr int kWaitForUpdateMs = 300;

struct Change {
    QByteArray before, after;
    std::vector<qint64> docs;
    bool large = false; // too many documents to read again: docs not kept, a build follows
};

struct CacheState {
    QMutex mutex;
    QWaitCondition built;
    QHash<QString, std::shared_ptr<const SearchFacetIndex>> indexes;
    QHash<QString, bool> building; // a refresh queued or running
    QHash<QString, bool> again;    // a write committed while it ran: refresh once more
    QHash<QString, bool> updating; // the refresh is expected to be an update: readers wait
    QHash<QString, QList<Change>> changes;
    QHash<QString, SearchFacetCache::Counts> counts;
    std::atomic<bool> quitting{false};
    QThreadPool pool;
    QThreadPool postingsPool; // adding the lists does not hold up an update meanwhile
    bool hooked = false;
};

CacheState &state() {
    static CacheState s;
    return s;
}

// Before the application goes (and with it the SQL drivers), a build stops and is waited for.
void stopBuilds() {
    CacheState &s = state();
    s.quitting = true;
    s.pool.waitForDone();
    s.postingsPool.waitForDone();
    s.quitting = false;
}

// The documents the noted writes touched between `from` and `to`, when they chain from one to
// the other (none at all: `to` was reached by a write this process was not told of).
std::optional<std::vector<qint64>> changedBetween(const QList<Change> &changes,
                                                  const QByteArray &from, const QByteArray &to) {
    std::vector<qint64> docs;
    QByteArray at = from;
    for (const Change &change : changes) {
        if (at == to)
            break;
        if (change.before != at)
            continue;
        if (change.large)
            return std::nullopt;
        docs.insert(docs.end(), change.docs.cbegin(), change.docs.cend());
        at = change.after;
    }
    if (at != to)
        return std::nullopt;
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
    return docs;
}

// The index of `path` as it is now: the kept one when current, updated when the writes since it
// are known and few, else built in full.
std::shared_ptr<const SearchFacetIndex> refresh(const QString &path, bool postings) {
    CacheState &s = state();
    auto opened = FullTextIndex::open(path);
    if (!opened)
        return nullptr;
    const QSqlDatabase db = opened.value()->connection();
    std::shared_ptr<const SearchFacetIndex> base;
    std::optional<std::vector<qint64>> docs;
    QByteArray now;
    {
        // The generation and the documents read again in one snapshot.
        QSqlQuery tx(db);
        const bool began = tx.exec(QStringLiteral("BEGIN"));
        now = SearchFacetIndex::generationOf(db);
        {
            const QMutexLocker lock(&s.mutex);
            base = s.indexes.value(path);
            if (base && !now.isEmpty())
                docs = changedBetween(s.changes.value(path), base->generation(), now);
        }
        // Not (all) written by this process: the log says what the writes were, read in the
        // snapshot `now` was read in (so it describes exactly the data read below).
        if (base && !now.isEmpty() && !docs)
            docs = SearchChangeLog::changedBetween(db, base->generation(), now);
        {
            const QMutexLocker lock(&s.mutex);
            const size_t most =
                std::max(kMostDocumentsUpdated, size_t(base ? base->documentCount() / 200 : 0));
            if (!docs || docs->size() > most) {
                docs.reset();
                s.updating.insert(path, false);
                s.built.wakeAll(); // readers waiting for an update count in SQL instead
            }
        }
        std::shared_ptr<const SearchFacetIndex> updated;
        if (docs && docs->empty() && base->generation() == now)
            updated = base;
        else if (docs)
            updated = SearchFacetIndex::updated(*base, db, now, *docs);
        if (began)
            tx.exec(QStringLiteral("COMMIT"));
        if (updated) {
            if (updated != base) {
                const QMutexLocker lock(&s.mutex);
                ++s.counts[path].updates;
            }
            return updated;
        }
    }
    auto built = SearchFacetIndex::build(
        db, [] { return state().quitting.load(); }, postings);
    if (built) {
        const QMutexLocker lock(&s.mutex);
        ++s.counts[path].builds;
    }
    return built;
}

// The index just published with the frequent words' lists added, in its place unless another
// took it meanwhile (a write: its refresh adds them to its own).
void addPostings(const QString &path, const std::shared_ptr<const SearchFacetIndex> &index) {
    CacheState &s = state();
    auto opened = FullTextIndex::open(path);
    if (!opened)
        return;
    const QSqlDatabase db = opened.value()->connection();
    QSqlQuery tx(db);
    const bool began = tx.exec(QStringLiteral("BEGIN"));
    auto extended =
        SearchFacetIndex::withPostings(*index, db, [] { return state().quitting.load(); });
    if (began)
        tx.exec(QStringLiteral("COMMIT"));
    if (!extended)
        return;
    const QMutexLocker lock(&s.mutex);
    if (s.indexes.value(path) == index)
        s.indexes.insert(path, std::move(extended));
}

// Starts a refresh of `path`'s index unless one is running; the caller holds the mutex.
void startRefresh(CacheState &s, const QString &path);

void publish(const QString &path, std::shared_ptr<const SearchFacetIndex> index) {
    CacheState &s = state();
    const QMutexLocker lock(&s.mutex);
    s.building.remove(path);
    s.updating.remove(path);
    if (index) {
        // The writes up to this index are in it.
        QList<Change> &changes = s.changes[path];
        for (qsizetype i = changes.size() - 1; i >= 0; --i) {
            if (changes.at(i).after == index->generation()) {
                changes.remove(0, i + 1);
                break;
            }
        }
        s.indexes.insert(path, std::move(index));
    }
    s.built.wakeAll();
    if (s.again.take(path))
        startRefresh(s, path);
}

void startRefresh(CacheState &s, const QString &path) {
    if (s.building.value(path)) {
        s.again.insert(path, true);
        return;
    }
    if (!QCoreApplication::instance())
        return;
    if (!s.hooked) {
        qAddPostRoutine(stopBuilds);
        s.hooked = true;
    }
    s.building.insert(path, true);
    s.pool.setMaxThreadCount(1);
    (void)QtConcurrent::run(&s.pool, [path] {
        // The facets and sizes first; the frequent words' lists (seconds more) then beside them.
        const auto index = refresh(path, false);
        publish(path, index);
        if (index && !index->postings()) {
            CacheState &cache = state();
            cache.postingsPool.setMaxThreadCount(1);
            (void)QtConcurrent::run(&cache.postingsPool,
                                    [path, index] { addPostings(path, index); });
        }
    });
}

} // namespace

std::shared_ptr<const SearchFacetIndex>
SearchFacetCache::get(const QString &path, const QByteArray &generation, bool buildWhenMissing) {
    CacheState &s = state();
    QMutexLocker lock(&s.mutex);
    const QDeadlineTimer deadline(kWaitForUpdateMs);
    bool asked = false;
    for (;;) {
        const auto found = s.indexes.constFind(path);
        if (found != s.indexes.cend() && (*found)->generation() == generation)
            return *found;
        // A generation this process was not told of, with an index kept (a write of another
        // process): the refresh reads the change log and most likely updates the index, so
        // it is started at once (also for the ranking, which never builds) and waited for
        // like an update of this process; it says so at once when it builds in full instead.
        if (!asked && found != s.indexes.cend() && !s.building.value(path) &&
            !generation.isEmpty()) {
            asked = true; // once: an index newer than `generation` is not waited for
            s.updating.insert(path, true);
            startRefresh(s, path);
            if (!s.building.value(path))
                break; // no application: nothing runs refreshes
            continue;
        }
        // An update of a few documents is worth a short wait; a build is not.
        if (!s.building.value(path) || !s.updating.value(path) || !s.built.wait(&s.mutex, deadline))
            break;
    }
    if (buildWhenMissing && !s.building.value(path))
        startRefresh(s, path);
    return nullptr;
}

void SearchFacetCache::prepare(const QString &path) {
    CacheState &s = state();
    const QMutexLocker lock(&s.mutex);
    if (!s.indexes.contains(path) && !s.building.value(path))
        startRefresh(s, path);
}

std::shared_ptr<const SearchFacetIndex> SearchFacetCache::ensure(const QString &path) {
    CacheState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        while (s.building.value(path))
            s.built.wait(&s.mutex);
        s.building.insert(path, true);
    }
    auto index = refresh(path, true);
    publish(path, index);
    return index;
}

void SearchFacetCache::clear() {
    CacheState &s = state();
    s.pool.waitForDone();
    s.postingsPool.waitForDone();
    const QMutexLocker lock(&s.mutex);
    s.indexes.clear();
    s.changes.clear();
}

void SearchFacetCache::noteChange(const QString &path, const QByteArray &before,
                                  const QByteArray &after, std::vector<qint64> docs) {
    CacheState &s = state();
    const QMutexLocker lock(&s.mutex);
    if (!s.indexes.contains(path) && !s.building.value(path))
        return; // no index to follow (the first one is built when asked for)
    QList<Change> &changes = s.changes[path];
    const bool large = docs.size() > kMostDocumentsUpdated;
    if (large)
        docs = {};
    changes.append({before, after, std::move(docs), large});
    if (changes.size() > kKeptChanges)
        changes.removeFirst();
}

void SearchFacetCache::changesCommitted(const QString &path) {
    CacheState &s = state();
    const QMutexLocker lock(&s.mutex);
    if (!s.indexes.contains(path))
        return; // nothing kept to follow: built when asked for
    if (!s.building.value(path))
        s.updating.insert(path, true); // (a refresh under way decided already what it does)
    startRefresh(s, path);
}

SearchFacetCache::Counts SearchFacetCache::counts(const QString &path) {
    CacheState &s = state();
    const QMutexLocker lock(&s.mutex);
    return s.counts.value(path);
}

} // namespace overleg
