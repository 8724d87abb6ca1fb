#pragma once

#include "Database.h"
#include "core/Result.h"

#include <QHash>
#include <QSqlQuery>

#include <memory>

namespace overleg {

struct EntityRecord;
struct EntityType;

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

    // Recomputes nav_membership (which documents hang under which commissie, dossier and
    // kamerlid). Call after a batch of applies; it runs in its own transaction.
    Status rebuildDerived();

    // The counts per table, for tests and the CLI's summaries.
    qint64 count(const QString &table) const;

private:
    QSqlQuery &upsertQuery(const EntityType &type);
    bool remove(const EntityType &type, const QString &id);

    Database &m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_upserts;
    std::unique_ptr<QSqlQuery> m_deleteLinks;
    std::unique_ptr<QSqlQuery> m_insertLink;
};

} // namespace overleg
