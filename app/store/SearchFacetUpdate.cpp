// SearchFacetIndex::updated: a facet index that follows a small change of the search index by
// reading the touched documents again, so a note, a tag or a newly indexed document costs a copy
// of the arrays (tens of milliseconds at 1,000,000 documents) instead of a build (seconds).

#include "SearchFacetIndex.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <unordered_set>

namespace overleg {

namespace {

// As the build numbers a field's values (SearchFacetIndex.cpp, Names): 0 for an empty value,
// 1 upward in the order first seen; found again by value. Fewer than 65,536 values per field.
class Numbering {
public:
    explicit Numbering(QList<std::pair<QString, QString>> *names)
        : m_names(names) {}
    std::uint16_t number(const QString &value, const QString &label) {
        if (value.isEmpty())
            return 0;
        for (qsizetype n = 1; n < m_names->size(); ++n) {
            if (m_names->at(n).first == value)
                return std::uint16_t(n);
        }
        if (m_names->size() > 65535) {
            m_full = true;
            return 0;
        }
        m_names->append({value, label});
        return std::uint16_t(m_names->size() - 1);
    }
    bool full() const { return m_full; }

private:
    QList<std::pair<QString, QString>> *m_names;
    bool m_full = false;
};

// A docsize row (a varint per column) as the entry's size in tokens, all columns.
std::uint32_t sizeOf(const QByteArray &bytes) {
    std::uint64_t total = 0, value = 0;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        value = (value << 7) | (byte & 0x7f);
        if (!(byte & 0x80)) {
            total += value;
            value = 0;
        }
    }
    return std::uint32_t(std::min<std::uint64_t>(total, 0xfffffffe));
}

// Replaces the lists of the documents in `lists` (begin/values, as the build lays them out:
// per document its numbers sorted, without repeats); documents past the end are appended.
void replaceLists(std::vector<std::uint32_t> *begin, std::vector<std::uint16_t> *values,
                  size_t documents, const std::vector<std::vector<std::uint16_t>> &lists,
                  const std::vector<std::int32_t> &which) {
    std::vector<const std::vector<std::uint16_t> *> replaced(documents, nullptr);
    for (size_t i = 0; i < which.size(); ++i)
        replaced[size_t(which[i])] = &lists[i];
    std::vector<std::uint32_t> nextBegin(documents + 1, 0);
    std::vector<std::uint16_t> nextValues;
    nextValues.reserve(values->size() + 16);
    const size_t old = begin->size() - 1;
    for (size_t d = 0; d < documents; ++d) {
        nextBegin[d] = std::uint32_t(nextValues.size());
        if (replaced[d])
            nextValues.insert(nextValues.end(), replaced[d]->cbegin(), replaced[d]->cend());
        else if (d < old)
            nextValues.insert(nextValues.end(), values->cbegin() + (*begin)[d],
                              values->cbegin() + (*begin)[d + 1]);
    }
    nextBegin[documents] = std::uint32_t(nextValues.size());
    *begin = std::move(nextBegin);
    *values = std::move(nextValues);
}

} // namespace

std::int32_t SearchFacetIndex::denseOf(qint64 rowid) const {
    const auto sortedEnd = m_docRowid.cbegin() + qsizetype(m_sortedDocs);
    const auto at = std::lower_bound(m_docRowid.cbegin(), sortedEnd, rowid);
    if (at != sortedEnd && *at == rowid)
        return std::int32_t(at - m_docRowid.cbegin());
    const auto appended = std::find(sortedEnd, m_docRowid.cend(), rowid);
    return appended != m_docRowid.cend() ? std::int32_t(appended - m_docRowid.cbegin()) : -1;
}

std::shared_ptr<const SearchFacetIndex> SearchFacetIndex::updated(const SearchFacetIndex &base,
                                                                  const QSqlDatabase &db,
                                                                  const QByteArray &generation,
                                                                  const std::vector<qint64> &docs) {
    auto index = std::make_shared<SearchFacetIndex>(base);
    index->m_generation = generation;
    Numbering soorten(&index->m_soortNames), years(&index->m_yearNames),
        datums(&index->m_datumNames), commissies(&index->m_commissieNames),
        fracties(&index->m_fractieNames), statuses(&index->m_statusNames),
        tagNames(&index->m_tagNames);

    // The documents' numbers, new ones appended.
    std::vector<std::int32_t> dense;
    for (const qint64 rowid : docs) {
        std::int32_t d = index->denseOf(rowid);
        if (d < 0) {
            d = std::int32_t(index->m_docRowid.size());
            index->m_docRowid.push_back(rowid);
            index->m_soort.push_back(0);
            index->m_year.push_back(0);
            index->m_datum.push_back(0);
        }
        if (std::find(dense.cbegin(), dense.cend(), d) == dense.cend())
            dense.push_back(d);
    }
    std::vector<qint64> rowids;
    for (const std::int32_t d : dense)
        rowids.push_back(index->m_docRowid[size_t(d)]);

    // Their entries as they were: forgotten (a document gone keeps its number, empty).
    const std::unordered_set<std::int32_t> touched(dense.cbegin(), dense.cend());
    std::vector<std::int64_t> gone, added; // their entries' ids before and now
    for (size_t id = 0; id < index->m_entryDoc.size(); ++id) {
        if (index->m_entryDoc[id] >= 0 && touched.count(index->m_entryDoc[id])) {
            gone.push_back(std::int64_t(id));
            index->m_entryDoc[id] = -1;
            index->m_entryExtra[id] = -1;
            index->m_entryPart[id] = 0xff;
            index->m_rowSize[id] = kUnknownSize;
            if (!index->m_trigramRowSize.empty())
                index->m_trigramRowSize[id] = kUnknownSize;
        }
    }

    QSqlQuery doc(db), facets(db), entries(db), tags(db), size(db), trigramSize(db);
    for (QSqlQuery *q : {&doc, &facets, &entries, &tags, &size, &trigramSize})
        q->setForwardOnly(true);
    const bool prepared =
        doc.prepare(QStringLiteral("SELECT soort, substr(datum, 1, 4), datum FROM doc WHERE doc "
                                   "= ?")) &&
        facets.prepare(QStringLiteral("SELECT field, value, label FROM doc_facet WHERE doc = ? "
                                      "AND field IN ('commissie', 'fractie')")) &&
        entries.prepare(QStringLiteral("SELECT id, status, fractie, part FROM entry WHERE doc = "
                                       "? ORDER BY id")) &&
        tags.prepare(QStringLiteral("SELECT tag FROM entry_tag WHERE entry = ? ORDER BY tag")) &&
        size.prepare(QStringLiteral("SELECT sz FROM entry_fts_docsize WHERE id = ?")) &&
        (index->m_trigramRowSize.empty() ||
         trigramSize.prepare(QStringLiteral("SELECT sz FROM entry_tri_docsize WHERE id = ?")));
    if (!prepared)
        return nullptr;

    std::vector<std::vector<std::uint16_t>> commissieLists(dense.size()),
        fractieLists(dense.size());
    for (size_t i = 0; i < dense.size(); ++i) {
        const auto d = size_t(dense[i]);
        const qint64 rowid = rowids[i];
        doc.addBindValue(rowid);
        if (!doc.exec())
            return nullptr;
        const bool present = doc.next();
        index->m_soort[d] =
            present ? soorten.number(doc.value(0).toString(), doc.value(0).toString()) : 0;
        index->m_year[d] =
            present ? years.number(doc.value(1).toString(), doc.value(1).toString()) : 0;
        index->m_datum[d] = present ? datums.number(doc.value(2).toString(), QString()) : 0;
        doc.finish();

        facets.addBindValue(rowid);
        if (!facets.exec())
            return nullptr;
        while (facets.next()) {
            const bool isCommissie = facets.value(0).toString() == QLatin1String("commissie");
            const std::uint16_t n =
                (isCommissie ? commissies : fracties)
                    .number(facets.value(1).toString(), facets.value(2).toString());
            if (n != 0)
                (isCommissie ? commissieLists : fractieLists)[i].push_back(n);
        }
        for (auto *list : {&commissieLists[i], &fractieLists[i]}) {
            std::sort(list->begin(), list->end());
            list->erase(std::unique(list->begin(), list->end()), list->end());
        }

        entries.addBindValue(rowid);
        if (!entries.exec())
            return nullptr;
        while (entries.next()) {
            const qint64 id = entries.value(0).toLongLong();
            if (id < 0 || id > qint64(index->m_entryDoc.size()) + 1000000)
                return nullptr; // far past the arrays: a build lays them out anew
            if (qint64(index->m_entryDoc.size()) <= id) {
                index->m_entryDoc.resize(size_t(id) + 1, -1);
                index->m_entryExtra.resize(size_t(id) + 1, -1);
                index->m_entryPart.resize(size_t(id) + 1, 0xff);
                index->m_rowSize.resize(size_t(id) + 1, kUnknownSize);
                if (!index->m_trigramRowSize.empty())
                    index->m_trigramRowSize.resize(size_t(id) + 1, kUnknownSize);
            }
            const auto e = size_t(id);
            added.push_back(id);
            index->m_entryDoc[e] = std::int32_t(d);
            index->m_entryPart[e] = std::uint8_t(entries.value(3).toInt());
            for (auto [query, sizes] : {std::pair{&size, &index->m_rowSize},
                                        std::pair{&trigramSize, &index->m_trigramRowSize}}) {
                if (sizes->empty())
                    continue;
                query->addBindValue(id);
                if (!query->exec())
                    return nullptr;
                if (query->next())
                    (*sizes)[e] = sizeOf(query->value(0).toByteArray());
                query->finish();
            }
            Extra extra;
            const QString status = entries.value(1).toString();
            const QString label = entries.value(2).toString();
            extra.status = statuses.number(status, status);
            extra.fractie = fracties.number(label.toLower(), label);
            index->m_fractiesFoldAscii = index->m_fractiesFoldAscii && foldsAsSqlite(label);
            tags.addBindValue(id);
            if (!tags.exec())
                return nullptr;
            extra.tagsBegin = std::uint32_t(index->m_tags.size());
            while (tags.next()) {
                const QString tag = tags.value(0).toString();
                index->m_tags.push_back(tagNames.number(tag, tag));
            }
            extra.tagsEnd = std::uint32_t(index->m_tags.size());
            if (status.isEmpty() && label.isEmpty() && extra.tagsBegin == extra.tagsEnd)
                continue;
            index->m_entryExtra[e] = std::int32_t(index->m_extras.size());
            index->m_extras.push_back(extra);
        }
    }
    if (soorten.full() || years.full() || datums.full() || commissies.full() || fracties.full() ||
        statuses.full() || tagNames.full())
        return nullptr;
    const size_t documents = index->m_soort.size();
    replaceLists(&index->m_commissieBegin, &index->m_commissies, documents, commissieLists, dense);
    replaceLists(&index->m_fractieBegin, &index->m_fracties, documents, fractieLists, dense);
    if (base.m_postings) {
        std::sort(added.begin(), added.end());
        index->m_postings = SearchTermPostings::updated(*base.m_postings, db, gone, added);
    }
    return index;
}

} // namespace overleg
