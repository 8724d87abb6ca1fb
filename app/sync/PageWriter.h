#pragma once

#include "entities/EntityRecord.h"
#include "store/LibraryStore.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace overleg {

class Database;

// The sync's writer: lives on a thread of its own with its own connection to the library, so
// storing page N overlaps fetching and parsing page N+1. Pages of one category are written in the
// order given; after one fails, later pages of that category are dropped, so its skiptoken never
// skips a page that was not stored. Pages that queued up while it was busy are stored in one
// transaction (each with its skiptoken): a commit writes every page it touched to the log, and
// consecutive pages touch many of the same index pages.
class PageWriter : public QObject {
    Q_OBJECT
public:
    explicit PageWriter(QString libraryPath);
    ~PageWriter() override;

    // Each runs on the writer's thread (call through a queued invocation).
    void open();
    void write(const QString &category, const QList<overleg::EntityRecord> &entities,
               qint64 skiptoken);
    void markSynced(const QString &category);
    void rebuild();
    void close();

Q_SIGNALS:
    // Once per page given to write(), in the same order.
    void written(const QString &category, qint64 skiptoken, int applied, int deleted,
                 const QString &error);
    void rebuilt(const QString &error);

private:
    void flush();
    void report(const LibraryStore::FeedPage &page, const LibraryStore::PageResult &result);

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LibraryStore> m_store;
    QString m_openError;
    QSet<QString> m_failed;
    QList<LibraryStore::FeedPage> m_queued;
    bool m_flushPending = false;
};

} // namespace overleg
