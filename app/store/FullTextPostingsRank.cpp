// The word pass of a plain query from the frequent words' lists in memory (SearchTermPostings):
// what overleg_rows would collect while FTS5 enumerates `("a" AND "b") NOT "c"`, computed from
// the lists instead (at 1,000,000 documents `vragen -motie` enumerated 250,000 matches in 28 ms
// and counted the idf of "vragen" in 13 ms more).

#include "FullTextRank.h"
#include "FullTextSql.h"
#include "SearchFacetIndex.h"
#include "SearchQuery.h"
#include "SearchTermPostings.h"

#include <algorithm>
#include <cmath>

namespace overleg::fulltext {

namespace {

// The list of a word or phrase that the tokenizer makes one token of; nullptr otherwise.
const SearchTermPostings::List *listOf(const QSqlDatabase &db, const SearchTermPostings &postings,
                                       const QString &text) {
    QList<QByteArray> tokens;
    if (!SearchTermPostings::tokenize(sqliteHandle(db), text, &tokens) || tokens.size() != 1)
        return nullptr;
    return postings.find(tokens.first());
}

// An excluded part as compiled ("word", no prefix) back to its text; empty when it is not one.
QString unquoted(const QString &compiled) {
    if (compiled.size() < 2 || !compiled.startsWith(u'"') || !compiled.endsWith(u'"'))
        return {};
    QString text = compiled.mid(1, compiled.size() - 2);
    text.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return text;
}

// The rows holding any excluded part, sorted: from memory where held, else (unless
// `memoryOnly`) enumerated by FTS5. False on an error or when memory cannot say.
bool excludedRows(const QSqlDatabase &db, const SearchQuery &query,
                  const SearchTermPostings &postings, bool memoryOnly,
                  std::vector<std::int64_t> *rows) {
    for (const QString &part : query.excluded) {
        const QString text = unquoted(part);
        const SearchTermPostings::List *list =
            text.isEmpty() ? nullptr : listOf(db, postings, text);
        if (list) {
            list->decode(rows, nullptr);
            continue;
        }
        if (memoryOnly)
            return false;
        SqliteStatement statement(db, QStringLiteral("SELECT rowid FROM entry_fts WHERE "
                                                     "entry_fts MATCH ?"));
        statement.bindText(1, part);
        while (statement.next())
            rows->push_back(statement.intAt(0));
        if (!statement.error().isEmpty())
            return false;
    }
    std::sort(rows->begin(), rows->end());
    rows->erase(std::unique(rows->begin(), rows->end()), rows->end());
    return true;
}

bool markDocuments(const SearchFacetIndex &index, const std::vector<std::int64_t> &rows,
                   std::vector<bool> *documents) {
    documents->assign(size_t(index.documentCount()), false);
    for (const std::int64_t row : rows) {
        const int doc = index.documentOf(row);
        if (doc < 0)
            return false;
        (*documents)[size_t(doc)] = true;
    }
    return true;
}

} // namespace

bool excludedFromPostings(const QSqlDatabase &db, const SearchQuery &query,
                          const SearchFacetIndex &index, std::vector<bool> *excludedDocuments) {
    const SearchTermPostings *postings = index.postings();
    if (!SearchTermPostings::used() || !postings || query.excluded.isEmpty())
        return false;
    std::vector<std::int64_t> rows;
    return excludedRows(db, query, *postings, true, &rows) &&
           markDocuments(index, rows, excludedDocuments);
}

bool collectFromPostings(const QSqlDatabase &db, const SearchQuery &query,
                         const SearchFacetIndex &index, const SearchFieldFilter *filter,
                         RankRows *out, std::vector<bool> *excludedDocuments) {
    const SearchTermPostings *postings = index.postings();
    if (!SearchTermPostings::used() || !postings || query.required.isEmpty())
        return false;
    std::vector<const SearchTermPostings::List *> lists;
    for (const QString &text : query.required) {
        const SearchTermPostings::List *list = listOf(db, *postings, text);
        if (!list)
            return false;
        lists.push_back(list);
    }
    std::vector<std::int64_t> excluded;
    if (!excludedRows(db, query, *postings, false, &excluded))
        return false;
    std::vector<bool> documents;
    if (!query.exclude.isEmpty() && !markDocuments(index, excluded, &documents))
        return false;

    // The rows holding every required word (the first list's, narrowed by the others'), with
    // each word's weighted frequency.
    const size_t required = lists.size();
    std::vector<std::int64_t> rowids;
    std::vector<double> first;
    lists[0]->decode(&rowids, &first);
    std::vector<std::vector<double>> frequencies(required);
    frequencies[0] = std::move(first);
    for (size_t i = 1; i < required; ++i) {
        std::vector<std::int64_t> other;
        std::vector<double> otherFrequencies;
        lists[i]->decode(&other, &otherFrequencies);
        size_t at = 0, kept = 0;
        for (size_t r = 0; r < rowids.size(); ++r) {
            while (at < other.size() && other[at] < rowids[r])
                ++at;
            if (at == other.size() || other[at] != rowids[r])
                continue;
            rowids[kept] = rowids[r];
            for (size_t j = 0; j < i; ++j)
                frequencies[j][kept] = frequencies[j][r];
            frequencies[i].push_back(otherFrequencies[at]);
            ++kept;
        }
        rowids.resize(kept);
        for (size_t j = 0; j < i; ++j)
            frequencies[j].resize(kept);
    }

    RankRows rows;
    rows.filtered = filter != nullptr;
    const size_t phrases = required + size_t(query.excluded.size());
    rows.phrases = int(phrases);
    rows.rowCount = postings->rowCount();
    rows.averageSize = double(postings->totalTokens()) / double(postings->rowCount());
    const std::vector<std::uint32_t> &sizes = index.rowSizes();
    size_t skip = 0;
    rows.rowids.reserve(rowids.size());
    rows.sizes.reserve(rowids.size());
    rows.frequencies.reserve(rowids.size() * phrases);
    for (size_t r = 0; r < rowids.size(); ++r) {
        const std::int64_t rowid = rowids[r];
        // NOT: a row holding an excluded word is not a match.
        while (skip < excluded.size() && excluded[skip] < rowid)
            ++skip;
        if (skip < excluded.size() && excluded[skip] == rowid)
            continue;
        if (filter && !filter->accepts(rowid))
            continue;
        if (rowid < 0 || std::uint64_t(rowid) >= sizes.size() ||
            sizes[size_t(rowid)] == SearchFacetIndex::kUnknownSize)
            return false;
        rows.rowids.push_back(rowid);
        rows.sizes.push_back(double(sizes[size_t(rowid)]));
        for (size_t i = 0; i < required; ++i)
            rows.frequencies.push_back(frequencies[i][r]);
        rows.frequencies.resize(rows.frequencies.size() + (phrases - required), 0.0);
    }
    // The idf as overleg_rows counts it: inside when filtered or of several phrases, and only
    // for a phrase a collected row holds (every required word, when any row is collected); its
    // rows in the whole index are the word's list.
    if (rows.filtered || phrases != 1) {
        rows.idf.assign(phrases, kIdfNotCounted);
        for (size_t i = 0; i < required && !rows.rowids.empty(); ++i) {
            const double hits = double(lists[i]->count);
            double idf = std::log((double(rows.rowCount) - hits + 0.5) / (hits + 0.5));
            if (idf <= 0.0)
                idf = 1e-6;
            rows.idf[i] = idf;
        }
    }
    *out = std::move(rows);
    *excludedDocuments = std::move(documents);
    SearchTermPostings::noteServed();
    return true;
}

} // namespace overleg::fulltext
