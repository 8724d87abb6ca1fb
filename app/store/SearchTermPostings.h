#pragma once

// The word index's most frequent words in memory: for each word that many entries hold (at
// least kFrequentRows), the entries holding it with its weighted frequency in each (bm25's sum of
// the columns' weights over its instances, as FullTextRank's overleg_rows collects it). A broad
// query (`vragen -motie`: 250,000 matches at 1,000,000 documents) is then ranked, counted and
// excluded from these lists instead of FTS5 enumerating its matches (28-41 ms there). Built with
// the facet index (SearchFacetIndex holds it) and following the same writes. Immutable.

#include <QByteArray>
#include <QHash>
#include <QSet>
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
    // them on the connection `db`, or with `trigram` the trigram index's (case folded, the
    // diacritics kept); false when the tokenizer is not reachable.
    static bool tokenize(sqlite3 *db, const QString &text, QList<QByteArray> *tokens,
                         bool trigram = false);

    // A compound part's matches in the trigram index (what `"text"` matches there: the rows
    // whose text holds it, case folded), with its weighted frequency in each, computed from the
    // words of the word index that hold it (SearchTermSubstrings.cpp); the rows whose text
    // writes one of its trigrams with a diacritic are asked of the trigram index. False when the
    // words cannot say it exactly (a character that is not an ASCII letter or digit, a combining
    // mark between two of its letters somewhere, too many rows with a diacritic) or it is not
    // worth it (no frequent word holds it: few matches, which the trigram index lists quickly;
    // too many rare words hold it).
    bool substringRows(const QSqlDatabase &db, const QString &text,
                       std::vector<std::int64_t> *rowids, std::vector<double> *frequencies) const;
    // The trigram index's totals, as bm25 reads them; 0 without it.
    std::int64_t trigramRowCount() const { return m_trigramRowCount; }
    std::int64_t trigramTotalTokens() const { return m_trigramTotalTokens; }

    // Whether queries use the lists (benchmarks compare with FTS5's enumeration; default on).
    static void setUsed(bool used);
    static bool used();
    // Tests: hold the words of at least `rows` entries (kFrequentRows by default) in the lists
    // built from now on; and how many word passes and compound passes were served from them.
    static void setFrequentRows(std::int64_t rows);
    static std::int64_t frequentRows();
    static void noteServed(bool compound = false);
    static int served(bool compound = false);

private:
    bool readTotals(const QSqlDatabase &db);
    // SearchTermSubstrings.cpp: the vocabulary of the word index (every word, and the held ones'
    // names), the trigrams of the trigram index written with a letter that is not ASCII.
    bool readVocabulary(sqlite3 *db, std::int64_t frequent, QList<QByteArray> *held);
    bool readTrigrams(sqlite3 *db);
    // The words and texts of entries written since the build.
    void learn(const QList<QByteArray> &words, const QList<QByteArray> &texts, sqlite3 *db);
    void addTrigram(const QByteArray &trigram, std::int64_t rows, sqlite3 *db,
                    QHash<uint, QString> *folds);
    // The rows `match` finds in the word index, each with its weighted frequency of the first
    // phrase, or with `multipliers` the sum of each phrase's times its multiplier.
    static bool collectRows(const QSqlDatabase &db, const QString &match,
                            const std::vector<double> *multipliers,
                            std::vector<std::int64_t> *rowids, std::vector<double> *frequencies,
                            const char *table = "entry_fts");
    QHash<QByteArray, std::shared_ptr<const List>> m_lists;
    std::int64_t m_rowCount = 0, m_totalTokens = 0;
    std::int64_t m_trigramRowCount = 0, m_trigramTotalTokens = 0;
    // Every word of the word index once, each after a '\n' (a word never holds one); words
    // learnt since the build (maybe again) in m_learnt.
    QByteArray m_vocabulary, m_learnt;
    // The trigrams of the trigram index with a character that is not ASCII, by the way the word
    // index folds them (diacritics removed) where that makes three ASCII letters or digits: an
    // ASCII part holding one of these may be written with a diacritic in some text (in the
    // rows holding such a trigram), with the number of rows holding it.
    QHash<QByteArray, QList<std::pair<QByteArray, std::int64_t>>> m_foldedTrigrams;
    // Two letters or digits with a combining mark between them somewhere (folded).
    QSet<QByteArray> m_markedPairs;
    bool m_trigramsKnown = false; // read (and no two combining marks in a row among them)
};

} // namespace overleg
