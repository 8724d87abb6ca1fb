#include "PageWriter.h"

#include "store/Database.h"
#include "store/LibraryStore.h"

#include <QCoreApplication>

#include <algorithm>

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
    if (!m_queued.isEmpty())
        flush(); // what was handed over before the close is stored, as it would be without it
    m_store.reset();
    m_db.reset();
}

void PageWriter::write(const QString &category, const QList<EntityRecord> &entities,
                       qint64 skiptoken) {
    m_queued << LibraryStore::FeedPage{category, entities, skiptoken};
    // The pages already waiting in the thread's event queue arrive before the flush does.
    if (!m_flushPending) {
        m_flushPending = true;
        QMetaObject::invokeMethod(this, &PageWriter::flush, Qt::QueuedConnection);
    }
}

void PageWriter::flush() {
    m_flushPending = false;
    const QList<LibraryStore::FeedPage> pages = std::exchange(m_queued, {});
    if (!m_store) {
        for (const LibraryStore::FeedPage &page : pages)
            Q_EMIT written(page.category, page.skiptoken, 0, 0, m_openError);
        return;
    }
    const bool anyFailed = std::any_of(pages.begin(), pages.end(), [&](const auto &page) {
        return m_failed.contains(page.category);
    });
    if (pages.size() > 1 && !anyFailed) {
        if (const auto results = m_store->applyFeedPages(pages)) {
            for (qsizetype i = 0; i < pages.size(); ++i)
                report(pages.at(i), results->at(i));
            return;
        }
        // One of them cannot be stored: page by page below, so the others still are.
    }
    for (const LibraryStore::FeedPage &page : pages) {
        if (m_failed.contains(page.category)) {
            Q_EMIT written(page.category, page.skiptoken, 0, 0,
                           QCoreApplication::translate("PageWriter", "not stored after an "
                                                                     "earlier failure"));
            continue;
        }
        const auto results = m_store->applyFeedPages({page});
        if (!results) {
            m_failed.insert(page.category);
            Q_EMIT written(page.category, page.skiptoken, 0, 0, results.error());
            continue;
        }
        report(page, results->constFirst());
    }
}

void PageWriter::report(const LibraryStore::FeedPage &page,
                        const LibraryStore::PageResult &result) {
    Q_EMIT written(page.category, page.skiptoken, result.applied, result.deleted, {});
}

void PageWriter::markSynced(const QString &category) {
    if (!m_queued.isEmpty())
        flush();
    if (m_store && !m_failed.contains(category))
        m_store->markCategorySynced(category);
}

void PageWriter::rebuild() {
    if (!m_queued.isEmpty())
        flush();
    if (!m_store) {
        Q_EMIT rebuilt(m_openError);
        return;
    }
    const Status status = m_store->rebuildDerived();
    Q_EMIT rebuilt(status ? QString() : status.error());
}

} // namespace overleg
