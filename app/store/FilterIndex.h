#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace overleg {

// The navigation filter's answer for a library of a million documents, held in memory: the
// words of every document's soort, title and subject (a vocabulary with the documents of each
// word), its number as text, and the nodes (commissie, dossier, kamerlid) each document hangs
// under with its place there. Built off the GUI thread from a read-only connection of its own
// (seconds at 1,000,000 documents); a filter is then answered in a few milliseconds, where the
// trigram index and counting through nav_membership took 70 ms of CPU.
//
// The answer is the trigram filter's, exactly: a filter word is a case-insensitive substring of
// a column. A word without ASCII punctuation or spaces can only occur inside a run of the text
// without them, so looking it up in the words cut at ASCII punctuation finds the same
// documents. Words with punctuation ("kst-29338") are not answered here (match() says so) and
// go to the trigram index.
class FilterIndex {
public:
    // Reads the library database at `path`; nullptr when `cancel` was set or the read failed.
    static std::unique_ptr<FilterIndex> build(const QString &path, const std::atomic<bool> &cancel,
                                              QString *error = nullptr);

    // The index kept next to the library (FilterIndexFile.cpp): a binary file with a format
    // version and the library's generation, read in a fraction of a build's time. load() gives
    // nullptr when the file is missing, of another version, damaged, or stale (the library at
    // `databasePath` no longer has the generation it was written for).
    static QString fileFor(const QString &databasePath);
    static std::unique_ptr<FilterIndex> load(const QString &file, const QString &databasePath,
                                             QString *error = nullptr);
    bool save(const QString &file, QString *error = nullptr) const;
    // The library's generation as build() records it, read now; empty if it cannot be read.
    static QString currentGeneration(const QString &databasePath);
    // The kept file if it was written for the library in the state `generation` names (or,
    // given only the start of a generation, in any state that starts so).
    static std::unique_ptr<FilterIndex> loadWritten(const QString &file, const QString &generation,
                                                    QString *error = nullptr);

    // A copy brought to the library's present state after its derived tables were updated for
    // a change (NavigationUpdate, FilterIndexPatch.cpp): `documents` are the rowids whose rows
    // or memberships changed (deleted ones included), `nodes` those whose positions moved. Only
    // those are read, not the whole library. nullptr when the library is not in the state
    // `generation` names, or the change cannot be followed (a document inserted below the
    // largest rowid): build() then.
    std::unique_ptr<FilterIndex> patched(const QString &databasePath, const QString &generation,
                                         const std::vector<qint64> &documents,
                                         const std::vector<qint64> &nodes,
                                         QString *error = nullptr) const;

    struct Matches {
        std::vector<std::uint32_t> docs; // dense document numbers, ascending
        QHash<qint64, int> perNode;      // nav_node.node -> matching documents under it
        std::vector<std::uint64_t> bits; // docs as a bitset
    };
    // The documents matching every word of the filter (words of three or more characters;
    // shorter ones only narrow those) and their count per node. nullopt when a word cannot be
    // answered here; an empty set of words (only short ones) matches nothing.
    std::optional<Matches> match(const QString &filter) const;

    // Whether the document with this rowid is among the matches.
    bool contains(const Matches &matches, qint64 rowid) const;
    // The document rowids of a node's matches at [offset, offset + limit) in the tree's order.
    std::vector<qint64> page(const Matches &matches, qint64 node, int offset, int limit) const;
    // The rowids of the documents under a node (nav_node.node), ascending: among `matches`
    // when given (a pass over the matches), else all of them (a pass over every membership).
    std::vector<qint64> documentsUnder(qint64 node, const Matches *matches = nullptr) const;
    // The same among documents named by rowid (ascending): a filter matched elsewhere.
    std::vector<qint64> documentsUnder(qint64 node, const std::vector<qint64> &rowids) const;

    int documentCount() const { return int(m_rowids.size()); }
    qint64 rowidOf(std::uint32_t document) const { return m_rowids[document]; }
    // What the library looked like when read (see LibraryQueries): the index is stale when it
    // differs.
    QString generation() const { return m_generation; }
    // The bytes held (vocabulary, documents of each word, numbers, memberships).
    std::size_t memoryBytes() const;

private:
    FilterIndex() = default;
    void collectWord(const QByteArray &term, std::vector<std::uint64_t> &bits) const;
    // Whether the arrays agree with each other (a loaded file is checked before use).
    bool consistent() const;

    QString m_generation;
    std::vector<qint64> m_rowids; // dense document number -> document rowid

    // Vocabulary: words separated by '\n', the offset where each starts.
    QByteArray m_words;
    std::vector<std::uint32_t> m_wordStart;
    // The documents of each word: a sorted list (m_postingStart) or, for a word in more than
    // one document in 32, a bitset (m_bitsetOf[word] >= 0 indexes m_bitsets).
    std::vector<std::uint32_t> m_postingStart;
    std::vector<std::uint32_t> m_postings;
    std::vector<int> m_bitsetOf;
    std::vector<std::vector<std::uint64_t>> m_bitsets;

    // Document numbers, lower case, separated by '\n'; where each document's starts.
    QByteArray m_numbers;
    std::vector<std::uint32_t> m_numberStart;
    std::array<bool, 256> m_numberBytes{}; // the bytes that occur in m_numbers

    // Memberships: for each document its nodes (dense) and positions there.
    std::vector<std::uint32_t> m_memberStart;
    std::vector<std::uint32_t> m_memberNode;
    std::vector<qint64> m_memberPosition; // ordered as the tree lists, with gaps
    std::vector<qint64> m_nodeNumbers;    // dense node -> nav_node.node
};

} // namespace overleg
