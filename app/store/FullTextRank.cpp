#include "FullTextRank.h"

#include "FullTextIndex.h"
#include "FullTextSql.h"
#include "SearchFacetIndex.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace overleg::fulltext {

namespace {

// bm25's constants (SQLite's fts5_aux.c).
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count) {
    ++*static_cast<std::int64_t *>(count);
    return SQLITE_OK;
}

// Once per statement: the table's statistics. Where the matches cannot say a phrase's idf, it is
// counted as bm25 counts it (phraseIdf), but only for a phrase some collected row holds: a
// phrase no row holds (one after NOT, or the rows were all left out) adds idf * 0 to every
// score, exactly 0 whatever its idf, so counting its rows (a pass over the whole index) is
// spared.
int prepare(const Fts5ExtensionApi *api, Fts5Context *fts, RankRows *rows) {
    rows->phrases = api->xPhraseCount(fts);
    sqlite3_int64 rowCount = 0, tokens = 0;
    int rc = api->xRowCount(fts, &rowCount);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    rows->rowCount = rowCount;
    rows->averageSize = double(tokens) / double(rowCount);
    if (rows->filtered || rows->phrases != 1)
        rows->idf.assign(size_t(rows->phrases), kIdfNotCounted);
    return SQLITE_OK;
}

int phraseIdf(const Fts5ExtensionApi *api, Fts5Context *fts, RankRows *rows, int phrase) {
    std::int64_t hits = 0;
    const int rc = api->xQueryPhrase(fts, phrase, &hits, countRow);
    if (rc != SQLITE_OK)
        return rc;
    rows->idf[size_t(phrase)] = bm25Idf(double(rows->rowCount), double(hits));
    return SQLITE_OK;
}

void collectRow(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context,
                int valueCount, sqlite3_value **values) {
    RankRows *rows = *static_cast<RankRows **>(api->xUserData(fts));
    sqlite3_result_null(context);
    if (!rows || rows->error)
        return;
    int rc = rows->phrases < 0 ? prepare(api, fts, rows) : SQLITE_OK;
    const sqlite3_int64 rowid = api->xRowid(fts);
    if (rows->accepted && !rows->accepted->accepts(rowid))
        return;
    if (rc == SQLITE_OK && rows->skip) {
        // The matches come in rowid order: a cursor into the sorted rows to leave out.
        const std::vector<std::int64_t> &skip = *rows->skip;
        if (rows->skipAt > 0 && rows->skipAt <= skip.size() && skip[rows->skipAt - 1] >= rowid)
            rows->skipAt = 0;
        while (rows->skipAt < skip.size() && skip[rows->skipAt] < rowid)
            ++rows->skipAt;
        if (rows->skipAt < skip.size() && skip[rows->skipAt] == rowid) {
            ++rows->skipped;
            return;
        }
    }
    const size_t first = rows->frequencies.size();
    rows->frequencies.resize(first + size_t(rows->phrases), 0.0);
    // Each phrase's instances in (column, offset) order, as xInst lists them per phrase (so
    // the sums are the same, bit for bit), without building xInst's array of all phrases.
    for (int phrase = 0; rc == SQLITE_OK && phrase < rows->phrases; ++phrase) {
        Fts5PhraseIter iterator;
        int column = -1, offset = -1;
        rc = api->xPhraseFirst(fts, phrase, &iterator, &column, &offset);
        for (; rc == SQLITE_OK && column >= 0; api->xPhraseNext(fts, &iterator, &column, &offset))
            rows->frequencies[first + size_t(phrase)] +=
                valueCount > column ? sqlite3_value_double(values[column]) : 1.0;
        if (rc == SQLITE_OK && !rows->idf.empty() && rows->frequencies[first + size_t(phrase)] &&
            rows->idf[size_t(phrase)] == kIdfNotCounted)
            rc = phraseIdf(api, fts, rows, phrase);
    }
    std::uint32_t known = 0xffffffffu;
    if (rows->knownSizes && rowid >= 0 && std::uint64_t(rowid) < rows->knownSizes->size())
        known = (*rows->knownSizes)[size_t(rowid)];
    int size = int(known);
    if (rc == SQLITE_OK && known == 0xffffffffu)
        rc = api->xColumnSize(fts, -1, &size);
    if (rc != SQLITE_OK) {
        rows->error = rc;
        sqlite3_result_error_code(context, rc);
        return;
    }
    rows->rowids.push_back(rowid);
    rows->sizes.push_back(double(size));
}

} // namespace

fts5_api *fts5ApiOf(sqlite3 *db) {
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

bool installRankFunction(sqlite3 *db, RankRows **slot) {
    fts5_api *api = db ? fts5ApiOf(db) : nullptr;
    return api && api->xCreateFunction(api, "overleg_rows", slot, collectRow, nullptr) == SQLITE_OK;
}

std::vector<std::int64_t> rankedOrder(const RankRows &rows, size_t best,
                                      const std::vector<std::int64_t> &skip) {
    size_t count = rows.rowids.size();
    std::vector<double> idf = rows.idf;
    if (idf.empty() && rows.phrases == 1) {
        // Unfiltered with one phrase: every match holds it, so its count is theirs.
        const double hits = double(count) + double(rows.skipped);
        idf.push_back(bm25Idf(double(rows.rowCount), hits));
    }
    // A phrase no collected row holds adds idf * 0 to every score: any finite idf will do.
    for (double &value : idf) {
        if (value == kIdfNotCounted)
            value = 1e-6;
    }
    std::vector<double> scores(count, 0.0);
    const size_t phrases = idf.size();
    for (size_t row = 0; row < count; ++row) {
        // The very expression of bm25 in fts5_aux.c, in its order of operations.
        const double D = rows.sizes[row];
        double score = 0.0;
        for (size_t i = 0; i < phrases; ++i) {
            const double f = rows.frequencies[row * phrases + i];
            score +=
                idf[i] * ((f * (kK1 + 1.0)) / (f + kK1 * (1 - kB + kB * D / rows.averageSize)));
        }
        scores[row] = -1.0 * score;
    }
    std::vector<std::uint32_t> order;
    order.reserve(count);
    for (size_t row = 0; row < count; ++row) {
        if (skip.empty() || !std::binary_search(skip.cbegin(), skip.cend(), rows.rowids[row]))
            order.push_back(std::uint32_t(row));
    }
    count = order.size();
    const size_t kept = std::min(best, count);
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(kept), order.end(),
                      [&](std::uint32_t a, std::uint32_t b) {
                          return scores[a] != scores[b] ? scores[a] < scores[b]
                                                        : rows.rowids[a] < rows.rowids[b];
                      });
    std::vector<std::int64_t> rowids(kept);
    for (size_t i = 0; i < kept; ++i)
        rowids[i] = rows.rowids[order[i]];
    return rowids;
}

} // namespace overleg::fulltext

// --- FullTextIndex's ranked queries (the word pass and the compound pass) ---

namespace overleg {

using namespace fulltext;

namespace fulltext {
const QLatin1String kEntryExcluded(
    "SELECT 1 FROM entry y CROSS JOIN entry x ON x.doc = y.doc CROSS JOIN entry_fts f ON f.rowid "
    "= x.id WHERE y.id = ? AND f.entry_fts MATCH ? LIMIT 1");
} // namespace fulltext

namespace {
// Rows ordered at first: what the search view shows (500 hits) and a margin for exclusions.
constexpr size_t kOrderedFirst = 1024;
} // namespace

Result<QList<SearchHit>> FullTextIndex::rankedWords(const SearchQuery &query, int offset, int limit,
                                                    bool substring) const {
    using R = Result<QList<SearchHit>>;
    const QSqlDatabase db = connection();
    RankState &state = *m_rank;
    QVariantList values;
    const QString fields = fieldsCondition(query.fields, &values);
    const QByteArray generation = SearchFacetIndex::generationOf(db);
    const QString table = substring ? QStringLiteral("entry_tri") : QStringLiteral("entry_fts");
    const QString text = substring ? query.substring : query.match;
    auto keyOf = [&](const QString &pass, const QString &matched) {
        QString key = QString::fromLatin1(generation.toHex()) + u'\n' + pass + u'\n' + matched +
                      u'\n' + fields;
        for (const QVariant &value : values)
            key += u'\n' + value.toString();
        return key;
    };
    const QString key = keyOf(table, text);
    if (state.key != key) {
        // The word pass of this very query, just ranked (the search view asks for it first):
        // its matches are the compound pass's rows to leave out.
        std::vector<std::int64_t> wordPass;
        if (substring && fields.isEmpty() &&
            state.key == keyOf(QStringLiteral("entry_fts"), query.match))
            wordPass = std::move(state.rows.rowids);
        state.key.clear();
        state.rows = RankRows();
        state.rows.filtered = !fields.isEmpty();
        // The sizes of the facet index when it is of this very index (else FTS5's docsize).
        state.sizes = SearchFacetCache::get(m_path, generation, false);
        // Its fields too, when it can decide them: no join of every match with its entry and
        // document then.
        std::shared_ptr<const SearchFieldFilter> filter;
        if (state.sizes && state.sizes->generation() == generation) {
            state.rows.knownSizes =
                substring ? &state.sizes->trigramRowSizes() : &state.sizes->rowSizes();
            if (!fields.isEmpty())
                filter = state.sizes->fieldFilter(query.fields);
        }
        const QString where = filter ? QString() : fields;
        state.rows.accepted = filter.get();
        // The compound pass holds the hits the word pass did not find.
        state.words = std::move(wordPass);
        if (substring && state.words.empty() && state.rows.knownSizes) {
            // The word pass's matches (no fields: all of them) from the lists in memory.
            RankRows wordRows;
            std::vector<bool> unused;
            if (collectFromPostings(db, query, *state.sizes, nullptr, &wordRows, &unused))
                state.words = std::move(wordRows.rowids);
        }
        if (substring && state.words.empty()) {
            SqliteStatement words(db, QStringLiteral("SELECT rowid FROM entry_fts WHERE "
                                                     "entry_fts MATCH ?"));
            words.bindText(1, query.match);
            while (words.next())
                state.words.push_back(words.intAt(0));
            if (!words.error().isEmpty())
                return R::failure(searchFailed(words.error()).error());
        }
        if (!std::is_sorted(state.words.cbegin(), state.words.cend()))
            std::sort(state.words.begin(), state.words.end());
        // Left out while collecting: their phrase frequencies are never read.
        if (substring)
            state.rows.skip = &state.words;
        state.excluded.clear();
        state.excludedDocuments.clear();
        // A plain query of frequent words: its rows from the lists in memory.
        bool fromMemory = false;
        if (state.rows.knownSizes && (fields.isEmpty() || filter)) {
            fromMemory = substring
                             ? collectCompoundFromPostings(db, query, *state.sizes, filter.get(),
                                                           state.words, &state.rows)
                             : collectFromPostings(db, query, *state.sizes, filter.get(),
                                                   &state.rows, &state.excludedDocuments);
            if (fromMemory && substring && !query.exclude.isEmpty() &&
                !excludedFromPostings(db, query, *state.sizes, &state.excludedDocuments))
                state.excludedDocuments.clear();
        }
        // Every match once, in the index's order; only its frequencies and size are kept.
        SqliteStatement collect(
            db, QStringLiteral("SELECT overleg_rows(%6, %1, %2, %3) FROM %6%4 WHERE %6 MATCH ?%5")
                    .arg(kTitleWeight)
                    .arg(kBodyWeight)
                    .arg(kTagsWeight)
                    .arg(where.isEmpty() ? QString()
                                         : QStringLiteral(" CROSS JOIN entry e ON e.id = "
                                                          "%1.rowid CROSS JOIN doc d ON "
                                                          "d.doc = e.doc")
                                               .arg(table),
                         where.isEmpty() ? QString() : QStringLiteral(" AND ") + where, table));
        collect.bindText(1, text);
        if (!filter)
            bindAll(collect, values, 2);
        state.collecting = &state.rows;
        while (!fromMemory && collect.next()) {
        }
        state.collecting = nullptr;
        state.rows.accepted = nullptr;
        if (!collect.error().isEmpty() || state.rows.error)
            return R::failure(searchFailed(collect.error()).error());
        state.order = rankedOrder(state.rows, kOrderedFirst, state.words);
        state.complete = state.order.size() < kOrderedFirst; // fewer than asked: all
        state.key = key;
    }

    // The page: the best rows whose documents hold no excluded word, each asked once.
    std::vector<qint64> page;
    Sql excluded(db);
    int kept = 0;
    for (size_t i = 0; int(page.size()) < limit; ++i) {
        if (i == state.order.size()) {
            if (state.complete)
                break;
            state.order = rankedOrder(state.rows, state.rows.rowids.size(), state.words);
            state.complete = true;
        }
        const qint64 entry = state.order[i];
        if (!query.exclude.isEmpty() && !state.excludedDocuments.empty()) {
            const int doc = state.sizes->documentOf(entry);
            if (doc < 0 || state.excludedDocuments[size_t(doc)])
                continue; // (every collected row's document is in the index)
        } else if (!query.exclude.isEmpty()) {
            auto known = state.excluded.constFind(entry);
            if (known == state.excluded.cend()) {
                if (!excluded.run(kEntryExcluded, {entry, query.exclude}))
                    return R::failure(searchFailed(excluded.error()).error());
                known = state.excluded.insert(entry, excluded.query().next());
                excluded.query().finish();
            }
            if (*known)
                continue;
        }
        if (kept++ >= offset)
            page.push_back(entry);
    }

    QList<SearchHit> hits;
    Sql row(db);
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2 CROSS JOIN entry e ON e.id = %2.rowid CROSS JOIN doc "
                       "d ON d.doc = e.doc WHERE %2 MATCH ? AND %2.rowid = ?")
            .arg(QString::fromLatin1(kHitColumns)
                     .arg(QStringLiteral("snippet(%1, -1, char(2), char(3), '…', 24)").arg(table)),
                 table);
    for (const qint64 entry : page) {
        if (!row.run(sql, {text, entry}))
            return R::failure(searchFailed(row.error()).error());
        if (row.query().next())
            hits << hitFrom(row.query(), substring);
        row.query().finish();
    }
    return R(hits);
}

int FullTextIndex::keptMatches(const SearchQuery &query, const QByteArray &generation,
                               std::vector<qint64> *entries) const {
    if (!m_rank || !query.fields.isEmpty() || query.match.isEmpty())
        return 0;
    const RankState &state = *m_rank;
    const QString head = QString::fromLatin1(generation.toHex()) + u'\n';
    if (state.key == head + QStringLiteral("entry_fts\n") + query.match + u'\n') {
        entries->assign(state.rows.rowids.cbegin(), state.rows.rowids.cend());
        return 1;
    }
    if (!m_trigram || query.substring.isEmpty() ||
        state.key != head + QStringLiteral("entry_tri\n") + query.substring + u'\n')
        return 0;
    // The compound pass holds the word pass's matches apart (left out of its rows).
    entries->assign(state.rows.rowids.cbegin(), state.rows.rowids.cend());
    entries->insert(entries->end(), state.words.cbegin(), state.words.cend());
    return 2;
}

} // namespace overleg
