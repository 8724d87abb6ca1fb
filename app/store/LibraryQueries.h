#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace overleg {

class Database;
class FilterIndex;
struct FallbackMatches;
class NavigationNodes;
class OpenQuestionMemory;
class OpenQuestionQueries;
class RowidSet;

// A document as lists show it.
struct DocumentSummary {
    QString id;
    QString soort;
    QString nummer; // documentNummer, else the kamerstuk citation, else empty
    QString datum;  // yyyy-MM-dd
    QString titel;
};

struct ActorSummary {
    QString naam;
    QString fractie;
    QString relatie;
    QString functie;
};

// Everything the document pane shows besides the text.
// Another format of a document the library holds (its HTML beside its PDF).
struct DocumentRendition {
    QString path; // absolute
    QString mime;
    QString originalName;
};

struct DocumentDetails {
    DocumentSummary summary;
    QString onderwerp;
    QString vergaderjaar;
    QString citation; // "Kamerstuk 29 338, nr. 289"
    QString dossierTitel;
    QStringList zaken;      // "2024Z18792 — Schriftelijke vragen: ..."
    QStringList commissies; // names
    QList<ActorSummary> actors;
    QString externeIdentifier; // KOOP id (kst-29338-289), when known
    QString filePath;          // absolute; empty when the file is not here
    QString mime;
    bool isLocal = false; // imported by the user
    QString originalName;
    QList<DocumentRendition> renditions; // other formats here, oldest first; not filePath
};

struct NodeSummary {
    QString id;
    QString label;  // display name
    QString detail; // afkorting, fractie, ...
    int documents = 0;
    bool nameMatched =
        false; // under a filter: the node's own name matched, so all its documents show
};

// The scopes under which the navigation tree lists documents.
enum class NodeKind { Commissie, Dossier, Persoon };

// Read-only questions to the library, with every value bound. Text filters match a node's own
// name, and a document's soort, number, title and subject: every word of three or more letters
// as a case-insensitive substring (trigram index), shorter words only within those matches.
class LibraryQueries {
public:
    explicit LibraryQueries(const Database &db);
    ~LibraryQueries();

    // The questions still open across the library (the Open vragen view).
    const OpenQuestionQueries &openQuestions() const { return *m_openQuestions; }

    QList<NodeSummary> commissies(const QString &filter = {}) const;
    QList<NodeSummary> dossiers(const QString &filter = {}) const;
    // Kamerleden with their current fractie in NodeSummary::detail.
    QList<NodeSummary> kamerleden(const QString &filter = {}) const;

    // Documents under a node: commissie and kamerlid newest first, dossier by volgnummer (nr. 1
    // first).
    QList<DocumentSummary> documentsOf(NodeKind kind, const QString &nodeId,
                                       const QString &filter = {}, int offset = 0,
                                       int limit = -1) const;
    // How many commissies, dossiers and kamerleden the tree lists, and imported documents
    // ("local"), without reading them.
    QHash<QString, int> nodeCounts() const;
    QList<DocumentSummary> localDocuments(const QString &filter = {}) const;

    QList<DocumentSummary> allDocuments(int limit = -1) const;
    int countDocuments() const;

    // By id, document number (2025D21651), KOOP id (kst-29338-289) or zaak number.
    QString resolveDocument(const QString &reference) const;
    std::optional<DocumentDetails> details(const QString &documentId,
                                           const QString &dataRoot) const;

    // Call after the library changed: the cached filter result and the filter index are stale
    // (a new index is read in the background if one was prepared).
    void invalidateFilter();
    // The library's generation: nav_node's sequence and count, the documents' largest rowid and
    // count, as the kept filter index records it; a tree update or a new document changes it.
    static QString generationOf(const Database &library);

    // Reads the filter index (FilterIndex) on a thread of its own, once; until it is there,
    // and for filter words it cannot answer, filters go through the trigram index. The window's
    // tree asks for it; the CLI never pays for it.
    void prepareFilterIndex() const;
    // Waits until the filter index is there (benchmarks and tests); false if it could not be
    // read.
    bool waitForFilterIndex() const;
    // Whether filters are answered from memory now, and the bytes that takes.
    bool filterIndexReady() const;
    std::size_t filterIndexBytes() const;
    // Whether the index in use was read from the file kept next to the library
    // (FilterIndex::fileFor) rather than built.
    bool filterIndexFromFile() const;

    // Fills temp.filter_match with the documents matching the text (kept until the text or the
    // library changes); false when the text is empty and nothing is narrowed.
    bool matchText(const QString &filter) const;
    // Whether matchText() is answered without the trigram index (from memory, already
    // prepared, or names only); when not, the window runs matchOffThread (FilterFallback.h)
    // and hands the result to adoptFilter() instead of waiting.
    bool answersFilterAtOnce(const QString &filter) const;
    // The library database's file, for connections of other threads.
    QString databasePath() const;
    // Takes a filter matched off the GUI thread as the current one (until the text or the
    // library changes). The matches stay in memory (the tree counts against them); they go into
    // temp.filter_match only when a query needs them there (matchText).
    void adoptFilter(FallbackMatches matches) const;

    // The documents matching the text as a set in memory, from the filter index or adopted
    // from the background; nullptr when only matchText() can answer it.
    const RowidSet *matchedRowids(const QString &filter) const;
    // The documents under a node (kind "commissie", "dossier" or "persoon") among the text's
    // matches (all of the node's when the text is empty) as a set in memory, from the filter
    // index's memberships, kept until the filter or the library changes. nullptr when the
    // filter index is not the library's now or the text's matches are not in memory
    // (matchedRowids). An unknown node has no documents.
    const RowidSet *matchedRowidsUnder(const QString &filter, const QString &kind,
                                       const QString &nodeId) const;
    // The rows of open_question in memory (read with the filter index), when they are those
    // of the library now; nullptr otherwise.
    const OpenQuestionMemory *openQuestionMemory() const;
    // Waits until the open questions are in memory too (benchmarks and tests).
    bool waitForOpenQuestionMemory() const;

private:
    struct MemoryMatch;
    struct AdoptedMatch;
    struct NodeMatch;
    // The filter answered from the in-memory index, or nullptr (not read yet, stale, or a word
    // it cannot answer).
    const MemoryMatch *memoryMatch(const QString &text) const;
    QString libraryGeneration() const;
    QList<DocumentSummary> matchedDocumentsOf(const MemoryMatch &memory, const QString &kind,
                                              const QString &nodeId, int offset, int limit) const;
    void stopFilterIndex() const;
    QList<NodeSummary> nodes(const QString &kind, const QString &filter) const;
    // How many of the matched documents hang under each node (nav_node.node), counted when the
    // tree first needs them for the current filter.
    const QHash<qint64, int> &matchesPerNode() const;

    const Database &m_db;
    std::unique_ptr<NavigationNodes> m_nodes;
    mutable QString m_preparedFilter;
    mutable QHash<qint64, int> m_matchesPerNode;
    mutable bool m_matchesCounted = false;
    std::unique_ptr<OpenQuestionQueries> m_openQuestions;

    // The filter index: built by m_indexThread, handed over under m_indexMutex.
    mutable std::mutex m_indexMutex;
    mutable std::shared_ptr<const FilterIndex> m_filterIndex;
    mutable std::thread m_indexThread;
    mutable std::shared_ptr<std::atomic<bool>> m_cancelIndex;
    mutable bool m_indexWanted = false;
    mutable bool m_indexFailed = false;
    mutable bool m_indexFromFile = false;
    mutable std::unique_ptr<MemoryMatch> m_memoryMatch; // the last filter answered from memory
    mutable std::unique_ptr<AdoptedMatch> m_adopted;    // the last filter matched off the thread
    mutable std::unique_ptr<NodeMatch> m_nodeMatch;     // the last node asked for under it
    mutable quint64 m_matchSerial = 0; // raised whenever the matches above are replaced
    // Read by m_indexThread after the index; handed over under m_indexMutex.
    mutable std::shared_ptr<const OpenQuestionMemory> m_openMemory;
    mutable QString m_openMemoryVerified; // the generation it was last found current for
    mutable std::shared_ptr<const OpenQuestionMemory> m_openMemoryInUse;
};

} // namespace overleg
