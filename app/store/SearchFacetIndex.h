#pragma once

#include "FullTextIndex.h"
#include "SearchTermPostings.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace overleg {

class SearchFieldFilter;

// What the facet counts need of every document and entry of search.sqlite, in compact arrays
// (and each entry's size in tokens, which the ranking needs per match: FullTextRank.h):
// per entry its document and its question unit's status, fractie and tags; per document its
// soort, year, commissies and fracties. The counts of a query are then a pass over the ids of
// the entries it hits (which FTS5 enumerates quickly) instead of GROUP BY joins over them: at
// 1,000,000 documents 0.7-1.8 s became tens of milliseconds. Immutable once built: a change of
// the index makes a new one (SearchFacetCache).
class SearchFacetIndex {
public:
    // Reads the index on `db` (a connection of the calling thread); nullptr when cancelled or on
    // an SQLite error.
    // With `postings`, the frequent words' lists too (SearchTermPostings: seconds more at
    // 1,000,000 documents; the cache adds them after publishing the rest, withPostings).
    static std::shared_ptr<const SearchFacetIndex>
    build(const QSqlDatabase &db, const std::function<bool()> &cancelled, bool postings = true);
    // `base` with the frequent words' lists read from `db` (at base's generation, in a
    // transaction of the caller's); nullptr when they cannot be read.
    static std::shared_ptr<const SearchFacetIndex>
    withPostings(const SearchFacetIndex &base, const QSqlDatabase &db,
                 const std::function<bool()> &cancelled);
    // What identifies the index's content: FTS5's averages and structure records, which every
    // write to the entries changes (and doc, doc_facet and entry_tag only change with them).
    static QByteArray generationOf(const QSqlDatabase &db);
    // `base` with the documents `docs` (rowids in the doc table: changed, new or gone) read
    // again from `db`, which must show the index at `generation` (SearchFacetUpdate.cpp): the
    // rest is copied, so a small change costs a copy of the arrays, not a build. nullptr when
    // the change cannot be taken in (a field with too many values): build instead.
    static std::shared_ptr<const SearchFacetIndex> updated(const SearchFacetIndex &base,
                                                           const QSqlDatabase &db,
                                                           const QByteArray &generation,
                                                           const std::vector<qint64> &docs);

    QByteArray generation() const { return m_generation; }
    // The document (a dense number) of an entry; -1 for an entry this index does not hold.
    int documentOf(qint64 entry) const {
        return entry >= 0 && entry < qint64(m_entryDoc.size()) ? m_entryDoc[size_t(entry)] : -1;
    }
    int documentCount() const { return int(m_soort.size()); }
    // An entry's size in tokens, all columns (what FTS5's docsize table says, for bm25); the
    // array is indexed by entry id, kUnknownSize where the index holds none.
    static constexpr std::uint32_t kUnknownSize = 0xffffffffu;
    const std::vector<std::uint32_t> &rowSizes() const { return m_rowSize; }
    // The same in the trigram index (its tokens are trigrams); all unknown without it.
    const std::vector<std::uint32_t> &trigramRowSizes() const { return m_trigramRowSize; }
    // The counts of the entries hit, minus those of documents marked in `excluded` (sized
    // documentCount(), or empty): as FullTextIndex::facets reports them, the 12 largest of each
    // field. Empty (and `*stopped` set) when `cancelled` says so.
    QList<SearchFacet> count(const std::vector<qint64> &entries, const std::vector<bool> &excluded,
                             const std::function<bool()> &cancelled, bool *stopped) const;
    qint64 bytes() const;
    // The most frequent words' entries (SearchTermPostings), of this very generation; nullptr
    // when they could not be read.
    const SearchTermPostings *postings() const { return m_postings.get(); }
    // Which entries the fields accept, exactly as FullTextIndex's SQL (fieldsCondition) would,
    // when each of them is one this index decides (SearchFacetFields.cpp): soort, datum and
    // commissie per document; fractie, tag and status per entry. nullptr for any other field
    // (dossier, kamerlid), for an empty value, and for fractie while some question unit's
    // fractie lowers differently in Qt than in SQLite's lower() (ASCII only): the numbering
    // holds Qt's lower case, so SQL's answer cannot be told from it then.
    std::shared_ptr<const SearchFieldFilter> fieldFilter(const QList<SearchField> &fields) const;
    // The metadata and question entries the filter accepts (what a query of fields only hits),
    // in id order.
    std::vector<qint64> entriesOf(const SearchFieldFilter &filter) const;

private:
    struct Extra { // of a question unit or note: what its entry adds to its document's facets
        std::uint16_t status = 0, fractie = 0; // 0: none
        std::uint32_t tagsBegin = 0, tagsEnd = 0;
    };
    friend class SearchFieldFilter;
    // SQLite's lower() of a question unit's fractie is the Qt lower case it is numbered by.
    static bool foldsAsSqlite(const QString &label);
    // A document's number: its place among the rowids when built (sorted), then appended.
    std::int32_t denseOf(qint64 rowid) const;
    QByteArray m_generation;
    std::shared_ptr<const SearchTermPostings> m_postings;
    std::vector<qint64> m_docRowid;       // by document: its rowid in doc
    size_t m_sortedDocs = 0;              // m_docRowid's first entries, sorted (the rest appended)
    std::vector<std::int32_t> m_entryDoc; // by entry id
    std::vector<std::int32_t> m_entryExtra; // by entry id: index in m_extras, -1 none
    std::vector<std::uint32_t> m_rowSize;   // by entry id
    std::vector<std::uint32_t> m_trigramRowSize;
    std::vector<Extra> m_extras;
    std::vector<std::uint16_t> m_tags;                   // m_extras' tag lists
    std::vector<std::uint16_t> m_soort, m_year, m_datum; // by document; 0: none
    std::vector<std::uint8_t> m_entryPart;               // by entry id
    // Per document, its commissies and fracties: [begin[d], begin[d + 1]) in values.
    std::vector<std::uint32_t> m_commissieBegin, m_fractieBegin;
    std::vector<std::uint16_t> m_commissies, m_fracties;
    // The names behind the numbers (index 0 unused): value as typed after the field, label.
    bool m_fractiesFoldAscii = true; // foldsAsSqlite of every question unit's fractie
    QList<std::pair<QString, QString>> m_soortNames, m_yearNames, m_commissieNames, m_fractieNames,
        m_statusNames, m_tagNames, m_datumNames;
};

// Which entries a query's fields accept, decided in memory (SearchFacetIndex::fieldFilter).
// Points into its index: keep that alive while using it.
class SearchFieldFilter {
public:
    bool accepts(qint64 entry) const;

private:
    friend class SearchFacetIndex;
    // One field: which of the numbers of its values (soorten, dates, ...) it accepts.
    struct Alternative {
        SearchField::Name name;
        std::vector<bool> yes;
    };
    // An excluded field (negated, one alternative) or the values of one field (any holds).
    struct Condition {
        bool negated = false;
        std::vector<Alternative> alternatives;
    };
    bool holds(const Alternative &alternative, qint64 entry, size_t doc) const;
    const SearchFacetIndex *m_index = nullptr;
    std::vector<bool> m_documents;       // what the fields held per document leave
    std::vector<Condition> m_conditions; // of the fields held per entry
};

// The facet index of each search index file, shared by every connection in the process: built
// on a thread of its own when asked for and missing or out of date, so a query never waits for
// it (its facets are counted in SQL meanwhile). A write of this process names the documents it
// touched (noteChange, from inside its transaction, with the generations before and after), so
// the index follows it by reading those documents again (SearchFacetIndex::updated) instead of
// a build; a write of another process (overleg-cli, a second window) is followed the same way
// from the index's change log (SearchChangeLog.h). Only a change neither names (a trimmed log,
// a large write, a file written without the log) is built in full.
class SearchFacetCache {
public:
    // The index for `path` if it holds what `generation` says; otherwise nullptr, and a build is
    // started (at most one per path at a time). When an index of `path` is kept but of another
    // generation (a write this process was not told of), its refresh is started whatever
    // `buildWhenMissing` says and waited for briefly while it is an update from the change log.
    static std::shared_ptr<const SearchFacetIndex>
    get(const QString &path, const QByteArray &generation, bool buildWhenMissing = true);
    // Starts building the index of `path` if none is there or being built (the search view,
    // at its first query: the ranking reads the entries' sizes from it too).
    static void prepare(const QString &path);
    // Builds (or waits for) the index of `path` on the calling thread: for tests and benchmarks.
    static std::shared_ptr<const SearchFacetIndex> ensure(const QString &path);
    // Forgets every index (tests: the SQL path).
    static void clear();
    // A write transaction on `path` took the index from generation `before` to `after` (read
    // after a savepoint flushed FTS5's pending data), touching the documents `docs`. Called
    // before its commit, so no reader sees `after` before the cache knows how it came about.
    static void noteChange(const QString &path, const QByteArray &before, const QByteArray &after,
                           std::vector<qint64> docs);
    // The write noted is committed: the index of `path`, if one is kept, follows it on its
    // thread (a reader meanwhile waits briefly for that instead of counting in SQL).
    static void changesCommitted(const QString &path);
    // How often the index of `path` was built in full and updated (tests, benchmarks).
    struct Counts {
        int builds = 0, updates = 0;
    };
    static Counts counts(const QString &path);
};

} // namespace overleg
