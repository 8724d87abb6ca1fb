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

// The rows holding every part (each part's rows sorted, with its frequencies), with each
// part's frequency per row: frequencies[i][r] of rowids[r].
void intersect(std::vector<std::vector<std::int64_t>> parts,
               std::vector<std::vector<double>> partFrequencies, std::vector<std::int64_t> *rowids,
               std::vector<std::vector<double>> *frequencies) {
    const size_t count = parts.size();
    *rowids = std::move(parts[0]);
    frequencies->assign(count, {});
    (*frequencies)[0] = std::move(partFrequencies[0]);
    for (size_t i = 1; i < count; ++i) {
        const std::vector<std::int64_t> &other = parts[i];
        size_t at = 0, kept = 0;
        for (size_t r = 0; r < rowids->size(); ++r) {
            while (at < other.size() && other[at] < (*rowids)[r])
                ++at;
            if (at == other.size() || other[at] != (*rowids)[r])
                continue;
            (*rowids)[kept] = (*rowids)[r];
            for (size_t j = 0; j < i; ++j)
                (*frequencies)[j][kept] = (*frequencies)[j][r];
            (*frequencies)[i].push_back(partFrequencies[i][at]);
            ++kept;
        }
        rowids->resize(kept);
        for (size_t j = 0; j < i; ++j)
            (*frequencies)[j].resize(kept);
    }
}

// An excluded part as the trigram index has it (SearchQuery's compile: the text, no prefix).
QString substringOf(const QString &compiled) {
    QString text = compiled;
    if (text.endsWith(u'*'))
        text.chop(1);
    return unquoted(text).trimmed();
}

// The compound pass's matches from memory: the rows holding every required part and no excluded
// one, in the trigram index; the required parts' frequencies and match counts beside.
bool substringMatches(const QSqlDatabase &db, const SearchQuery &query,
                      const SearchTermPostings &postings, std::vector<std::int64_t> *rowids,
                      std::vector<std::vector<double>> *frequencies,
                      std::vector<std::int64_t> *hits) {
    if (query.substring.isEmpty() || query.required.isEmpty())
        return false;
    std::vector<std::vector<std::int64_t>> parts;
    std::vector<std::vector<double>> partFrequencies;
    for (const QString &text : query.required) {
        parts.emplace_back();
        partFrequencies.emplace_back();
        if (!postings.substringRows(db, text.trimmed(), &parts.back(), &partFrequencies.back()))
            return false;
        hits->push_back(std::int64_t(parts.back().size()));
    }
    std::vector<std::int64_t> excluded, ids;
    std::vector<double> unused;
    for (const QString &part : query.excluded) {
        const QString text = substringOf(part);
        ids.clear();
        if (!postings.substringRows(db, text, &ids, &unused)) {
            SqliteStatement statement(db, QStringLiteral("SELECT rowid FROM entry_tri WHERE "
                                                         "entry_tri MATCH ?"));
            QString quoted = text;
            quoted.replace(u'"', QStringLiteral("\"\""));
            statement.bindText(1, u'"' + quoted + u'"');
            while (statement.next())
                ids.push_back(statement.intAt(0));
            if (!statement.error().isEmpty())
                return false;
        }
        excluded.insert(excluded.end(), ids.cbegin(), ids.cend());
    }
    std::sort(excluded.begin(), excluded.end());
    intersect(std::move(parts), std::move(partFrequencies), rowids, frequencies);
    // NOT: a row holding an excluded part is not a match.
    size_t skip = 0, kept = 0;
    for (size_t r = 0; r < rowids->size(); ++r) {
        while (skip < excluded.size() && excluded[skip] < (*rowids)[r])
            ++skip;
        if (skip < excluded.size() && excluded[skip] == (*rowids)[r])
            continue;
        (*rowids)[kept] = (*rowids)[r];
        for (auto &f : *frequencies)
            f[kept] = f[r];
        ++kept;
    }
    rowids->resize(kept);
    for (auto &f : *frequencies)
        f.resize(kept);
    return true;
}

// Appends row `r` of the matches as overleg_rows collects it: its size (false when memory does
// not know it) and each phrase's weighted frequency, the excluded phrases' 0.
bool appendRow(RankRows *rows, std::int64_t rowid, const std::vector<std::uint32_t> &sizes,
               const std::vector<std::vector<double>> &frequencies, size_t r, size_t phrases) {
    if (rowid < 0 || std::uint64_t(rowid) >= sizes.size() ||
        sizes[size_t(rowid)] == SearchFacetIndex::kUnknownSize)
        return false;
    rows->rowids.push_back(rowid);
    rows->sizes.push_back(double(sizes[size_t(rowid)]));
    for (const std::vector<double> &phrase : frequencies)
        rows->frequencies.push_back(phrase[r]);
    rows->frequencies.resize(rows->frequencies.size() + (phrases - frequencies.size()), 0.0);
    return true;
}

// The idf as overleg_rows counts it: inside when filtered or of several phrases, and only for a
// phrase a collected row holds (every required one, when any row is collected), from the rows
// of the whole index holding it (`hits`).
void countIdf(RankRows *rows, size_t phrases, const std::vector<std::int64_t> &hits) {
    if (!rows->filtered && phrases == 1)
        return;
    rows->idf.assign(phrases, kIdfNotCounted);
    for (size_t i = 0; i < hits.size() && !rows->rowids.empty(); ++i)
        rows->idf[i] = bm25Idf(double(rows->rowCount), double(hits[i]));
}

} // namespace

bool substringMatchesFromPostings(const QSqlDatabase &db, const SearchQuery &query,
                                  const SearchFacetIndex &index,
                                  std::vector<std::int64_t> *rowids) {
    const SearchTermPostings *postings = index.postings();
    std::vector<std::vector<double>> frequencies;
    std::vector<std::int64_t> hits, matches;
    if (!SearchTermPostings::used() || !postings ||
        !substringMatches(db, query, *postings, &matches, &frequencies, &hits))
        return false;
    rowids->insert(rowids->end(), matches.cbegin(), matches.cend());
    SearchTermPostings::noteServed(true);
    return true;
}

bool collectCompoundFromPostings(const QSqlDatabase &db, const SearchQuery &query,
                                 const SearchFacetIndex &index, const SearchFieldFilter *filter,
                                 const std::vector<std::int64_t> &skip, RankRows *out) {
    const SearchTermPostings *postings = index.postings();
    const std::vector<std::uint32_t> &sizes = index.trigramRowSizes();
    if (!SearchTermPostings::used() || !postings || sizes.empty())
        return false;
    std::vector<std::int64_t> rowids, hits;
    std::vector<std::vector<double>> frequencies;
    if (!substringMatches(db, query, *postings, &rowids, &frequencies, &hits))
        return false;
    RankRows rows;
    rows.filtered = filter != nullptr;
    const size_t required = frequencies.size();
    const size_t phrases = required + size_t(query.excluded.size());
    rows.phrases = int(phrases);
    rows.rowCount = postings->trigramRowCount();
    rows.averageSize = double(postings->trigramTotalTokens()) / double(rows.rowCount);
    size_t skipAt = 0;
    for (size_t r = 0; r < rowids.size(); ++r) {
        const std::int64_t rowid = rowids[r];
        if (filter && !filter->accepts(rowid))
            continue;
        // The word pass's matches: counted for the idf, not collected (as overleg_rows).
        while (skipAt < skip.size() && skip[skipAt] < rowid)
            ++skipAt;
        if (skipAt < skip.size() && skip[skipAt] == rowid) {
            ++rows.skipped;
            continue;
        }
        if (!appendRow(&rows, rowid, sizes, frequencies, r, phrases))
            return false;
    }
    countIdf(&rows, phrases, hits);
    *out = std::move(rows);
    SearchTermPostings::noteServed(true);
    return true;
}

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

    // The rows holding every required word, with each word's weighted frequency.
    const size_t required = lists.size();
    std::vector<std::vector<std::int64_t>> parts(required);
    std::vector<std::vector<double>> partFrequencies(required);
    for (size_t i = 0; i < required; ++i)
        lists[i]->decode(&parts[i], &partFrequencies[i]);
    std::vector<std::int64_t> rowids;
    std::vector<std::vector<double>> frequencies;
    intersect(std::move(parts), std::move(partFrequencies), &rowids, &frequencies);

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
        if (!appendRow(&rows, rowid, sizes, frequencies, r, phrases))
            return false;
    }
    // A word's rows in the whole index are its list.
    std::vector<std::int64_t> hits;
    for (const SearchTermPostings::List *list : lists)
        hits.push_back(std::int64_t(list->count));
    countIdf(&rows, phrases, hits);
    *out = std::move(rows);
    *excludedDocuments = std::move(documents);
    SearchTermPostings::noteServed();
    return true;
}

} // namespace overleg::fulltext
