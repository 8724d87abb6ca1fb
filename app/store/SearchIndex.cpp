#include "SearchIndex.h"

#include "Database.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace overleg::SearchIndex {

namespace {

// Below this many pending documents FTS5's own incremental merging is the right thing.
constexpr qint64 kBulkBatch = 5000;
// FTS5 writes its in-memory terms out as a new segment whenever they exceed 'hashsize' (1 MiB by
// default), so a bulk batch left dozens of segments for 'optimize' to merge (0.55 s of 1.4 s on
// 60,000 documents). With room for about 150,000 documents' terms the batch mostly lands as one
// segment; memory stays bounded, a larger batch just gets a few.
constexpr int kBulkHashSize = 64 * 1024 * 1024;
constexpr int kDefaultHashSize = 1024 * 1024;

qint64 countOf(Database &library, const QString &sql) {
    QSqlQuery q = library.run(sql);
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool setOption(Database &library, const char *option, int value) {
    QSqlQuery q = library.run(
        QStringLiteral("INSERT INTO document_search(document_search, rank) VALUES (?, ?)"),
        {QString::fromLatin1(option), value});
    return !q.lastError().isValid();
}

} // namespace

Status indexPending(Database &library) {
    Transaction tx(library.connection());
    // A first sync or a large one: FTS5 would merge its segments again and again while the
    // batch goes in (automerge). Writing them unmerged and merging once at the end ('optimize')
    // costs a fifth less; on a small batch into a large index, 'optimize' would rewrite the
    // whole index, so small batches keep the default merging.
    const qint64 pending =
        countOf(library, QStringLiteral("SELECT count(*) FROM document_search_pending"));
    const bool bulk =
        pending >= kBulkBatch &&
        pending * 2 >= countOf(library, QStringLiteral("SELECT count(*) FROM document"));
    if (bulk && !(setOption(library, "automerge", 0) && setOption(library, "crisismerge", 64) &&
                  setOption(library, "hashsize", kBulkHashSize)))
        return Status::failure(library.connection().lastError().text());
    QSqlQuery insert = library.run(QStringLiteral(
        "INSERT INTO document_search (rowid, soort, documentNummer, titel, onderwerp) "
        "SELECT d.rowid, d.soort, d.documentNummer, d.titel, d.onderwerp FROM "
        "document_search_pending p JOIN document d ON d.rowid = p.rowid"));
    if (insert.lastError().isValid())
        return Status::failure(insert.lastError().text());
    if (bulk) {
        QSqlQuery optimize = library.run(
            QStringLiteral("INSERT INTO document_search(document_search) VALUES ('optimize')"));
        // FTS5's defaults again (they are stored in the index's config table).
        if (optimize.lastError().isValid() || !setOption(library, "automerge", 4) ||
            !setOption(library, "crisismerge", 16) ||
            !setOption(library, "hashsize", kDefaultHashSize))
            return Status::failure(library.connection().lastError().text());
    }
    QSqlQuery clear = library.run(QStringLiteral("DELETE FROM document_search_pending"));
    if (clear.lastError().isValid())
        return Status::failure(clear.lastError().text());
    if (!tx.commit())
        return Status::failure(library.connection().lastError().text());
    return success();
}

bool hasPending(Database &library) {
    QSqlQuery q = library.run(QStringLiteral("SELECT 1 FROM document_search_pending LIMIT 1"));
    return q.next();
}

} // namespace overleg::SearchIndex
