#include "FilterIndex.h"

#include "FilterIndexSupport.h"

#include <QByteArrayView>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

namespace overleg {

using namespace filterindex;

QString FilterIndex::currentGeneration(const QString &databasePath) {
    Connection c;
    if (sqlite3_open_v2(databasePath.toUtf8().constData(), &c.db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        return {};
    return generationOf(c.db);
}

std::unique_ptr<FilterIndex> FilterIndex::build(const QString &path,
                                                const std::atomic<bool> &cancel, QString *error) {
    Connection c;
    auto fail = [&](const QString &why) -> std::unique_ptr<FilterIndex> {
        if (error)
            *error = why;
        return nullptr;
    };
    if (sqlite3_open_v2(path.toUtf8().constData(), &c.db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(c.db)));
    // One snapshot for everything read, so documents and memberships agree.
    sqlite3_exec(c.db, "BEGIN", nullptr, nullptr, nullptr);
    std::unique_ptr<FilterIndex> index(new FilterIndex);
    index->m_generation = generationOf(c.db);
    if (index->m_generation.isEmpty())
        return fail(QString::fromUtf8(sqlite3_errmsg(c.db)));

    // Words of every document, each document's distinct words in one forward list.
    std::unordered_map<std::string, std::uint32_t> vocabulary;
    std::vector<std::uint32_t> forward;
    std::vector<std::uint32_t> forwardStart;
    {
        Statement rows(c.db, "SELECT rowid, soort, documentNummer, titel, onderwerp FROM document "
                             "ORDER BY rowid");
        if (!rows.stmt)
            return fail(QString::fromUtf8(sqlite3_errmsg(c.db)));
        std::vector<std::uint32_t> words;
        std::string word;
        while (sqlite3_step(rows.stmt) == SQLITE_ROW) {
            if ((index->m_rowids.size() & 0xfff) == 0 && cancel.load())
                return nullptr;
            index->m_rowids.push_back(sqlite3_column_int64(rows.stmt, 0));
            index->m_numberStart.push_back(std::uint32_t(index->m_numbers.size()));
            index->m_numbers += columnText(rows.stmt, 2);
            index->m_numbers += '\n';
            forwardStart.push_back(std::uint32_t(forward.size()));
            words.clear();
            for (int column : {1, 3, 4}) {
                // The subject often repeats the title word for word: its words are in already.
                if (column == 4 &&
                    sqlite3_column_bytes(rows.stmt, 4) == sqlite3_column_bytes(rows.stmt, 3) &&
                    std::memcmp(sqlite3_column_blob(rows.stmt, 4),
                                sqlite3_column_blob(rows.stmt, 3),
                                size_t(sqlite3_column_bytes(rows.stmt, 3))) == 0)
                    continue;
                forEachWord(columnText(rows.stmt, column), word, [&](const std::string &w) {
                    const auto [it, added] =
                        vocabulary.try_emplace(w, std::uint32_t(vocabulary.size()));
                    words.push_back(it->second);
                });
            }
            std::sort(words.begin(), words.end());
            words.erase(std::unique(words.begin(), words.end()), words.end());
            forward.insert(forward.end(), words.begin(), words.end());
        }
        forwardStart.push_back(std::uint32_t(forward.size()));
        index->m_numberStart.push_back(std::uint32_t(index->m_numbers.size()));
    }
    for (char byte : std::as_const(index->m_numbers))
        index->m_numberBytes[static_cast<unsigned char>(byte)] = true;
    const auto documents = std::uint32_t(index->m_rowids.size());
    const std::size_t bitWords = (documents + 63) / 64;

    // The vocabulary as one text to search, and the documents of each word.
    const auto wordCount = std::uint32_t(vocabulary.size());
    std::vector<const std::string *> byId(wordCount);
    for (const auto &[word, id] : vocabulary)
        byId[id] = &word;
    for (const std::string *word : byId) {
        index->m_wordStart.push_back(std::uint32_t(index->m_words.size()));
        index->m_words.append(word->data(), qsizetype(word->size()));
        index->m_words += '\n';
    }
    index->m_wordStart.push_back(std::uint32_t(index->m_words.size()));
    vocabulary.clear();
    std::vector<std::uint32_t> counts(wordCount, 0);
    for (std::uint32_t word : forward)
        ++counts[word];
    index->m_bitsetOf.assign(wordCount, -1);
    index->m_postingStart.assign(wordCount + 1, 0);
    for (std::uint32_t w = 0; w < wordCount; ++w) {
        // A word in more than one document in 32 takes less room as a bitset.
        const bool dense = std::size_t(counts[w]) * 32 > documents;
        if (dense) {
            index->m_bitsetOf[w] = int(index->m_bitsets.size());
            index->m_bitsets.emplace_back(bitWords, 0);
        }
        index->m_postingStart[w + 1] = index->m_postingStart[w] + (dense ? 0 : counts[w]);
    }
    index->m_postings.resize(index->m_postingStart[wordCount]);
    std::vector<std::uint32_t> fill(index->m_postingStart.begin(), index->m_postingStart.end() - 1);
    for (std::uint32_t doc = 0; doc < documents; ++doc) {
        for (std::uint32_t i = forwardStart[doc]; i < forwardStart[doc + 1]; ++i) {
            const std::uint32_t w = forward[i];
            if (index->m_bitsetOf[w] >= 0)
                setBit(index->m_bitsets[size_t(index->m_bitsetOf[w])], doc);
            else
                index->m_postings[fill[w]++] = doc;
        }
    }
    forward = {};
    forwardStart = {};
    if (cancel.load())
        return nullptr;

    // Memberships: read in the table's order (node, doc), then grouped by document.
    struct Member {
        std::uint32_t doc, node;
        qint64 position;
    };
    std::vector<Member> members;
    {
        Statement rows(c.db, "SELECT node, doc, position FROM nav_membership ORDER BY node");
        if (!rows.stmt)
            return fail(QString::fromUtf8(sqlite3_errmsg(c.db)));
        const qint64 maxRowid = index->m_rowids.empty() ? 0 : index->m_rowids.back();
        // Rowids are dense in practice: a table from rowid to document, else a search.
        std::vector<std::uint32_t> direct;
        const bool useDirect = maxRowid < qint64(documents) * 4 + 1024;
        if (useDirect) {
            direct.assign(size_t(maxRowid + 1), UINT32_MAX);
            for (std::uint32_t d = 0; d < documents; ++d)
                direct[size_t(index->m_rowids[d])] = d;
        }
        qint64 lastNode = -1;
        while (sqlite3_step(rows.stmt) == SQLITE_ROW) {
            if ((members.size() & 0xffff) == 0 && cancel.load())
                return nullptr;
            const qint64 node = sqlite3_column_int64(rows.stmt, 0);
            const qint64 rowid = sqlite3_column_int64(rows.stmt, 1);
            std::uint32_t doc = UINT32_MAX;
            if (useDirect) {
                if (rowid >= 0 && rowid <= maxRowid)
                    doc = direct[size_t(rowid)];
            } else {
                const auto it =
                    std::lower_bound(index->m_rowids.begin(), index->m_rowids.end(), rowid);
                if (it != index->m_rowids.end() && *it == rowid)
                    doc = std::uint32_t(it - index->m_rowids.begin());
            }
            if (doc == UINT32_MAX)
                continue;
            if (node != lastNode) {
                index->m_nodeNumbers.push_back(node);
                lastNode = node;
            }
            members.push_back({doc, std::uint32_t(index->m_nodeNumbers.size() - 1),
                               sqlite3_column_int64(rows.stmt, 2)});
        }
    }
    sqlite3_exec(c.db, "COMMIT", nullptr, nullptr, nullptr);
    index->m_memberStart.assign(documents + 1, 0);
    for (const Member &m : members)
        ++index->m_memberStart[m.doc + 1];
    for (std::uint32_t d = 0; d < documents; ++d)
        index->m_memberStart[d + 1] += index->m_memberStart[d];
    index->m_memberNode.resize(members.size());
    index->m_memberPosition.resize(members.size());
    std::vector<std::uint32_t> at(index->m_memberStart.begin(), index->m_memberStart.end() - 1);
    for (const Member &m : members) {
        index->m_memberNode[at[m.doc]] = m.node;
        index->m_memberPosition[at[m.doc]++] = m.position;
    }
    return index;
}

namespace {

// Where `needle` occurs in `text` from `from` on, or -1 (glibc's memmem: several times faster
// than QByteArrayView::indexOf on megabytes).
qsizetype find(const QByteArray &text, const QByteArray &needle, qsizetype from) {
    if (from >= text.size())
        return -1;
    const void *hit = memmem(text.constData() + from, size_t(text.size() - from),
                             needle.constData(), size_t(needle.size()));
    return hit ? static_cast<const char *>(hit) - text.constData() : -1;
}

} // namespace

void FilterIndex::collectWord(const QByteArray &term, std::vector<std::uint64_t> &bits) const {
    // Every vocabulary word containing the term: a search of one text, each hit mapped to its
    // word by where it starts.
    qsizetype from = 0;
    while ((from = find(m_words, term, from)) >= 0) {
        const auto it =
            std::upper_bound(m_wordStart.begin(), m_wordStart.end(), std::uint32_t(from)) - 1;
        const auto word = std::uint32_t(it - m_wordStart.begin());
        if (m_bitsetOf[word] >= 0) {
            const auto &set = m_bitsets[size_t(m_bitsetOf[word])];
            for (std::size_t i = 0; i < bits.size(); ++i)
                bits[i] |= set[i];
        } else {
            for (std::uint32_t p = m_postingStart[word]; p < m_postingStart[word + 1]; ++p)
                setBit(bits, m_postings[p]);
        }
        from = qsizetype(*(it + 1)); // the next word
    }
    // Document numbers: one text too, each hit mapped to its document. Numbers are written
    // with a few characters only: a term with any other cannot be among them, and the
    // megabytes are not searched.
    if (std::any_of(term.begin(), term.end(),
                    [&](char c) { return !m_numberBytes[static_cast<unsigned char>(c)]; }))
        return;
    from = 0;
    while ((from = find(m_numbers, term, from)) >= 0) {
        const auto it =
            std::upper_bound(m_numberStart.begin(), m_numberStart.end(), std::uint32_t(from)) - 1;
        setBit(bits, std::uint32_t(it - m_numberStart.begin()));
        from = qsizetype(*(it + 1));
    }
}

std::optional<FilterIndex::Matches> FilterIndex::match(const QString &filter) const {
    QList<QByteArray> terms;
    bool anyLong = false;
    for (const QString &word : filter.simplified().split(u' ', Qt::SkipEmptyParts)) {
        const QByteArray term = word.toLower().toUtf8();
        if (std::any_of(term.begin(), term.end(), [](char c) { return isBreak(uchar(c)); }))
            return std::nullopt;
        anyLong = anyLong || word.size() >= 3;
        terms << term;
    }
    Matches result;
    const std::size_t bitWords = (m_rowids.size() + 63) / 64;
    if (!anyLong)
        return result; // short words alone narrow the names only, as the trigram filter does
    result.bits.assign(bitWords, ~std::uint64_t(0));
    if (m_rowids.size() % 64)
        result.bits.back() = (std::uint64_t(1) << (m_rowids.size() % 64)) - 1;
    std::vector<std::uint64_t> word(bitWords);
    for (const QByteArray &term : terms) {
        std::fill(word.begin(), word.end(), 0);
        collectWord(term, word);
        for (std::size_t i = 0; i < bitWords; ++i)
            result.bits[i] &= word[i];
    }
    std::vector<int> perNode(m_nodeNumbers.size(), 0);
    for (std::size_t i = 0; i < bitWords; ++i) {
        for (std::uint64_t w = result.bits[i]; w; w &= w - 1) {
            const auto doc = std::uint32_t(i * 64 + std::size_t(__builtin_ctzll(w)));
            result.docs.push_back(doc);
            for (std::uint32_t m = m_memberStart[doc]; m < m_memberStart[doc + 1]; ++m)
                ++perNode[m_memberNode[m]];
        }
    }
    for (std::size_t n = 0; n < perNode.size(); ++n) {
        if (perNode[n] > 0)
            result.perNode.insert(m_nodeNumbers[n], perNode[n]);
    }
    return result;
}

bool FilterIndex::contains(const Matches &matches, qint64 rowid) const {
    const auto it = std::lower_bound(m_rowids.begin(), m_rowids.end(), rowid);
    if (it == m_rowids.end() || *it != rowid || matches.bits.empty())
        return false;
    const auto doc = std::size_t(it - m_rowids.begin());
    return (matches.bits[doc / 64] >> (doc % 64)) & 1;
}

std::vector<qint64> FilterIndex::page(const Matches &matches, qint64 node, int offset,
                                      int limit) const {
    const auto found = std::lower_bound(m_nodeNumbers.begin(), m_nodeNumbers.end(), node);
    if (found == m_nodeNumbers.end() || *found != node)
        return {};
    const auto dense = std::uint32_t(found - m_nodeNumbers.begin());
    std::vector<std::pair<qint64, std::uint32_t>> placed; // position, document
    for (std::uint32_t doc : matches.docs) {
        for (std::uint32_t m = m_memberStart[doc]; m < m_memberStart[doc + 1]; ++m) {
            if (m_memberNode[m] == dense)
                placed.emplace_back(m_memberPosition[m], doc);
        }
    }
    const std::size_t begin = std::min(placed.size(), std::size_t(std::max(0, offset)));
    const std::size_t end =
        limit < 0 ? placed.size() : std::min(placed.size(), begin + std::size_t(limit));
    std::partial_sort(placed.begin(), placed.begin() + qsizetype(end), placed.end());
    std::vector<qint64> rowids;
    for (std::size_t i = begin; i < end; ++i)
        rowids.push_back(m_rowids[placed[i].second]);
    return rowids;
}

namespace {

// Whether the dense document `doc` hangs under the dense node `dense`.
bool isUnder(const std::vector<std::uint32_t> &memberStart,
             const std::vector<std::uint32_t> &memberNode, std::uint32_t doc, std::uint32_t dense) {
    for (std::uint32_t m = memberStart[doc]; m < memberStart[doc + 1]; ++m) {
        if (memberNode[m] == dense)
            return true;
    }
    return false;
}

} // namespace

std::vector<qint64> FilterIndex::documentsUnder(qint64 node,
                                                const std::vector<qint64> &among) const {
    std::vector<qint64> rowids;
    const auto found = std::lower_bound(m_nodeNumbers.begin(), m_nodeNumbers.end(), node);
    if (found == m_nodeNumbers.end() || *found != node)
        return rowids;
    const auto dense = std::uint32_t(found - m_nodeNumbers.begin());
    auto from = m_rowids.begin();
    for (qint64 rowid : among) {
        from = std::lower_bound(from, m_rowids.end(), rowid); // both ascending
        if (from == m_rowids.end())
            break;
        if (*from == rowid &&
            isUnder(m_memberStart, m_memberNode, std::uint32_t(from - m_rowids.begin()), dense))
            rowids.push_back(rowid);
    }
    return rowids;
}

std::vector<qint64> FilterIndex::documentsUnder(qint64 node, const Matches *matches) const {
    std::vector<qint64> rowids;
    const auto found = std::lower_bound(m_nodeNumbers.begin(), m_nodeNumbers.end(), node);
    if (found == m_nodeNumbers.end() || *found != node)
        return rowids;
    const auto dense = std::uint32_t(found - m_nodeNumbers.begin());
    const auto under = [&](std::uint32_t doc) {
        return isUnder(m_memberStart, m_memberNode, doc, dense);
    };
    if (matches) {
        for (std::uint32_t doc : matches->docs) {
            if (under(doc))
                rowids.push_back(m_rowids[doc]);
        }
    } else {
        // Along the memberships' nodes (one array, read in order) rather than document by
        // document; a hit's document is found by moving on through where each document's
        // memberships start (in order too), not by a search per hit.
        std::size_t doc = 0;
        for (std::size_t m = 0; m < m_memberNode.size(); ++m) {
            if (m_memberNode[m] != dense)
                continue;
            while (m_memberStart[doc + 1] <= m)
                ++doc;
            rowids.push_back(m_rowids[doc]);
        }
    }
    return rowids;
}

std::size_t FilterIndex::memoryBytes() const {
    auto bytes = [](const auto &v) { return v.capacity() * sizeof(v[0]); };
    std::size_t total = bytes(m_rowids) + std::size_t(m_words.capacity()) + bytes(m_wordStart) +
                        bytes(m_postingStart) + bytes(m_postings) + bytes(m_bitsetOf) +
                        std::size_t(m_numbers.capacity()) + bytes(m_numberStart) +
                        bytes(m_memberStart) + bytes(m_memberNode) + bytes(m_memberPosition) +
                        bytes(m_nodeNumbers);
    for (const auto &set : m_bitsets)
        total += bytes(set);
    return total;
}

} // namespace overleg
