#include "LibraryQueries.h"

#include "Database.h"
#include "DocumentSummaryRow.h"
#include "FilterFallback.h"
#include "FilterIndex.h"
#include "NavigationNodes.h"
#include "OpenQuestionMemory.h"
#include "OpenQuestionQueries.h"
#include "RowidSet.h"
#include "SqliteStatement.h"
#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

namespace overleg {

namespace {

QList<DocumentSummary> collect(QSqlQuery &q) {
    QList<DocumentSummary> list;
    while (q.next())
        list << summaryFrom(q);
    return list;
}

} // namespace

LibraryQueries::LibraryQueries(const Database &db)
    : m_db(db)
    , m_nodes(std::make_unique<NavigationNodes>(db))
    , m_openQuestions(std::make_unique<OpenQuestionQueries>(db, *this)) {}

LibraryQueries::~LibraryQueries() {
    stopFilterIndex();
}

struct LibraryQueries::MemoryMatch {
    QString text;
    std::shared_ptr<const FilterIndex> index;
    FilterIndex::Matches matches;
    std::optional<RowidSet> rowids; // made when first asked for (matchedRowids)
};

struct LibraryQueries::AdoptedMatch {
    FallbackMatches matches;
};

struct LibraryQueries::NodeMatch {
    quint64 serial = 0;
    QString text;
    QString kind;
    QString nodeId;
    RowidSet rowids;
};

namespace {

// The matches as JSON, for one INSERT ... SELECT FROM json_each(?).
template <typename Rowids> QString jsonArray(std::size_t size, Rowids &&rowidAt) {
    QByteArray rowids = "[";
    rowids.reserve(qsizetype(size) * 8 + 2);
    for (std::size_t i = 0; i < size; ++i) {
        if (i > 0)
            rowids += ',';
        rowids += QByteArray::number(rowidAt(i));
    }
    rowids += ']';
    return QString::fromLatin1(rowids);
}

} // namespace

void LibraryQueries::invalidateFilter() {
    m_preparedFilter.clear();
    m_memoryMatch.reset();
    m_adopted.reset();
    m_nodeMatch.reset();
    ++m_matchSerial;
    m_openMemoryVerified.clear();
    if (!m_indexWanted)
        return;
    // The library changed: read the index again in the background; filters go through the
    // trigram index until it is there.
    stopFilterIndex();
    {
        std::lock_guard lock(m_indexMutex);
        m_filterIndex.reset();
        m_openMemory.reset();
        m_indexFromFile = false;
    }
    // The kept file is read if it was written for the library as it is now: every change of a
    // document's text comes through an update of the derived tables, which raises the
    // generation (NavigationUpdate), and an incremental one patches the kept file
    // (FilterIndexPatch) so it is read here in a fraction of a build's time. A stale file is
    // built again.
    m_indexWanted = false;
    prepareFilterIndex();
}

void LibraryQueries::stopFilterIndex() const {
    if (m_cancelIndex)
        m_cancelIndex->store(true);
    if (m_indexThread.joinable())
        m_indexThread.join();
}

void LibraryQueries::prepareFilterIndex() const {
    if (m_indexWanted)
        return;
    m_indexWanted = true;
    m_indexFailed = false;
    stopFilterIndex();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelIndex = cancel;
    m_indexThread = std::thread([this, cancel, path = m_db.path()] {
        // The index kept next to the library is read in a fraction of a build's time; a
        // missing, stale or damaged one is built again and kept for the next time.
        const QString file = FilterIndex::fileFor(path);
        QString error;
        // The open questions beside the index (a fraction of a second at 1,000,000 documents):
        // until they are here, Open questions under a filter is answered in SQL.
        bool openRead = false;
        auto readOpenQuestions = [&] {
            openRead = true;
            QString openError;
            std::shared_ptr<const OpenQuestionMemory> open =
                OpenQuestionMemory::load(path, *cancel, &openError);
            std::lock_guard lock(m_indexMutex);
            if (cancel->load())
                return;
            if (!open)
                qCWarning(lcStore) << "The open questions could not be read:" << openError;
            m_openMemory = open;
        };
        std::shared_ptr<const FilterIndex> index;
        bool fromFile = false;
        if (!file.isEmpty() && QFileInfo::exists(file)) {
            index = FilterIndex::load(file, path, &error);
            fromFile = index != nullptr;
            if (!fromFile)
                qCInfo(lcStore) << "The kept filter index is not used:" << error;
        }
        if (!index) {
            // A build takes seconds: the open questions first, so that meanwhile the filters
            // matched in the background (FilterFallback) open them from memory too.
            readOpenQuestions();
            if (cancel->load())
                return;
            index = FilterIndex::build(path, *cancel, &error);
        }
        {
            std::lock_guard lock(m_indexMutex);
            if (cancel->load())
                return;
            if (!index) {
                qCWarning(lcStore) << "The filter index could not be read:" << error;
                m_indexFailed = true;
                return;
            }
            m_filterIndex = index;
            m_indexFromFile = fromFile;
        }
        if (!fromFile && !file.isEmpty() && !index->save(file, &error))
            qCWarning(lcStore) << "The filter index could not be kept:" << error;
        if (!openRead)
            readOpenQuestions();
    });
}

bool LibraryQueries::waitForFilterIndex() const {
    prepareFilterIndex();
    if (m_indexThread.joinable())
        m_indexThread.join();
    return filterIndexReady();
}

bool LibraryQueries::filterIndexReady() const {
    std::lock_guard lock(m_indexMutex);
    return m_filterIndex != nullptr;
}

bool LibraryQueries::filterIndexFromFile() const {
    std::lock_guard lock(m_indexMutex);
    return m_filterIndex && m_indexFromFile;
}

std::size_t LibraryQueries::filterIndexBytes() const {
    std::lock_guard lock(m_indexMutex);
    return m_filterIndex ? m_filterIndex->memoryBytes() : 0;
}

QString LibraryQueries::libraryGeneration() const {
    return generationOf(m_db);
}

QString LibraryQueries::generationOf(const Database &library) {
    // As FilterIndex::build reads it: a rebuilt or updated tree raises nav_node's sequence, a
    // new document its largest rowid. Other changes are announced through invalidateFilter().
    QSqlQuery q = library.run(QStringLiteral(
        "SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'nav_node'), (SELECT count(*) "
        "FROM nav_node), (SELECT max(rowid) FROM document), (SELECT count(*) FROM document)"));
    QString generation;
    if (q.next()) {
        for (int i = 0; i < 4; ++i)
            generation += q.value(i).toString() + u'/';
    }
    return generation;
}

const LibraryQueries::MemoryMatch *LibraryQueries::memoryMatch(const QString &text) const {
    std::shared_ptr<const FilterIndex> index;
    {
        std::lock_guard lock(m_indexMutex);
        index = m_filterIndex;
    }
    if (!index)
        return nullptr;
    if (m_memoryMatch && m_memoryMatch->index == index && m_memoryMatch->text == text)
        return m_memoryMatch.get();
    if (index->generation() != libraryGeneration()) {
        // Changed behind our back (a sync's rebuild on this connection): read it again.
        const_cast<LibraryQueries *>(this)->invalidateFilter();
        return nullptr;
    }
    std::optional<FilterIndex::Matches> matches = index->match(text);
    if (!matches)
        return nullptr;
    m_memoryMatch =
        std::make_unique<MemoryMatch>(MemoryMatch{text, index, std::move(*matches), std::nullopt});
    ++m_matchSerial;
    return m_memoryMatch.get();
}

bool LibraryQueries::matchText(const QString &filter) const {
    const QString text = filter.simplified();
    if (text.isEmpty())
        return false;
    if (text == m_preparedFilter)
        return true;

    // Keyed by the documents' rowid (the search index's), as nav_membership is, so no GUID is
    // looked up or compared while matching and counting.
    m_db.run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS filter_match (doc INTEGER PRIMARY "
                            "KEY)"));
    m_db.run(QStringLiteral("DELETE FROM temp.filter_match"));
    m_matchesPerNode.clear();
    m_matchesCounted = false;
    m_preparedFilter = text;

    if (const MemoryMatch *memory = memoryMatch(text)) {
        // Answered from memory: the matches go into the table in one statement, as a JSON
        // array, for the queries that join it (Open questions).
        const std::vector<std::uint32_t> &docs = memory->matches.docs;
        m_db.run(QStringLiteral("INSERT INTO temp.filter_match SELECT value FROM json_each(?)"),
                 {jsonArray(docs.size(),
                            [&](std::size_t i) { return memory->index->rowidOf(docs[i]); })});
        return true;
    }
    if (m_adopted && m_adopted->matches.text == text) {
        // Matched in the background: into the table now that a query joins it.
        const std::vector<qint64> &rowids = m_adopted->matches.rowids;
        m_db.run(QStringLiteral("INSERT INTO temp.filter_match SELECT value FROM json_each(?)"),
                 {jsonArray(rowids.size(), [&](std::size_t i) { return rowids[i]; })});
        m_matchesPerNode = m_adopted->matches.perNode;
        m_matchesCounted = true;
        return true;
    }

    const TrigramQuery query = trigramQuery(text);
    if (query.select.isEmpty())
        return true;
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO temp.filter_match ") + query.select);
    for (const QString &bind : query.binds)
        q.addBindValue(bind);
    m_db.exec(q);
    return true;
}

QString LibraryQueries::databasePath() const {
    return m_db.path();
}

bool LibraryQueries::answersFilterAtOnce(const QString &filter) const {
    const QString text = filter.simplified();
    return text.isEmpty() || text == m_preparedFilter || trigramQuery(text).select.isEmpty() ||
           (m_adopted && m_adopted->matches.text == text) || memoryMatch(text) != nullptr;
}

void LibraryQueries::adoptFilter(FallbackMatches matches) const {
    // Nothing is copied into SQLite here (12 ms for 65,000 matches at 1,000,000 documents):
    // the counts per node came with the matches, and Open questions and the user's imports test
    // the set in memory.
    if (matches.set.size() != matches.rowids.size()) {
        matches.set = RowidSet();
        if (!matches.rowids.empty())
            matches.set.reserveUpTo(matches.rowids.back());
        for (qint64 rowid : matches.rowids)
            matches.set.insert(rowid);
    }
    m_adopted = std::make_unique<AdoptedMatch>(AdoptedMatch{std::move(matches)});
    ++m_matchSerial;
}

const RowidSet *LibraryQueries::matchedRowids(const QString &filter) const {
    const QString text = filter.simplified();
    if (text.isEmpty())
        return nullptr;
    if (m_adopted && m_adopted->matches.text == text)
        return &m_adopted->matches.set;
    const MemoryMatch *memory = memoryMatch(text);
    if (!memory)
        return nullptr;
    if (!memory->rowids) {
        RowidSet set;
        const std::vector<std::uint32_t> &docs = memory->matches.docs;
        if (!docs.empty())
            set.reserveUpTo(memory->index->rowidOf(docs.back()));
        for (std::uint32_t doc : docs)
            set.insert(memory->index->rowidOf(doc));
        m_memoryMatch->rowids = std::move(set);
    }
    return &*memory->rowids;
}

const RowidSet *LibraryQueries::matchedRowidsUnder(const QString &filter, const QString &kind,
                                                   const QString &nodeId) const {
    const QString text = filter.simplified();
    const RowidSet *matches = text.isEmpty() ? nullptr : matchedRowids(text);
    if (!text.isEmpty() && !matches)
        return nullptr;
    if (m_nodeMatch && m_nodeMatch->serial == m_matchSerial && m_nodeMatch->text == text &&
        m_nodeMatch->kind == kind && m_nodeMatch->nodeId == nodeId)
        return &m_nodeMatch->rowids;
    auto made = std::make_unique<NodeMatch>(NodeMatch{m_matchSerial, text, kind, nodeId, {}});
    QSqlQuery node =
        m_db.run(QStringLiteral("SELECT node FROM nav_node WHERE node_kind = ? AND node_id = ?"),
                 {kind, nodeId});
    if (node.next()) {
        const qint64 number = node.value(0).toLongLong();
        // The filter index holds every document's nodes: when it is the library's now, the
        // node's documents are a pass over the matches (or over all memberships, 2-3 ms at
        // 1,000,000 documents), with no row read.
        std::shared_ptr<const FilterIndex> index;
        {
            std::lock_guard lock(m_indexMutex);
            index = m_filterIndex;
        }
        const AdoptedMatch *adopted =
            m_adopted && m_adopted->matches.text == text && !text.isEmpty() ? m_adopted.get()
                                                                            : nullptr;
        const bool fromMatch = index && !adopted && m_memoryMatch &&
                               m_memoryMatch->index == index && m_memoryMatch->text == text;
        // The index was found to be the library's when a filter was last answered from it
        // (memoryMatch), as openQuestionMemory() trusts it.
        const bool current = index && ((m_memoryMatch && m_memoryMatch->index == index) ||
                                       index->generation() == m_openMemoryVerified ||
                                       index->generation() == libraryGeneration());
        // Without it (being read, or built again after a large change) the node's documents
        // are not read here: the caller asks SQL.
        if (!current)
            return nullptr;
        const std::vector<qint64> under =
            adopted ? index->documentsUnder(number, adopted->matches.rowids)
                    : index->documentsUnder(number, fromMatch ? &m_memoryMatch->matches : nullptr);
        if (!under.empty())
            made->rowids.reserveUpTo(under.back());
        for (qint64 rowid : under) {
            if (!matches || matches->contains(rowid))
                made->rowids.insert(rowid);
        }
    }
    m_nodeMatch = std::move(made);
    return &m_nodeMatch->rowids;
}

const OpenQuestionMemory *LibraryQueries::openQuestionMemory() const {
    std::shared_ptr<const OpenQuestionMemory> open;
    std::shared_ptr<const FilterIndex> index;
    {
        std::lock_guard lock(m_indexMutex);
        open = m_openMemory;
        index = m_filterIndex;
    }
    if (!open)
        return nullptr;
    // The filter index is checked against the library when a filter is answered from it
    // (memoryMatch); without it (the background path) the library is asked, once per change.
    if (!(index && index->generation() == open->generation() && m_memoryMatch &&
          m_memoryMatch->index == index) &&
        m_openMemoryVerified != open->generation()) {
        if (libraryGeneration() != open->generation())
            return nullptr;
        m_openMemoryVerified = open->generation();
    }
    m_openMemoryInUse = open; // alive while the caller reads it, whatever the index thread does
    return open.get();
}

bool LibraryQueries::waitForOpenQuestionMemory() const {
    if (!waitForFilterIndex())
        return false;
    std::lock_guard lock(m_indexMutex);
    return m_openMemory != nullptr;
}

const QHash<qint64, int> &LibraryQueries::matchesPerNode() const {
    if (m_matchesCounted)
        return m_matchesPerNode;
    m_matchesCounted = true;
    // For every kind at once. CROSS JOIN keeps SQLite from scanning all memberships to probe
    // the (unanalysed) temp table: matches are usually far fewer. Counted here rather than by
    // GROUP BY, which sorts every membership first.
    SqliteStatement memberships(m_db.connection(),
                                QStringLiteral("SELECT m.node FROM temp.filter_match f CROSS JOIN "
                                               "nav_membership m ON m.doc = f.doc"));
    while (memberships.next())
        ++m_matchesPerNode[memberships.intAt(0)];
    if (!memberships.error().isEmpty())
        qCWarning(lcStore) << "Counting the filter's matches failed:" << memberships.error();
    return m_matchesPerNode;
}

QList<NodeSummary> LibraryQueries::nodes(const QString &kind, const QString &filter) const {
    const QList<NavigationNodes::Entry> &entries = m_nodes->of(kind);
    const QString text = filter.simplified();
    QList<NodeSummary> kept;
    if (text.isEmpty()) {
        kept.reserve(entries.size());
        for (const NavigationNodes::Entry &entry : entries)
            kept << entry.summary;
        return kept;
    }

    // Under a filter a node stays when its own name matches (then with all its documents) or
    // when documents under it match (then with their number).
    const MemoryMatch *memory = memoryMatch(text);
    const bool adopted = !memory && m_adopted && m_adopted->matches.text == text;
    if (!memory && !adopted)
        matchText(text);
    const QString folded = text.toCaseFolded();
    const QString compact = QString(folded).remove(u' '); // "29338" finds "29 338"
    const QHash<qint64, int> &matches = memory    ? memory->matches.perNode
                                        : adopted ? m_adopted->matches.perNode
                                                  : matchesPerNode();
    for (const NavigationNodes::Entry &entry : entries) {
        NodeSummary node = entry.summary;
        node.nameMatched = NavigationNodes::nameMatches(entry, folded, compact);
        if (!node.nameMatched) {
            node.documents = matches.value(entry.number);
            if (node.documents == 0)
                continue;
        }
        kept << std::move(node);
    }
    return kept;
}

QList<NodeSummary> LibraryQueries::commissies(const QString &filter) const {
    return nodes(QStringLiteral("commissie"), filter);
}

QList<NodeSummary> LibraryQueries::dossiers(const QString &filter) const {
    return nodes(QStringLiteral("dossier"), filter);
}

QList<NodeSummary> LibraryQueries::kamerleden(const QString &filter) const {
    return nodes(QStringLiteral("persoon"), filter);
}

QList<DocumentSummary> LibraryQueries::documentsOf(NodeKind kind, const QString &nodeId,
                                                   const QString &filter, int offset,
                                                   int limit) const {
    const QString kindName = kind == NodeKind::Commissie ? QStringLiteral("commissie")
                             : kind == NodeKind::Dossier ? QStringLiteral("dossier")
                                                         : QStringLiteral("persoon");
    const QString text = filter.simplified();
    if (const MemoryMatch *memory = text.isEmpty() ? nullptr : memoryMatch(text))
        return matchedDocumentsOf(*memory, kindName, nodeId, offset, limit);
    const bool filtered = matchText(filter);
    // The memberships are numbered in the order the tree lists them (a dossier by volgnummer,
    // the others newest first: LibraryStore::rebuildDerived), so a page is a range of the index
    // (node, position), not a sort of all of the node's documents. The range is chosen on the
    // index alone and only its rows are read: with the documents joined, every row the OFFSET
    // skips was read too (the last page of the largest commissie took 100 ms at 1,000,000).
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM (SELECT m.doc, m.position FROM nav_node n CROSS JOIN "
                       "nav_membership m INDEXED BY nav_membership_position ON m.node = n.node "
                       "WHERE n.node_kind = ? AND n.node_id = ? %3 ORDER BY m.position LIMIT ? "
                       "OFFSET ?) p CROSS JOIN document d ON d.rowid = p.doc %2 ORDER BY "
                       "p.position")
            .arg(kSummaryColumns, kSummaryJoin,
                 filtered ? QStringLiteral("AND m.doc IN temp.filter_match") : QString()));
    q.addBindValue(kindName);
    q.addBindValue(nodeId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    m_db.exec(q);
    return collect(q);
}

QList<DocumentSummary> LibraryQueries::matchedDocumentsOf(const MemoryMatch &memory,
                                                          const QString &kind,
                                                          const QString &nodeId, int offset,
                                                          int limit) const {
    QSqlQuery node =
        m_db.run(QStringLiteral("SELECT node FROM nav_node WHERE node_kind = ? AND node_id = ?"),
                 {kind, nodeId});
    if (!node.next())
        return {};
    // The page's rowids come from memory in the tree's order; their rows are read by rowid
    // (numbers, so written into the statement) and put back in that order.
    const std::vector<qint64> rowids =
        memory.index->page(memory.matches, node.value(0).toLongLong(), offset, limit);
    if (rowids.empty())
        return {};
    QStringList list;
    list.reserve(qsizetype(rowids.size()));
    for (qint64 rowid : rowids)
        list << QString::number(rowid);
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1, d.rowid FROM document d %2 WHERE d.rowid "
                                          "IN (%3)")
                               .arg(kSummaryColumns, kSummaryJoin, list.join(u',')));
    QHash<qint64, DocumentSummary> byRowid;
    while (q.next())
        byRowid.insert(q.value(kSummaryColumnCount).toLongLong(), summaryFrom(q));
    QList<DocumentSummary> page;
    page.reserve(qsizetype(rowids.size()));
    for (qint64 rowid : rowids) {
        if (const auto it = byRowid.constFind(rowid); it != byRowid.constEnd())
            page << *it;
    }
    return page;
}

QHash<QString, int> LibraryQueries::nodeCounts() const {
    QHash<QString, int> counts;
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT node_kind, count(*) FROM nav_node GROUP BY node_kind "
                                "UNION ALL SELECT 'local', count(*) FROM local_document"));
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

QList<DocumentSummary> LibraryQueries::localDocuments(const QString &filter) const {
    const QString text = filter.simplified();
    const MemoryMatch *memory = text.isEmpty() ? nullptr : memoryMatch(text);
    const RowidSet *adopted =
        m_adopted && m_adopted->matches.text == text ? &m_adopted->matches.set : nullptr;
    if (memory || adopted) {
        // The user's imports are few: read them all and keep the matching ones.
        QSqlQuery q = m_db.run(QStringLiteral("SELECT %1, d.rowid FROM local_document l CROSS "
                                              "JOIN document d ON d.id = l.document_id %2 "
                                              "ORDER BY l.imported_at DESC")
                                   .arg(kSummaryColumns, kSummaryJoin));
        QList<DocumentSummary> kept;
        while (q.next()) {
            const qint64 rowid = q.value(kSummaryColumnCount).toLongLong();
            if (memory ? memory->index->contains(memory->matches, rowid) : adopted->contains(rowid))
                kept << summaryFrom(q);
        }
        return kept;
    }
    const bool filtered = matchText(filter);
    // CROSS JOIN: from the user's imports to their matches, not from every match to a probe
    // into the (usually far smaller) imports.
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT %1 FROM local_document l CROSS JOIN document d ON d.id = "
                       "l.document_id %2 %3 ORDER BY l.imported_at DESC")
            .arg(kSummaryColumns, kSummaryJoin,
                 filtered ? QStringLiteral("WHERE d.rowid IN temp.filter_match") : QString()));
    return collect(q);
}

QList<DocumentSummary> LibraryQueries::allDocuments(int limit) const {
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT %1 FROM document d %2 ORDER BY d.datum DESC LIMIT ?")
                     .arg(kSummaryColumns, kSummaryJoin),
                 {limit});
    return collect(q);
}

int LibraryQueries::countDocuments() const {
    QSqlQuery q = m_db.run(QStringLiteral("SELECT count(*) FROM document"));
    return q.next() ? q.value(0).toInt() : 0;
}

QString LibraryQueries::resolveDocument(const QString &reference) const {
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return {};
    const QList<QString> lookups = {
        QStringLiteral("SELECT id FROM document WHERE id = lower(?)"),
        QStringLiteral("SELECT id FROM document WHERE documentNummer = upper(?) "
                       "ORDER BY datum DESC LIMIT 1"),
        QStringLiteral(
            "SELECT document_id FROM documentVersie WHERE externeidentifier = ? COLLATE NOCASE "
            "AND document_id IN (SELECT id FROM document) LIMIT 1"),
        QStringLiteral("SELECT l.van FROM zaak z JOIN link l ON l.soort = 'zaak' AND l.naar = z.id "
                       "JOIN document d ON d.id = l.van WHERE z.nummer = upper(?) "
                       "ORDER BY d.datum LIMIT 1"),
    };
    for (const QString &sql : lookups) {
        QSqlQuery q = m_db.run(sql, {ref});
        if (q.next())
            return q.value(0).toString();
    }
    return {};
}

std::optional<DocumentDetails> LibraryQueries::details(const QString &documentId,
                                                       const QString &dataRoot) const {
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1, coalesce(k.titel, ''), "
                                          "coalesce(d.onderwerp, '') FROM document d %2 "
                                          "WHERE d.id = ?")
                               .arg(kSummaryColumns, kSummaryJoin),
                           {documentId});
    if (!q.next())
        return std::nullopt;
    DocumentDetails d;
    d.summary = summaryFrom(q);
    d.vergaderjaar = q.value(8).toString();
    d.dossierTitel = q.value(11).toString();
    d.onderwerp = q.value(12).toString();
    const QString dossier = dossierNumber(q.value(9), q.value(10));
    if (!dossier.isEmpty() && !q.value(6).isNull())
        d.citation = QStringLiteral("Kamerstuk %1, nr. %2").arg(dossier, q.value(6).toString());

    QSqlQuery zaken =
        m_db.run(QStringLiteral(
                     "SELECT coalesce(z.nummer, ''), coalesce(z.soort, ''), "
                     "coalesce(z.onderwerp, z.titel, '') FROM link l JOIN zaak z ON z.id = l.naar "
                     "WHERE l.van = ? AND l.soort = 'zaak' ORDER BY z.nummer"),
                 {documentId});
    while (zaken.next()) {
        QStringList parts{zaken.value(0).toString(), zaken.value(1).toString()};
        parts.removeAll(QString());
        d.zaken << parts.join(QStringLiteral(" · ")) + QStringLiteral(": ") +
                       zaken.value(2).toString();
    }
    QSqlQuery commissies = m_db.run(
        QStringLiteral("SELECT coalesce(c.naamNl, c.afkorting) FROM nav_membership_ids m "
                       "JOIN commissie c ON c.id = m.node_id WHERE m.node_kind = 'commissie' "
                       "AND m.document_id = ? ORDER BY 1"),
        {documentId});
    while (commissies.next())
        d.commissies << commissies.value(0).toString();
    // Actors of the document, else the indieners of its zaken (Kamervragen carry them there).
    // From the document's links to their zaken's actors (CROSS JOIN): left to itself SQLite
    // went through every actor without a commissie (zaakActor_commissie), 120 ms at 1,000,000
    // documents.
    QSqlQuery actors = m_db.run(
        QStringLiteral(
            "SELECT coalesce(actorNaam, ''), coalesce(actorFractie, ''), coalesce(relatie, ''), "
            "coalesce(functie, '') FROM documentActor WHERE document_id = ? AND commissie_id IS "
            "NULL "
            "UNION ALL SELECT coalesce(za.actorNaam, ''), coalesce(za.actorFractie, ''), "
            "coalesce(za.relatie, ''), coalesce(za.functie, '') FROM link l CROSS JOIN zaakActor "
            "za ON za.zaak_id = l.naar WHERE l.van = ? AND l.soort = 'zaak' AND za.commissie_id "
            "IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM documentActor WHERE document_id = ? AND commissie_id IS NULL)"),
        {documentId, documentId, documentId});
    while (actors.next())
        d.actors << ActorSummary{actors.value(0).toString(), actors.value(1).toString(),
                                 actors.value(2).toString(), actors.value(3).toString()};
    QSqlQuery versie = m_db.run(
        QStringLiteral("SELECT externeidentifier FROM documentVersie WHERE document_id = ? "
                       "AND externeidentifier IS NOT NULL ORDER BY versienummer DESC LIMIT 1"),
        {documentId});
    if (versie.next())
        d.externeIdentifier = versie.value(0).toString();
    QSqlQuery file =
        m_db.run(QStringLiteral("SELECT f.path, f.mime, l.original_name FROM document_file f "
                                "LEFT JOIN local_document l ON l.document_id = f.document_id "
                                "WHERE f.document_id = ?"),
                 {documentId});
    if (file.next()) {
        const QString path = QDir(dataRoot).filePath(file.value(0).toString());
        if (QFileInfo::exists(path))
            d.filePath = path;
        d.mime = file.value(1).toString();
        d.isLocal = !file.value(2).isNull();
        d.originalName = file.value(2).toString();
    }
    QSqlQuery renditions =
        m_db.run(QStringLiteral("SELECT path, mime, original_name FROM document_rendition "
                                "WHERE document_id = ? ORDER BY added_at, path"),
                 {documentId});
    while (renditions.next()) {
        const QString path = QDir(dataRoot).filePath(renditions.value(0).toString());
        if (QFileInfo::exists(path) && path != d.filePath)
            d.renditions << DocumentRendition{path, renditions.value(1).toString(),
                                              renditions.value(2).toString()};
    }
    return d;
}

} // namespace overleg
