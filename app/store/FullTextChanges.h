#pragma once

// What a write transaction of FullTextIndex tells the facet cache (SearchFacetCache), so the
// facet index in memory follows the write instead of being built again: the generation before
// the write, the one after it and the documents it touched. The same goes into the index's
// change log (SearchChangeLog), in the write's own transaction, for the facet cache of every
// other process on the file. Not for use outside the index.

#include "SearchChangeLog.h"
#include "SearchFacetIndex.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <vector>

namespace overleg::fulltext {

class ChangeNote {
public:
    // Construct after the transaction's first write (it then holds the write lock, so nothing
    // else changes the index until its commit) and before its first write to an FTS5 table.
    ChangeNote(const QSqlDatabase &db, const QString &path)
        : m_db(db)
        , m_path(path)
        , m_before(SearchFacetIndex::generationOf(db)) {}
    void touch(qint64 doc) { m_docs.push_back(doc); }
    // The documents a query returns (its first column).
    bool touchAll(const QString &sql) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return false;
        while (q.next())
            m_docs.push_back(q.value(0).toLongLong());
        return true;
    }
    // Just before the commit: FTS5 writes its pending data at a savepoint, so the generation
    // read then is the committed one.
    void beforeCommit() {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SAVEPOINT facet_generation"));
        q.exec(QStringLiteral("RELEASE facet_generation"));
        const QByteArray after = SearchFacetIndex::generationOf(m_db);
        // A row that cannot be written only breaks the chain: a reader then builds in full.
        SearchChangeLog::append(m_db, m_before, after, m_docs);
        SearchFacetCache::noteChange(m_path, m_before, after, std::move(m_docs));
    }
    void committed() { SearchFacetCache::changesCommitted(m_path); }

private:
    QSqlDatabase m_db;
    QString m_path;
    QByteArray m_before;
    std::vector<qint64> m_docs;
};

} // namespace overleg::fulltext
