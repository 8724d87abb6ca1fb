#pragma once

#include "Database.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <memory>
#include <unordered_map>

namespace overleg {

struct EntityRecord;
struct EntityType;
class SqliteStatement;

// Writes the Kamer's entities into the library database: upsert by GUID, deletions with their
// links, and the derived navigation tables. The sample library, imports and the sync all come
// through here.
class LibraryStore {
public:
    explicit LibraryStore(Database &db);
    ~LibraryStore();

    Database &database() { return m_db; }

    // Stores one entity (insert or update by id) or, when it is marked deleted, removes it and
    // every link from or to it. Unknown entity types are ignored and reported false.
    bool apply(const EntityRecord &entity);

    // Brings nav_node and nav_membership (which documents hang under which commissie, dossier
    // and kamerlid) and open_question up to date. Call after a batch of applies; it runs in its
    // own transaction. Automatic: for what the batch touched only (NavigationUpdate), unless
    // the library was never built or too much changed; Full: from every entity.
    enum class DerivedMode { Automatic, Full };
    Status rebuildDerived(DerivedMode mode = DerivedMode::Automatic);
    // How the last rebuildDerived() went (tests, benchmarks).
    struct DerivedUpdate {
        bool incremental = false;
        qint64 documents = 0;            // placed again (incremental only)
        qint64 nodes = 0;                // numbered again or removed (incremental only)
        bool filterIndexPatched = false; // the kept filter index followed the change
        qint64 tablesMs = 0;             // the derived tables (wall)
        qint64 filterIndexMs = 0;        // patching the kept filter index (wall)
    };
    const DerivedUpdate &lastDerivedUpdate() const { return m_lastDerived; }
    // True when pages were applied after the last rebuildDerived (e.g. a sync was killed before
    // it got there); Library::open then rebuilds.
    bool derivedIsStale() const;

    // SyncFeed pages in one transaction: their entities, and each category's skiptoken after
    // its page, so a sync killed at any moment resumes exactly after the last page committed.
    // Pages of one category come in feed order. All or none are stored.
    struct FeedPage {
        QString category;
        QList<EntityRecord> entities;
        qint64 skiptoken = -1;
    };
    struct PageResult {
        int applied = 0;
        int deleted = 0;
        int ignored = 0;
    };
    Result<QList<PageResult>> applyFeedPages(const QList<FeedPage> &pages);
    // Where the category stopped (-1: never synced) and when it last finished.
    qint64 skiptoken(const QString &category) const;
    QDateTime lastSync() const;
    Status markCategorySynced(const QString &category);

    // The counts per table, for tests and the CLI's summaries.
    qint64 count(const QString &table) const;

private:
    SqliteStatement *upsertStatement(const EntityType &type);
    bool remove(const EntityType &type, const QString &id);
    bool failed(const SqliteStatement &statement); // records its error, returns false

    Database &m_db;
    // The statements of apply(), run for every entity of a sync. They must be finalised before
    // the connection closes: the store never outlives its Database.
    std::unordered_map<const EntityType *, std::unique_ptr<SqliteStatement>> m_upserts;
    std::unique_ptr<SqliteStatement> m_deleteLinks;
    std::unique_ptr<SqliteStatement> m_insertLink;
    QString m_error; // of the last failed apply()
    DerivedUpdate m_lastDerived;
};

} // namespace overleg
