#pragma once

// The word index's most frequent words in memory: for each word that many entries hold (at
// least kFrequentRows), the entries holding it with its weighted frequency in each (bm25's sum of
// the columns' weights over its instances, as FullTextRank's overleg_rows collects it). A broad
// query (`vragen -motie`: 250,000 matches at 1,000,000 documents) is then ranked, counted and
// excluded from these lists instead of FTS5 enumerating its matches (28-41 ms there). Built with
// the facet index (SearchFacetIndex holds it) and following the same writes. Immutable.

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace overleg {

class SearchTermPostings {
public:
    // Words held: those in at least this many entries (FTS5 enumerates fewer in a few ms).
    static constexpr std::int64_t kFrequentRows = 10000;

    // One word's entries in rowid order: the gap from the previous rowid and the weighted
    // frequency, each a varint.
    struct List {
        std::vector<std::uint8_t> bytes;
        std::int64_t count = 0;
        // Decodes into rowids and frequencies (appended).
        void decode(std::vector<std::int64_t> *rowids, std::vector<double> *frequencies) const;
    };

    // Reads the lists from `db` (in a transaction of the caller's, at the index's generation);
    // nullptr when cancelled or on an error.
    static std::shared_ptr<const SearchTermPostings> build(const QSqlDatabase &db,
                                                           const std::function<bool()> &cancelled);
    // `base` with the entries `gone` (sorted ids: the touched documents' entries as they were)
    // dropped and `added` (sorted ids: their entries now) read again from `db`.
    static std::shared_ptr<const SearchTermPostings>
    updated(const SearchTermPostings &base, const QSqlDatabase &db,
            const std::vector<std::int64_t> &gone, const std::vector<std::int64_t> &added);

    // The list of a word as the index's tokenizer makes it (a single token), or nullptr.
    const List *find(const QByteArray &token) const {
        const auto found = m_lists.constFind(token);
        return found == m_lists.cend() ? nullptr : found->get();
    }
    // The index's totals (FTS5's averages record), as bm25 reads them.
    std::int64_t rowCount() const { return m_rowCount; }
    std::int64_t totalTokens() const { return m_totalTokens; }
    int words() const { return int(m_lists.size()); }
    std::int64_t postings() const;
    qint64 bytes() const;

    // The tokens of `text` as the word index's tokenizer (unicode61, diacritics removed) makes
    // them on the connection `db`; false when the tokenizer is not reachable.
    static bool tokenize(sqlite3 *db, const QString &text, QList<QByteArray> *tokens);

    // Whether queries use the lists (benchmarks compare with FTS5's enumeration; default on).
    static void setUsed(bool used);
    static bool used();
    // Tests: hold the words of at least `rows` entries (kFrequentRows by default) in the lists
    // built from now on; and how many word passes were served from the lists.
    static void setFrequentRows(std::int64_t rows);
    static void noteServed();
    static int served();

private:
    bool readTotals(const QSqlDatabase &db);
    QHash<QByteArray, std::shared_ptr<const List>> m_lists;
    std::int64_t m_rowCount = 0, m_totalTokens = 0;
};

} // namespace overleg
