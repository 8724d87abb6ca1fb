// FullTextIndex's facet counts: from the facet index in memory (SearchFacetIndex) when it is
// there, in SQL otherwise.

#include "FullTextIndex.h"
#include "FullTextRank.h"
#include "FullTextSql.h"
#include "SearchFacetIndex.h"

namespace overleg {

using namespace fulltext;

namespace {

// Hits per query collected for the facet counts in SQL: enough for any count a user reads.
constexpr int kFacetHits = 100000;

// Appends the ids the statement returns (its first column); false on an error.
bool collect(SqliteStatement &statement, std::vector<qint64> *ids) {
    while (statement.next())
        ids->push_back(statement.intAt(0));
    return statement.error().isEmpty();
}

} // namespace

Result<QList<SearchFacet>> FullTextIndex::facets(const SearchQuery &query,
                                                 const std::function<bool()> &cancelled,
                                                 FacetCount how) const {
    using R = Result<QList<SearchFacet>>;
    if (how == FacetCount::Sql)
        return facetsInSql(query, cancelled);
    const QSqlDatabase db = connection();
    // The generation and the matches read in one snapshot (when not inside a transaction).
    Sql snapshot(db);
    const bool began = snapshot.run(QStringLiteral("BEGIN"));
    struct End {
        Sql *sql;
        bool open;
        ~End() {
            if (open)
                sql->run(QStringLiteral("COMMIT"));
        }
    } end{&snapshot, began};
    const QByteArray generation = SearchFacetIndex::generationOf(db);
    std::shared_ptr<const SearchFacetIndex> index = how == FacetCount::Memory
                                                        ? SearchFacetCache::ensure(m_path)
                                                        : SearchFacetCache::get(m_path, generation);
    if (!index || index->generation() != generation)
        return facetsInSql(query, cancelled);

    const InterruptWhen interrupt(db, cancelled);
    auto failed = [&](const QString &error) {
        return R::failure(cancelled && cancelled() ? tr("The search was cancelled.")
                                                   : searchFailed(error).error());
    };
    // Fields the facet index holds (soort, datum, commissie per document; fractie, tag and
    // status per entry) are decided there; the others join the entries and documents in SQL.
    const std::shared_ptr<const SearchFieldFilter> filter =
        query.fields.isEmpty() ? nullptr : index->fieldFilter(query.fields);
    const bool fieldsInMemory = filter != nullptr;
    QVariantList values;
    const QString fields = fieldsInMemory ? QString() : fieldsCondition(query.fields, &values);
    const QString where = fields.isEmpty() ? QString() : QStringLiteral(" AND ") + fields;
    std::vector<qint64> entries;
    if (query.match.isEmpty()) {
        if (query.fields.isEmpty() && query.exclude.isEmpty())
            return R(QList<SearchFacet>());
        if (fieldsInMemory) {
            entries = index->entriesOf(*filter);
        } else {
            SqliteStatement statement(db, QStringLiteral("SELECT e.id FROM entry e JOIN doc d ON "
                                                         "d.doc = e.doc WHERE e.part IN (0, 2)%1")
                                              .arg(where));
            bindAll(statement, values);
            if (!collect(statement, &entries))
                return failed(statement.error());
        }
    } else {
        // The passes the ranking just collected the matches of (the word pass, the compound
        // pass when the view asked for it) are not enumerated again.
        int kept = keptMatches(query, generation, &entries);
        if (kept == 0 && (query.fields.isEmpty() || fieldsInMemory)) {
            // A plain query of frequent words: the word pass's matches from memory.
            RankRows rows;
            std::vector<bool> unused;
            if (collectFromPostings(db, query, *index, filter.get(), &rows, &unused)) {
                entries.assign(rows.rowids.cbegin(), rows.rowids.cend());
                kept = 1;
            }
        }
        QStringList passes;
        if (kept == 0)
            passes << QStringLiteral("entry_fts");
        if (kept < 2 && m_trigram && !query.substring.isEmpty())
            passes << QStringLiteral("entry_tri");
        for (const QString &table : passes) {
            // The compound pass's matches from the words' lists, when they can tell them.
            if (table == QLatin1String("entry_tri") && (query.fields.isEmpty() || fieldsInMemory)) {
                std::vector<std::int64_t> matches;
                if (substringMatchesFromPostings(db, query, *index, &matches)) {
                    entries.insert(entries.end(), matches.cbegin(), matches.cend());
                    continue;
                }
            }
            const QString text =
                table == QLatin1String("entry_fts") ? query.match : query.substring;
            // Without fields in SQL, the index's rowids alone: no join per match.
            SqliteStatement statement(
                db, fields.isEmpty()
                        ? QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(table)
                        : QStringLiteral("SELECT e.id FROM %1 CROSS JOIN entry e ON e.id = "
                                         "%1.rowid CROSS JOIN doc d ON d.doc = e.doc WHERE %1 "
                                         "MATCH ?%2")
                              .arg(table, where));
            bindAll(statement, QVariantList{text} + values);
            if (!collect(statement, &entries))
                return failed(statement.error());
        }
        if (fieldsInMemory) {
            std::erase_if(entries, [&](qint64 entry) { return !filter->accepts(entry); });
        }
    }
    // The documents of an excluded word, marked from its matches' ids.
    std::vector<bool> excluded;
    if (!query.exclude.isEmpty() && !excludedFromPostings(db, query, *index, &excluded)) {
        SqliteStatement statement(db, QStringLiteral("SELECT rowid FROM entry_fts WHERE "
                                                     "entry_fts MATCH ?"));
        statement.bindText(1, query.exclude);
        excluded.assign(size_t(index->documentCount()), false);
        while (statement.next()) {
            if (const int doc = index->documentOf(statement.intAt(0)); doc >= 0)
                excluded[size_t(doc)] = true;
        }
        if (!statement.error().isEmpty())
            return failed(statement.error());
    }
    bool stopped = false;
    QList<SearchFacet> counted = index->count(entries, excluded, cancelled, &stopped);
    if (stopped)
        return failed({});
    return R(counted);
}

Result<QList<SearchFacet>>
FullTextIndex::facetsInSql(const SearchQuery &query, const std::function<bool()> &cancelled) const {
    using R = Result<QList<SearchFacet>>;
    const InterruptWhen interrupt(connection(), cancelled);
    // Stopped because a newer query came: no error to log.
    auto failed = [&](const QString &error) {
        return R::failure(cancelled && cancelled() ? tr("The search was cancelled.")
                                                   : searchFailed(error).error());
    };
    QVariantList values;
    QString fields = fieldsCondition(query.fields, &values);
    if (!query.exclude.isEmpty()) {
        fields += (fields.isEmpty() ? QString() : QStringLiteral(" AND ")) + kExcludedDocuments;
        values << query.exclude;
    }
    const QString where = fields.isEmpty() ? QString() : QStringLiteral(" AND ") + fields;
    Sql sql(connection());
    if (!sql.run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS hit (entry INTEGER PRIMARY "
                                "KEY, doc INTEGER)")) ||
        !sql.run(QStringLiteral("DELETE FROM temp.hit")))
        return failed(sql.error());
    if (query.match.isEmpty()) {
        if (fields.isEmpty())
            return R(QList<SearchFacet>());
        if (!sql.run(QStringLiteral("INSERT INTO temp.hit SELECT e.id, e.doc FROM entry e JOIN "
                                    "doc d ON d.doc = e.doc WHERE e.part IN (0, 2)%1 LIMIT ?")
                         .arg(where),
                     values + QVariantList{kFacetHits}))
            return failed(sql.error());
    } else {
        QStringList passes = {QStringLiteral("entry_fts")};
        if (m_trigram && !query.substring.isEmpty())
            passes << QStringLiteral("entry_tri");
        for (const QString &table : passes) {
            const QString text =
                table == QLatin1String("entry_fts") ? query.match : query.substring;
            if (!sql.run(QStringLiteral("INSERT OR IGNORE INTO temp.hit SELECT e.id, e.doc FROM %1 "
                                        "JOIN entry e ON e.id = %1.rowid JOIN doc d ON d.doc = "
                                        "e.doc WHERE %1 MATCH ?%2 LIMIT ?")
                             .arg(table, where),
                         QVariantList{text} + values + QVariantList{kFacetHits}))
                return failed(sql.error());
        }
    }
    // Counted from the distinct documents hit, joined in that order (CROSS JOIN): the planner
    // would otherwise walk every facet row and probe the hits.
    const QString docs = QStringLiteral("(SELECT DISTINCT doc FROM temp.hit) h");
    const QList<std::pair<QString, QString>> counts = {
        {QStringLiteral("soort"),
         QStringLiteral("SELECT d.soort, d.soort, count(*) FROM %1 CROSS JOIN doc d ON d.doc = "
                        "h.doc WHERE d.soort <> '' GROUP BY 1")
             .arg(docs)},
        {QStringLiteral("commissie"),
         QStringLiteral("SELECT f.value, f.label, count(*) FROM %1 CROSS JOIN doc_facet f INDEXED "
                        "BY doc_facet_doc ON f.doc = h.doc AND f.field = 'commissie' GROUP BY 1")
             .arg(docs)},
        {QStringLiteral("fractie"),
         QStringLiteral("SELECT lower(v), v, count(DISTINCT doc) FROM (SELECT e.fractie AS v, "
                        "h.doc AS doc FROM temp.hit h CROSS JOIN entry e ON e.id = h.entry WHERE "
                        "e.fractie <> '' UNION ALL SELECT f.label, f.doc FROM %1 CROSS JOIN "
                        "doc_facet f INDEXED BY doc_facet_doc ON f.doc = h.doc AND f.field = "
                        "'fractie') GROUP BY 1")
             .arg(docs)},
        {QStringLiteral("datum"),
         QStringLiteral("SELECT substr(d.datum, 1, 4), substr(d.datum, 1, 4), count(*) FROM %1 "
                        "CROSS JOIN doc d ON d.doc = h.doc WHERE d.datum <> '' GROUP BY 1")
             .arg(docs)},
        {QStringLiteral("status"),
         QStringLiteral("SELECT e.status, e.status, count(DISTINCT h.doc) FROM temp.hit h CROSS "
                        "JOIN entry e ON e.id = h.entry WHERE e.status <> '' GROUP BY 1")},
        {QStringLiteral("tag"),
         QStringLiteral("SELECT t.tag, t.tag, count(DISTINCT h.doc) FROM temp.hit h CROSS JOIN "
                        "entry_tag t INDEXED BY entry_tag_entry ON t.entry = h.entry GROUP BY 1")},
    };
    QList<SearchFacet> facets;
    for (const auto &[field, statement] : counts) {
        if (cancelled && cancelled())
            return failed({});
        if (!sql.run(statement + QStringLiteral(" ORDER BY 3 DESC, 2 LIMIT 12")))
            return failed(sql.error());
        while (sql.query().next())
            facets.append({field, sql.query().value(0).toString(), sql.query().value(1).toString(),
                           sql.query().value(2).toInt()});
    }
    return R(facets);
}

} // namespace overleg
