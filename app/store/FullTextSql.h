#pragma once

// What the files of FullTextIndex share (FullTextIndex.cpp: the index and its queries,
// FullTextFacets.cpp: the facet counts): a statement runner, the SQL of the fields, and an
// interrupt for long statements. Not for use outside the index.

#include "FullTextIndex.h"
#include "SearchQuery.h"
#include "SqliteStatement.h"
#include "core/Result.h"

#include <sqlite3.h>

#include <QLatin1String>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

namespace overleg::fulltext {

class Sql {
public:
    explicit Sql(const QSqlDatabase &db)
        : m_query(db) {}
    bool run(const QString &sql, const QVariantList &values = {}) {
        if (!m_query.prepare(sql)) {
            m_error = m_query.lastError().text();
            return false;
        }
        for (const QVariant &v : values)
            m_query.addBindValue(v);
        if (!m_query.exec()) {
            m_error = m_query.lastError().text();
            return false;
        }
        return true;
    }
    QSqlQuery &query() { return m_query; }
    QString error() const { return m_error; }

private:
    QSqlQuery m_query;
    QString m_error;
};

// While alive, SQLite statements on the connection stop with SQLITE_INTERRUPT as soon as
// `cancelled` says so (asked every few thousand steps of the virtual machine).
class InterruptWhen {
public:
    InterruptWhen(const QSqlDatabase &db, const std::function<bool()> &cancelled)
        : m_handle(cancelled ? sqliteHandle(db) : nullptr)
        , m_cancelled(cancelled) {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 4000, &InterruptWhen::ask, this);
    }
    ~InterruptWhen() {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    InterruptWhen(const InterruptWhen &) = delete;
    InterruptWhen &operator=(const InterruptWhen &) = delete;

private:
    static int ask(void *self) { return static_cast<InterruptWhen *>(self)->m_cancelled() ? 1 : 0; }
    sqlite3 *m_handle;
    std::function<bool()> m_cancelled;
};

QString tr(const char *text);
// The search failed inside SQLite (a corrupt index, a full disk): the user gets a sentence, the
// log the details.
Status searchFailed(const QString &detail);
// Binds values in order: text as text, anything else as an integer.
inline void bindAll(SqliteStatement &statement, const QVariantList &values, int first = 1) {
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i).typeId() == QMetaType::QString)
            statement.bindText(first + i, values.at(i).toString());
        else
            statement.bindInt(first + i, values.at(i).toLongLong());
    }
}
// Every field as one SQL condition on entry e and doc d, its values appended in order.
QString fieldsCondition(const QList<SearchField> &fields, QVariantList *values);
// The documents with any entry that holds an excluded word (bind the exclusion).
extern const QLatin1String kExcludedDocuments;
// A hit from a row of kHitColumns.
SearchHit hitFrom(QSqlQuery &q, bool substring);
// The columns of a hit (entry e, doc d), %1 the snippet's expression.
extern const char kHitColumns[];
// A document of the entry (bind: the entry, then the exclusion) holds an excluded word.
extern const QLatin1String kEntryExcluded;
// bm25 weights of the columns title, body, tags: a title match outranks a passing mention.
extern const double kTitleWeight, kBodyWeight, kTagsWeight;

} // namespace overleg::fulltext
