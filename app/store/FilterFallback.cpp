#include "FilterFallback.h"

#include "SqliteHandles.h"

#include <sqlite3.h>

namespace overleg {

namespace {

QString likePattern(const QString &text) {
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'%', QLatin1String("\\%"));
    escaped.replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

using sqlite::Connection;
using sqlite::Statement;

} // namespace

TrigramQuery trigramQuery(const QString &text) {
    // Words of three or more characters are looked up in the trigram index. Shorter words
    // only narrow those matches: on their own they would mean a scan of every document, so a
    // filter of short words matches the names of commissies, dossiers and kamerleden only.
    QStringList ftsTerms;
    QStringList likeTerms;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() >= 3) {
            QString quoted = word;
            quoted.replace(u'"', QLatin1String("\"\""));
            ftsTerms << u'"' + quoted + u'"';
        } else {
            likeTerms << likePattern(word);
        }
    }
    TrigramQuery query;
    if (ftsTerms.isEmpty())
        return query;
    query.select = likeTerms.isEmpty()
                       ? QStringLiteral("SELECT rowid FROM document_search WHERE "
                                        "document_search MATCH ?")
                       : QStringLiteral("SELECT d.rowid FROM document d WHERE d.rowid IN (SELECT "
                                        "rowid FROM document_search WHERE document_search MATCH "
                                        "?)");
    for (qsizetype i = 0; i < likeTerms.size(); ++i)
        query.select +=
            QStringLiteral(" AND (coalesce(d.titel,'') || ' ' || coalesce(d.soort,'') || ' ' || "
                           "coalesce(d.documentNummer,'') || ' ' || coalesce(d.onderwerp,'')) "
                           "LIKE ? ESCAPE '\\'");
    query.binds << ftsTerms.join(QStringLiteral(" AND ")) << likeTerms;
    return query;
}

std::optional<FallbackMatches> matchOffThread(const QString &databasePath, const QString &text,
                                              const std::atomic<bool> &cancel) {
    FallbackMatches result;
    result.text = text;
    const TrigramQuery query = trigramQuery(text);
    if (query.select.isEmpty())
        return result;
    Connection c;
    if (sqlite3_open_v2(databasePath.toUtf8().constData(), &c.db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        return std::nullopt;
    // One snapshot, so the matches and their memberships agree.
    sqlite3_exec(c.db, "BEGIN", nullptr, nullptr, nullptr);
    if (sqlite3_exec(c.db, "CREATE TEMP TABLE filter_match (doc INTEGER PRIMARY KEY)", nullptr,
                     nullptr, nullptr) != SQLITE_OK)
        return std::nullopt;
    {
        Statement insert(c.db, QStringLiteral("INSERT INTO temp.filter_match ") + query.select);
        if (!insert.stmt)
            return std::nullopt;
        QList<QByteArray> values; // kept alive while bound
        for (const QString &bind : query.binds)
            values << bind.toUtf8();
        for (int i = 0; i < int(values.size()); ++i)
            sqlite3_bind_text(insert.stmt, i + 1, values[i].constData(), int(values[i].size()),
                              SQLITE_STATIC);
        if (sqlite3_step(insert.stmt) != SQLITE_DONE)
            return std::nullopt;
    }
    if (cancel.load())
        return std::nullopt;
    {
        Statement rows(c.db, QStringLiteral("SELECT doc FROM temp.filter_match ORDER BY doc"));
        while (rows.stmt && sqlite3_step(rows.stmt) == SQLITE_ROW)
            result.rowids.push_back(sqlite3_column_int64(rows.stmt, 0));
    }
    // The set the GUI thread tests against, made here rather than there.
    if (!result.rowids.empty())
        result.set.reserveUpTo(result.rowids.back());
    for (qint64 rowid : result.rowids)
        result.set.insert(rowid);
    {
        // As LibraryQueries::matchesPerNode counts them.
        Statement members(c.db, QStringLiteral("SELECT m.node FROM temp.filter_match f CROSS "
                                               "JOIN nav_membership m ON m.doc = f.doc"));
        int step = 0;
        while (members.stmt && sqlite3_step(members.stmt) == SQLITE_ROW) {
            if ((++step & 0xffff) == 0 && cancel.load())
                return std::nullopt;
            ++result.perNode[sqlite3_column_int64(members.stmt, 0)];
        }
    }
    sqlite3_exec(c.db, "COMMIT", nullptr, nullptr, nullptr);
    return result;
}

} // namespace overleg
