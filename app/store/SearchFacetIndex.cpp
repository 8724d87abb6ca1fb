#include "SearchFacetIndex.h"

#include "SqliteStatement.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QThreadPool>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace overleg {

namespace {

// Rows between two looks at `cancelled` while building or counting.
constexpr int kAskEvery = 1 << 14;
// The largest values a field may have in the compact arrays (numbered in 16 bits).
constexpr int kMaxNames = 65535;
// The facets of each field a query reports (FullTextIndex::facets).
constexpr int kPerField = 12;

// Numbers the distinct texts of one field, 1 upward (0: none).
class Names {
public:
    explicit Names(QList<std::pair<QString, QString>> *names)
        : m_names(names) {
        m_names->append(std::pair<QString, QString>());
    }
    // The number of `value` (as bytes from SQLite), adding it with `label` when new; 0 when the
    // field has too many values to number.
    std::uint16_t number(const char *value, int size, const QString &label) {
        if (size == 0)
            return 0;
        const QByteArray key = QByteArray::fromRawData(value, size);
        const auto found = m_numbers.constFind(key);
        if (found != m_numbers.cend())
            return *found;
        if (m_names->size() > kMaxNames) {
            m_full = true;
            return 0;
        }
        const auto n = std::uint16_t(m_names->size());
        m_names->append({QString::fromUtf8(value, size), label});
        m_numbers.insert(QByteArray(value, size), n);
        return n;
    }
    bool full() const { return m_full; }

private:
    QList<std::pair<QString, QString>> *m_names;
    QHash<QByteArray, std::uint16_t> m_numbers;
    bool m_full = false;
};

// A read-only statement on the raw handle, its rows stepped by the caller.
class Rows {
public:
    Rows(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr); }
    ~Rows() { sqlite3_finalize(m_statement); }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    bool next() { return m_statement && sqlite3_step(m_statement) == SQLITE_ROW; }
    bool valid() const { return m_statement != nullptr; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    const char *text(int column) const {
        return reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    }
    int size(int column) const { return sqlite3_column_bytes(m_statement, column); }
    QString string(int column) const { return QString::fromUtf8(text(column), size(column)); }

private:
    sqlite3_stmt *m_statement = nullptr;
};

// Per document a list of numbers, from (document, number) pairs in any order.
void toLists(std::vector<std::pair<std::int32_t, std::uint16_t>> pairs, int documents,
             std::vector<std::uint32_t> *begin, std::vector<std::uint16_t> *values) {
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    begin->assign(size_t(documents) + 1, 0);
    for (const auto &[doc, value] : pairs)
        ++(*begin)[size_t(doc) + 1];
    for (size_t d = 0; d < size_t(documents); ++d)
        (*begin)[d + 1] += (*begin)[d];
    values->resize(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i)
        (*values)[i] = pairs[i].second;
}

// Each row's size in tokens, all columns, by rowid (docsize: a varint per column).
template <typename Stop>
bool readSizes(sqlite3 *handle, const char *sql, size_t rows, const Stop &stop,
               std::vector<std::uint32_t> *sizes) {
    Rows docsize(handle, sql);
    sizes->assign(rows, SearchFacetIndex::kUnknownSize);
    for (int row = 0; docsize.next(); ++row) {
        if (row % kAskEvery == 0 && stop())
            return false;
        const qint64 id = docsize.integer(0);
        if (id < 0 || id >= qint64(sizes->size()))
            continue;
        const auto *bytes = reinterpret_cast<const unsigned char *>(docsize.text(1));
        const int size = docsize.size(1);
        std::uint64_t total = 0, value = 0;
        for (int i = 0; i < size; ++i) {
            value = (value << 7) | (bytes[i] & 0x7f);
            if (!(bytes[i] & 0x80)) {
                total += value;
                value = 0;
            }
        }
        (*sizes)[size_t(id)] = std::uint32_t(std::min<std::uint64_t>(total, 0xfffffffe));
    }
    return docsize.valid();
}

} // namespace

QByteArray SearchFacetIndex::generationOf(const QSqlDatabase &db) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QByteArray generation;
    if (!q.exec(QStringLiteral("SELECT block FROM entry_fts_data WHERE id IN (1, 10) ORDER BY id")))
        return generation;
    while (q.next())
        generation += q.value(0).toByteArray() + '|';
    return generation;
}

std::shared_ptr<const SearchFacetIndex>
SearchFacetIndex::build(const QSqlDatabase &db, const std::function<bool()> &cancelled,
                        bool postings) {
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return nullptr;
    auto stop = [&] { return cancelled && cancelled(); };
    // One snapshot: the generation read with the rows it names.
    QSqlQuery tx(db);
    const bool inTransaction = tx.exec(QStringLiteral("BEGIN"));
    struct End {
        QSqlQuery *tx;
        bool open;
        ~End() {
            if (open)
                tx->exec(QStringLiteral("COMMIT"));
        }
    } end{&tx, inTransaction};
    auto index = std::make_shared<SearchFacetIndex>();
    index->m_generation = generationOf(db);
    if (index->m_generation.isEmpty())
        return nullptr;

    std::vector<qint64> rowids; // the documents' rowids in order: a document's dense number
    {
        Rows docs(handle, "SELECT doc, soort, substr(datum, 1, 4), datum FROM doc ORDER BY doc");
        Names soorten(&index->m_soortNames), years(&index->m_yearNames),
            datums(&index->m_datumNames);
        for (int row = 0; docs.next(); ++row) {
            if (row % kAskEvery == 0 && stop())
                return nullptr;
            rowids.push_back(docs.integer(0));
            index->m_soort.push_back(soorten.number(docs.text(1), docs.size(1), docs.string(1)));
            index->m_year.push_back(years.number(docs.text(2), docs.size(2), docs.string(2)));
            index->m_datum.push_back(datums.number(docs.text(3), docs.size(3), QString()));
        }
        if (!docs.valid() || soorten.full() || years.full() || datums.full())
            return nullptr;
    }
    const int documents = int(rowids.size());
    auto dense = [&](qint64 rowid) {
        const auto at = std::lower_bound(rowids.cbegin(), rowids.cend(), rowid);
        return at != rowids.cend() && *at == rowid ? std::int32_t(at - rowids.cbegin()) : -1;
    };
    {
        // The fracties of a document and of its question units share one numbering (lower
        // case), as the SQL counts them.
        Rows facets(handle, "SELECT doc, field, value, label FROM doc_facet WHERE field IN "
                            "('commissie', 'fractie')");
        Names commissies(&index->m_commissieNames), fracties(&index->m_fractieNames);
        std::vector<std::pair<std::int32_t, std::uint16_t>> commissie, fractie;
        for (int row = 0; facets.next(); ++row) {
            if (row % kAskEvery == 0 && stop())
                return nullptr;
            const std::int32_t doc = dense(facets.integer(0));
            if (doc < 0)
                continue;
            const bool isCommissie = facets.text(1)[0] == 'c';
            Names &names = isCommissie ? commissies : fracties;
            const std::uint16_t n = names.number(facets.text(2), facets.size(2), facets.string(3));
            if (n != 0)
                (isCommissie ? commissie : fractie).emplace_back(doc, n);
        }
        if (!facets.valid() || commissies.full())
            return nullptr;
        toLists(std::move(commissie), documents, &index->m_commissieBegin, &index->m_commissies);
        toLists(std::move(fractie), documents, &index->m_fractieBegin, &index->m_fracties);

        Rows entries(handle, "SELECT id, doc, status, fractie, part FROM entry ORDER BY id");
        Names statuses(&index->m_statusNames);
        for (int row = 0; entries.next(); ++row) {
            if (row % kAskEvery == 0 && stop())
                return nullptr;
            const qint64 id = entries.integer(0);
            // Entry ids follow the inserts; a gap larger than the entries themselves would make
            // the arrays mostly empty: count in SQL instead.
            if (id > 4 * qint64(row) + 1000000)
                return nullptr;
            if (qint64(index->m_entryDoc.size()) <= id) {
                index->m_entryDoc.resize(size_t(id) + 1, -1);
                index->m_entryExtra.resize(size_t(id) + 1, -1);
                index->m_entryPart.resize(size_t(id) + 1, 0xff);
            }
            index->m_entryDoc[size_t(id)] = dense(entries.integer(1));
            index->m_entryPart[size_t(id)] = std::uint8_t(entries.integer(4));
            if (entries.size(2) == 0 && entries.size(3) == 0)
                continue;
            Extra extra;
            extra.status = statuses.number(entries.text(2), entries.size(2), entries.string(2));
            const QString label = entries.string(3);
            const QByteArray lower = label.toLower().toUtf8();
            index->m_fractiesFoldAscii = index->m_fractiesFoldAscii && foldsAsSqlite(label);
            extra.fractie = fracties.number(lower.constData(), int(lower.size()), label);
            index->m_entryExtra[size_t(id)] = std::int32_t(index->m_extras.size());
            index->m_extras.push_back(extra);
        }
        if (!entries.valid() || statuses.full() || fracties.full())
            return nullptr;
    }
    // The docsize rows (a varint per column) of both FTS5 tables.
    if (!readSizes(handle, "SELECT id, sz FROM entry_fts_docsize", index->m_entryDoc.size(), stop,
                   &index->m_rowSize))
        return nullptr;
    Rows hasTrigram(handle, "SELECT 1 FROM sqlite_master WHERE name = 'entry_tri_docsize'");
    if (hasTrigram.next() && !readSizes(handle, "SELECT id, sz FROM entry_tri_docsize",
                                        index->m_entryDoc.size(), stop, &index->m_trigramRowSize))
        return nullptr;
    {
        Rows tags(handle, "SELECT entry, tag FROM entry_tag ORDER BY entry, tag");
        Names names(&index->m_tagNames);
        for (int row = 0; tags.next(); ++row) {
            if (row % kAskEvery == 0 && stop())
                return nullptr;
            const qint64 id = tags.integer(0);
            if (id < 0 || id >= qint64(index->m_entryDoc.size()))
                continue;
            std::int32_t &extra = index->m_entryExtra[size_t(id)];
            if (extra < 0) {
                extra = std::int32_t(index->m_extras.size());
                index->m_extras.push_back({});
            }
            Extra &e = index->m_extras[size_t(extra)];
            if (e.tagsBegin == e.tagsEnd)
                e.tagsBegin = e.tagsEnd = std::uint32_t(index->m_tags.size());
            // Rows come by entry: an entry's tags are consecutive.
            index->m_tags.push_back(names.number(tags.text(1), tags.size(1), tags.string(1)));
            e.tagsEnd = std::uint32_t(index->m_tags.size());
        }
        if (!tags.valid() || names.full())
            return nullptr;
    }
    index->m_sortedDocs = rowids.size();
    index->m_docRowid = std::move(rowids);
    // The frequent words' entries, from the same snapshot (without them, queries enumerate the
    // matches in FTS5).
    if (postings)
        index->m_postings = SearchTermPostings::build(db, cancelled);
    if (stop())
        return nullptr;
    return index;
}

std::shared_ptr<const SearchFacetIndex>
SearchFacetIndex::withPostings(const SearchFacetIndex &base, const QSqlDatabase &db,
                               const std::function<bool()> &cancelled) {
    if (generationOf(db) != base.m_generation)
        return nullptr;
    auto postings = SearchTermPostings::build(db, cancelled);
    if (!postings)
        return nullptr;
    auto index = std::make_shared<SearchFacetIndex>(base);
    index->m_postings = std::move(postings);
    return index;
}

qint64 SearchFacetIndex::bytes() const {
    return qint64(m_docRowid.size() * 8 + m_entryDoc.size() * 4 + m_entryExtra.size() * 4 +
                  m_rowSize.size() * 4 + m_trigramRowSize.size() * 4 + m_extras.size() * 12 +
                  m_tags.size() * 2 + m_soort.size() * 4 + m_commissieBegin.size() * 4 +
                  m_fractieBegin.size() * 4 + m_commissies.size() * 2 + m_fracties.size() * 2) +
           (m_postings ? m_postings->bytes() : 0);
}

QList<SearchFacet> SearchFacetIndex::count(const std::vector<qint64> &entries,
                                           const std::vector<bool> &excluded,
                                           const std::function<bool()> &cancelled,
                                           bool *stopped) const {
    *stopped = false;
    const size_t documents = m_soort.size();
    std::vector<bool> hit(documents, false);
    // Facets of question units count each document once per value: (value, document) pairs.
    std::vector<std::pair<std::uint16_t, std::int32_t>> statuses, tags, fracties;
    std::vector<std::int32_t> docs;
    for (size_t i = 0; i < entries.size(); ++i) {
        if (i % kAskEvery == 0 && cancelled && cancelled()) {
            *stopped = true;
            return {};
        }
        const qint64 id = entries[i];
        const int doc = documentOf(id);
        if (doc < 0 || (!excluded.empty() && excluded[size_t(doc)]))
            continue;
        if (!hit[size_t(doc)]) {
            hit[size_t(doc)] = true;
            docs.push_back(doc);
        }
        const std::int32_t extra = m_entryExtra[size_t(id)];
        if (extra < 0)
            continue;
        const Extra &e = m_extras[size_t(extra)];
        if (e.status)
            statuses.emplace_back(e.status, doc);
        if (e.fractie)
            fracties.emplace_back(e.fractie, doc);
        for (auto t = e.tagsBegin; t < e.tagsEnd; ++t)
            tags.emplace_back(m_tags[t], doc);
    }
    std::vector<int> soort(size_t(m_soortNames.size()), 0), year(size_t(m_yearNames.size()), 0),
        commissie(size_t(m_commissieNames.size()), 0);
    for (const std::int32_t doc : docs) {
        ++soort[m_soort[size_t(doc)]];
        ++year[m_year[size_t(doc)]];
        for (auto c = m_commissieBegin[size_t(doc)]; c < m_commissieBegin[size_t(doc) + 1]; ++c)
            ++commissie[m_commissies[c]];
        for (auto f = m_fractieBegin[size_t(doc)]; f < m_fractieBegin[size_t(doc) + 1]; ++f)
            fracties.emplace_back(m_fracties[f], doc);
    }
    auto perDocument = [](std::vector<std::pair<std::uint16_t, std::int32_t>> &pairs, size_t n) {
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        std::vector<int> counts(n, 0);
        for (const auto &pair : pairs)
            ++counts[pair.first];
        return counts;
    };
    const QList<std::tuple<QString, std::vector<int>, const QList<std::pair<QString, QString>> *>>
        fields = {
            {QStringLiteral("soort"), soort, &m_soortNames},
            {QStringLiteral("commissie"), commissie, &m_commissieNames},
            {QStringLiteral("fractie"), perDocument(fracties, size_t(m_fractieNames.size())),
             &m_fractieNames},
            {QStringLiteral("datum"), year, &m_yearNames},
            {QStringLiteral("status"), perDocument(statuses, size_t(m_statusNames.size())),
             &m_statusNames},
            {QStringLiteral("tag"), perDocument(tags, size_t(m_tagNames.size())), &m_tagNames},
        };
    QList<SearchFacet> facets;
    for (const auto &[field, counts, names] : fields) {
        std::vector<int> order;
        for (size_t n = 1; n < counts.size(); ++n) {
            if (counts[n] > 0)
                order.push_back(int(n));
        }
        // Most documents first, then by label (as the SQL's ORDER BY 3 DESC, 2).
        const auto firstOf = [&](int a, int b) {
            if (counts[size_t(a)] != counts[size_t(b)])
                return counts[size_t(a)] > counts[size_t(b)];
            return names->at(a).second < names->at(b).second;
        };
        const auto shown = std::min<size_t>(order.size(), kPerField);
        std::partial_sort(order.begin(), order.begin() + qsizetype(shown), order.end(), firstOf);
        for (size_t i = 0; i < shown; ++i) {
            const auto &[value, label] = names->at(order[i]);
            facets.append({field, value, label, counts[size_t(order[i])]});
        }
    }
    return facets;
}

} // namespace overleg
