#pragma once

#include "SearchQuery.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace overleg {

namespace fulltext {
struct RankState;
}

// One searchable piece of a document: its metadata, a page of its text, a question unit, a note.
struct SearchEntry {
    enum class Part { Metadata, Page, Question, Note };
    Part part = Part::Page;
    QString questionId; // Question, Note
    int n = 0;          // the unit's number as the panel shows it
    int page = 0;       // 1-based
    int start = 0;      // where the entry's text starts in the document's plain text
    QString fractie, status;
    QStringList tags;
    QString title, body;
};

// A document's entries beside its metadata (which the index fills itself, see indexMetadata).
struct SearchDocumentText {
    QString documentId;
    QString signature; // what the entries were made from; the next refresh compares it
    QStringList fracties;
    QList<SearchEntry> entries;
};

struct SearchHit {
    qint64 entry = 0;
    QString documentId;
    SearchEntry::Part part = SearchEntry::Part::Metadata;
    QString questionId;
    int n = 0, page = 0, start = 0;
    QString fractie, status;
    QString snippet; // the matched words between U+0002 and U+0003
    QString soort, nummer, titel, datum;
    bool substring = false; // found by the trigram index only (a compound part)
};

struct SearchFacet {
    QString field; // soort, commissie, fractie, jaar, status, tag
    QString value; // as typed after the field to narrow by it
    QString label;
    int documents = 0;
    friend bool operator==(const SearchFacet &, const SearchFacet &) = default;
};

// The full-text index, a database of its own beside the library (search.sqlite): derived from
// the library, the files and the notes, so it is rebuilt whenever its schema changes. Two FTS5
// indexes share one content table: unicode61 with diacritics removed (words, prefixes, phrases,
// NEAR; "financiele" finds "financiële") and, optionally, trigram (a part of a compound:
// "uitstoot" finds "stikstofuitstoot"). One connection, one thread.
class FullTextIndex {
public:
    struct Options {
        bool trigram = true; // only read when the index is created
    };
    static Result<std::unique_ptr<FullTextIndex>> open(const QString &path, Options options);
    static Result<std::unique_ptr<FullTextIndex>> open(const QString &path) {
        return open(path, Options());
    }
    static QString pathIn(const QString &dataRoot);
    ~FullTextIndex();

    QSqlDatabase connection() const;
    bool hasTrigram() const { return m_trigram; }
    qint64 sizeOnDisk() const;

    // --- writing (the indexer) ---
    // Makes the library and notes databases readable as lib and notes on this connection.
    Status attach(const QString &libraryPath, const QString &notesPath);
    // Brings the metadata of every document up to date with the attached library (set-based, in
    // batches), drops the documents that are gone, and returns the documents with a file whose
    // text, questions or notes must be indexed (their signature changed).
    Result<QStringList> indexMetadata(const std::function<bool()> &cancelled = {});
    Status replaceText(const SearchDocumentText &document);
    // What a document's text entries would be made from now (file, notes, corrections).
    QString textSignature(const QString &documentId) const;
    // Documents whose text is indexed (or pending).
    int countDocuments() const;
    int countEntries() const;

    // Indexes added since an index file was first created (the documents by date, for queries
    // of fields only), made where missing; the indexer calls it before its first pass.
    Status addMissingIndexes();

    // --- reading ---
    enum class Order {
        // bm25 over every match, the best first: word queries computed as FTS5's ORDER BY rank
        // would (the same order, FullTextRank.h) at a fraction of its cost per match
        Ranked,
        Unranked,    // in the index's own order: the first matches at once, however many there are
        RankedInSql, // ORDER BY rank in SQL: what Ranked is tested and measured against
    };
    // Hits: ranked title above body (bm25 weights), words before compound parts; `substring`
    // asks for the trigram pass (hits the word index did not find). Queries of fields only are
    // newest first in either order.
    Result<QList<SearchHit>> search(const SearchQuery &query, int offset, int limit,
                                    bool substring = false, Order order = Order::Ranked) const;
    // How facets are counted: against the documents' facets held in memory (SearchFacetIndex:
    // the matching entry ids from FTS5, then arrays) or in SQL (GROUP BY joins, 0.7-1.8 s at
    // 1,000,000 documents). By default in memory when that index is built and current for this
    // file (it is then built on a thread of its own), in SQL meanwhile.
    enum class FacetCount { MemoryWhenReady, Memory, Sql };
    // Counts per soort, commissie, fractie, year, status and tag of the documents hit (the 12
    // largest of each); stops (and fails) as soon as `cancelled` says so, also inside a long
    // statement.
    Result<QList<SearchFacet>> facets(const SearchQuery &query,
                                      const std::function<bool()> &cancelled = {},
                                      FacetCount how = FacetCount::MemoryWhenReady) const;
    // Where the first match stands in an entry's text, from its start; -1 if none.
    int matchOffset(qint64 entry, const SearchQuery &query, bool substring) const;

private:
    FullTextIndex() = default;
    Result<QList<SearchFacet>> facetsInSql(const SearchQuery &query,
                                           const std::function<bool()> &cancelled) const;
    Result<QList<SearchHit>> rankedWords(const SearchQuery &query, int offset, int limit,
                                         bool substring) const;
    // The matches of the query's passes the ranking just collected from this very index (no
    // fields), which the facets need not enumerate again: 0 none, 1 the word pass's, 2 both
    // the word and compound passes'.
    int keptMatches(const SearchQuery &query, const QByteArray &generation,
                    std::vector<qint64> *entries) const;
    std::unique_ptr<fulltext::RankState> m_rank;
    Status create(bool trigram);
    QString m_connectionName;
    QString m_path;
    bool m_trigram = true;
};

QString partName(SearchEntry::Part part);

} // namespace overleg
