#include "PageWriter.h"

#include "store/Database.h"
#include "store/LibraryStore.h"

#include <QCoreApplication>

namespace overleg {

PageWriter::PageWriter(QString libraryPath)
    : m_path(std::move(libraryPath)) {}

PageWriter::~PageWriter() {
    close();
}

void PageWriter::open() {
    auto db = Database::open(m_path, Database::Kind::Library);
    if (!db) {
        m_openError = db.error();
        return;
    }
    m_db = std::make_unique<Database>(std::move(db).value());
    // A sync writes hundreds of pages; checkpointing every 4 MiB of log (SQLite's default) copies
    // the same index pages into the database again and again. Every 40 MiB here; the rebuild
    // at the end of the sync folds the log in and truncates it.
    m_db->run(QStringLiteral("PRAGMA wal_autocheckpoint=10000"));
    m_store = std::make_unique<LibraryStore>(*m_db);
}

void PageWriter::close() {
    m_store.reset();
    m_db.reset();
}

void PageWriter::write(const QString &category, const QList<EntityRecord> &entities,
                       qint64 skiptoken) {
    if (!m_store) {
        Q_EMIT written(category, skiptoken, 0, 0, m_openError);
        return;
    }
    if (m_failed.contains(category)) {
        Q_EMIT written(category, skiptoken, 0, 0,
                       QCoreApplication::translate("PageWriter", "not stored after an earlier "
                                                                 "failure"));
        return;
    }
    const auto result = m_store->applyFeedPage(entities, category, skiptoken);
    if (!result) {
        m_failed.insert(category);
        Q_EMIT written(category, skiptoken, 0, 0, result.error());
        return;
    }
    Q_EMIT written(category, skiptoken, result->applied, result->deleted, {});
}

void PageWriter::markSynced(const QString &category) {
    if (m_store && !m_failed.contains(category))
        m_store->markCategorySynced(category);
}

void PageWriter::rebuild() {
    if (!m_store) {
        Q_EMIT rebuilt(m_openError);
        return;
    }
    const Status status = m_store->rebuildDerived();
    Q_EMIT rebuilt(status ? QString() : status.error());
}

} // namespace overleg
