#pragma once

// The ranked order of a word query, computed as FTS5's ORDER BY rank (bm25 with the columns'
// weights) computes it, but without its costs per match: FTS5 reads each matching row's size
// from its docsize table, counts every phrase's matches again for the idf, and sorts every
// match through a nested statement. Here an auxiliary function (overleg_rows) only collects each
// row's weighted phrase frequencies and size while the matches are enumerated once; the scores
// are then computed with bm25's own formula and operations (so equal scores stay equal) and
// sorted in memory, ties in rowid order as FTS5's sort leaves them. Internal to FullTextIndex.

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <cmath>
#include <cstdint>
#include <memory>
#include <vector>

struct sqlite3;
struct fts5_api;

namespace overleg {
class SearchFacetIndex;
class SearchFieldFilter;
struct SearchQuery;
} // namespace overleg

namespace overleg::fulltext {

// bm25's idf of a phrase that `hits` of `rowCount` rows hold, in FTS5's own operations (so
// equal scores stay equal), never below FTS5's floor.
inline double bm25Idf(double rowCount, double hits) {
    const double idf = std::log((rowCount - hits + 0.5) / (hits + 0.5));
    return idf <= 0.0 ? 1e-6 : idf;
}

// FTS5's API on a connection (to register auxiliary functions); nullptr when unreachable.
fts5_api *fts5ApiOf(sqlite3 *db);

// An idf not counted: the phrase is in none of the rows collected (its frequency is 0 in all).
constexpr double kIdfNotCounted = -1.0;

// What overleg_rows collects during one statement.
struct RankRows {
    // Asked by the caller: the statement filters the matches (fields), so their number is not
    // the number of rows holding the phrase; the idf is then counted inside, as bm25 does.
    bool filtered = false;
    // The fields decided in memory (SearchFacetIndex::fieldFilter) instead of in the statement:
    // a row they do not accept is not collected, as if the statement had not returned it.
    const SearchFieldFilter *accepted = nullptr;
    // Each entry's size in tokens (SearchFacetIndex::rowSizes), when held in memory: read there
    // instead of FTS5's docsize table (a lookup per match).
    const std::vector<std::uint32_t> *knownSizes = nullptr;
    // Rows left out (sorted rowids: a compound pass leaves out the word pass's matches): only
    // counted, for the idf, not read.
    const std::vector<std::int64_t> *skip = nullptr;
    size_t skipAt = 0;
    std::int64_t skipped = 0;
    // Filled by the function.
    int phrases = -1;
    double averageSize = 0; // avgdl: tokens per row over the whole table
    std::int64_t rowCount = 0;
    // Counted inside (filtered or several phrases), for the phrases the rows hold
    // (kIdfNotCounted for the others); else empty.
    std::vector<double> idf;
    std::vector<std::int64_t> rowids;
    std::vector<double> sizes;       // per row: its tokens in all columns
    std::vector<double> frequencies; // per row, per phrase: the weighted count of its matches
    int error = 0;                   // an SQLite error code from the FTS5 API
};

// A connection's ranking: the rows being collected, and the last query's order kept for its
// next pages (the search view asks for up to 500 hits, page by page).
struct RankState {
    RankRows *collecting = nullptr; // overleg_rows's target while a statement runs
    QString key;                    // the query and the index's generation the order is of
    RankRows rows;
    std::vector<std::int64_t> words; // a compound pass: the word pass's matches, left out
    std::shared_ptr<const SearchFacetIndex> sizes; // what rows.knownSizes points into
    std::vector<std::int64_t> order;               // the best first; all rows when `complete`
    bool complete = false;
    QHash<std::int64_t, bool> excluded; // by entry: its document holds an excluded word
    // By document (of `sizes`): it holds an excluded word; filled when the rows came from the
    // lists in memory (collectFromPostings), else empty.
    std::vector<bool> excludedDocuments;
};

// Registers overleg_rows(fts_table, weight...) on the connection; it appends to *slot while
// *slot is set. False when FTS5's API is not reachable.
bool installRankFunction(sqlite3 *db, RankRows **slot);

// The word pass of a plain query (SearchQuery::required, excluded) collected as overleg_rows
// collects `query.match` (the same rows, frequencies, sizes and idf, so rankedOrder gives FTS5's
// order), from the frequent words' lists in memory of `index` (SearchTermPostings) instead of
// FTS5's enumeration; `filter` (or null) decides the fields. Also marks, per document of
// `index`, those holding an excluded word (`query.exclude`). False, and *rows untouched, when
// the query is not plain or a required word is not held.
bool collectFromPostings(const QSqlDatabase &db, const SearchQuery &query,
                         const SearchFacetIndex &index, const SearchFieldFilter *filter,
                         RankRows *rows, std::vector<bool> *excludedDocuments);
// The compound pass of a plain query from the same lists (SearchTermPostings::substringRows):
// what overleg_rows collects for `query.substring` in the trigram index, the rows in `skip`
// (sorted: the word pass's matches) counted for the idf only. False, and *rows untouched, when
// a part cannot be told exactly from the words.
bool collectCompoundFromPostings(const QSqlDatabase &db, const SearchQuery &query,
                                 const SearchFacetIndex &index, const SearchFieldFilter *filter,
                                 const std::vector<std::int64_t> &skip, RankRows *rows);
// Appends every match of `query.substring` in the trigram index (no fields), from the lists;
// false when they cannot say it exactly.
bool substringMatchesFromPostings(const QSqlDatabase &db, const SearchQuery &query,
                                  const SearchFacetIndex &index, std::vector<std::int64_t> *rowids);
// Per document of `index`: it holds an excluded word of the plain `query`, from the lists in
// memory alone; false when an excluded word is not held there.
bool excludedFromPostings(const QSqlDatabase &db, const SearchQuery &query,
                          const SearchFacetIndex &index, std::vector<bool> *excludedDocuments);

// The rowids of the `best` best rows by their bm25 scores (lower is better, as FTS5's rank),
// best first, ties by rowid.
// Rows whose rowid is in `skip` (sorted) count for the idf but are left out of the order.
std::vector<std::int64_t> rankedOrder(const RankRows &rows, size_t best,
                                      const std::vector<std::int64_t> &skip = {});

} // namespace overleg::fulltext
