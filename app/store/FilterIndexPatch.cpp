// FilterIndex brought up to date for a change instead of built again (FilterIndex::patched),
// and the kept file that follows an incremental update of the derived tables.
#include "FilterIndexPatch.h"

#include "FilterIndex.h"
#include "FilterIndexSupport.h"
#include "core/Logging.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <unordered_map>

namespace overleg {

using namespace filterindex;

namespace {

struct Placed {
    std::uint32_t doc, node; // dense document, dense node
    qint64 position;
    bool operator<(const Placed &o) const { return doc != o.doc ? doc < o.doc : node < o.node; }
};

} // namespace

std::unique_ptr<FilterIndex> FilterIndex::patched(const QString &databasePath,
                                                  const QString &generation,
                                                  const std::vector<qint64> &documents,
                                                  const std::vector<qint64> &nodes,
                                                  QString *error) const {
    auto fail = [&](const QString &why) -> std::unique_ptr<FilterIndex> {
        if (error)
            *error = why;
        return nullptr;
    };
    Connection c;
    if (sqlite3_open_v2(databasePath.toUtf8().constData(), &c.db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(c.db)));
    // One snapshot for everything read, and the state the change led to.
    sqlite3_exec(c.db, "BEGIN", nullptr, nullptr, nullptr);
    if (generationOf(c.db) != generation)
        return fail(QStringLiteral("the library changed again"));

    std::unique_ptr<FilterIndex> p(new FilterIndex(*this));
    p->m_generation = generation;

    // The documents' places: a changed one keeps its own, a new one comes after the last (a
    // rowid below the largest that is not here cannot be placed without renumbering).
    std::vector<qint64> rowids = documents;
    std::sort(rowids.begin(), rowids.end());
    rowids.erase(std::unique(rowids.begin(), rowids.end()), rowids.end());
    std::vector<std::uint32_t> slots;
    for (qint64 rowid : rowids) {
        const auto it = std::lower_bound(p->m_rowids.begin(), p->m_rowids.end(), rowid);
        if (it != p->m_rowids.end() && *it == rowid) {
            slots.push_back(std::uint32_t(it - p->m_rowids.begin()));
        } else if (p->m_rowids.empty() || rowid > p->m_rowids.back()) {
            slots.push_back(std::uint32_t(p->m_rowids.size()));
            p->m_rowids.push_back(rowid);
        } else {
            return fail(QStringLiteral("a document came below the largest rowid"));
        }
    }
    const auto count = std::uint32_t(p->m_rowids.size());
    const std::size_t bitWords = (count + 63) / 64;
    std::vector<std::uint64_t> changed(bitWords, 0);
    for (std::uint32_t slot : slots)
        setBit(changed, slot);
    const auto isChanged = [&](std::uint32_t doc) { return (changed[doc / 64] >> (doc % 64)) & 1; };

    // The changed documents' words and numbers as they are now (none for a deleted one).
    std::unordered_map<std::string, std::uint32_t> vocabulary;
    vocabulary.reserve(p->m_bitsetOf.size());
    for (std::uint32_t w = 0; w + 1 < p->m_wordStart.size(); ++w)
        vocabulary.emplace(std::string(p->m_words.constData() + p->m_wordStart[w],
                                       p->m_wordStart[w + 1] - p->m_wordStart[w] - 1),
                           w);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> added; // word, document
    std::unordered_map<std::uint32_t, QByteArray> numbers;
    {
        Statement row(c.db, "SELECT soort, documentNummer, titel, onderwerp FROM document WHERE "
                            "rowid = ?");
        if (!row.stmt)
            return fail(QString::fromUtf8(sqlite3_errmsg(c.db)));
        std::string scratch;
        std::vector<std::uint32_t> words;
        for (std::size_t i = 0; i < rowids.size(); ++i) {
            sqlite3_bind_int64(row.stmt, 1, rowids[i]);
            if (sqlite3_step(row.stmt) == SQLITE_ROW) {
                numbers[slots[i]] = columnText(row.stmt, 1);
                words.clear();
                for (int column : {0, 2, 3}) {
                    forEachWord(columnText(row.stmt, column), scratch, [&](const std::string &w) {
                        const auto [it, isNew] =
                            vocabulary.try_emplace(w, std::uint32_t(vocabulary.size()));
                        if (isNew) {
                            p->m_words.append(w.data(), qsizetype(w.size()));
                            p->m_words += '\n';
                            p->m_wordStart.push_back(std::uint32_t(p->m_words.size()));
                            p->m_bitsetOf.push_back(-1);
                        }
                        words.push_back(it->second);
                    });
                }
                std::sort(words.begin(), words.end());
                words.erase(std::unique(words.begin(), words.end()), words.end());
                for (std::uint32_t w : words)
                    added.emplace_back(w, slots[i]);
            }
            sqlite3_reset(row.stmt);
        }
    }
    std::sort(added.begin(), added.end());

    // The documents of each word: the changed ones out, their words now in.
    const auto wordCount = std::uint32_t(p->m_bitsetOf.size());
    for (auto &set : p->m_bitsets) {
        set.resize(bitWords, 0);
        for (std::size_t i = 0; i < bitWords; ++i)
            set[i] &= ~changed[i];
    }
    std::vector<std::uint32_t> postingStart{0};
    std::vector<std::uint32_t> postings;
    postings.reserve(p->m_postings.size() + added.size());
    auto next = added.begin();
    for (std::uint32_t w = 0; w < wordCount; ++w) {
        const std::size_t first = postings.size();
        if (w + 1 < m_postingStart.size()) {
            for (std::uint32_t i = m_postingStart[w]; i < m_postingStart[w + 1]; ++i) {
                if (!isChanged(m_postings[i]))
                    postings.push_back(m_postings[i]);
            }
        }
        const std::size_t kept = postings.size();
        for (; next != added.end() && next->first == w; ++next) {
            if (p->m_bitsetOf[w] >= 0)
                setBit(p->m_bitsets[std::size_t(p->m_bitsetOf[w])], next->second);
            else
                postings.push_back(next->second);
        }
        std::inplace_merge(postings.begin() + qsizetype(first), postings.begin() + qsizetype(kept),
                           postings.end());
        postingStart.push_back(std::uint32_t(postings.size()));
    }
    p->m_postings = std::move(postings);
    p->m_postingStart = std::move(postingStart);

    // The numbers as one text again.
    p->m_numbers.clear();
    p->m_numberStart.clear();
    p->m_numbers.reserve(m_numbers.size() + qsizetype(numbers.size()) * 12);
    for (std::uint32_t d = 0; d < count; ++d) {
        p->m_numberStart.push_back(std::uint32_t(p->m_numbers.size()));
        if (isChanged(d)) {
            const auto it = numbers.find(d);
            if (it != numbers.end())
                p->m_numbers += it->second;
        } else {
            p->m_numbers.append(m_numbers.constData() + m_numberStart[d],
                                qsizetype(m_numberStart[d + 1] - m_numberStart[d] - 1));
        }
        p->m_numbers += '\n';
    }
    p->m_numberStart.push_back(std::uint32_t(p->m_numbers.size()));
    p->m_numberBytes.fill(false);
    for (char byte : std::as_const(p->m_numbers))
        p->m_numberBytes[static_cast<unsigned char>(byte)] = true;

    // Memberships: those of the changed documents, and every place under a node whose
    // positions moved, read again; the rest kept.
    auto denseDoc = [&](qint64 rowid) -> std::int64_t {
        const auto it = std::lower_bound(p->m_rowids.begin(), p->m_rowids.end(), rowid);
        return it != p->m_rowids.end() && *it == rowid ? it - p->m_rowids.begin() : -1;
    };
    struct Read {
        std::uint32_t doc;
        qint64 node;
        qint64 position;
    };
    std::vector<Read> reads;
    std::vector<qint64> sortedNodes = nodes;
    std::sort(sortedNodes.begin(), sortedNodes.end());
    {
        Statement byDoc(c.db, "SELECT node, position FROM nav_membership WHERE doc = ?");
        Statement byNode(c.db, "SELECT doc, position FROM nav_membership WHERE node = ?");
        if (!byDoc.stmt || !byNode.stmt)
            return fail(QString::fromUtf8(sqlite3_errmsg(c.db)));
        for (std::size_t i = 0; i < rowids.size(); ++i) {
            sqlite3_bind_int64(byDoc.stmt, 1, rowids[i]);
            while (sqlite3_step(byDoc.stmt) == SQLITE_ROW)
                reads.push_back({slots[i], sqlite3_column_int64(byDoc.stmt, 0),
                                 sqlite3_column_int64(byDoc.stmt, 1)});
            sqlite3_reset(byDoc.stmt);
        }
        for (qint64 number : sortedNodes) {
            sqlite3_bind_int64(byNode.stmt, 1, number);
            while (sqlite3_step(byNode.stmt) == SQLITE_ROW) {
                const std::int64_t doc = denseDoc(sqlite3_column_int64(byNode.stmt, 0));
                if (doc >= 0 && !isChanged(std::uint32_t(doc)))
                    reads.push_back(
                        {std::uint32_t(doc), number, sqlite3_column_int64(byNode.stmt, 1)});
            }
            sqlite3_reset(byNode.stmt);
        }
    }
    sqlite3_exec(c.db, "COMMIT", nullptr, nullptr, nullptr);

    // Nodes that had no documents when the index was read take their place among the others:
    // the kept memberships are numbered for the merged list.
    std::vector<qint64> merged = p->m_nodeNumbers;
    for (const Read &r : reads)
        merged.push_back(r.node);
    merged.insert(merged.end(), sortedNodes.begin(), sortedNodes.end());
    std::sort(merged.begin(), merged.end());
    merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
    auto denseNode = [&](qint64 node) {
        return std::uint32_t(std::lower_bound(merged.begin(), merged.end(), node) - merged.begin());
    };
    std::vector<std::uint32_t> remap(p->m_nodeNumbers.size());
    for (std::size_t n = 0; n < remap.size(); ++n)
        remap[n] = denseNode(p->m_nodeNumbers[n]);
    std::vector<std::uint8_t> renumbered(merged.size(), 0);
    for (qint64 number : sortedNodes)
        renumbered[denseNode(number)] = 1;
    std::vector<Placed> placed;
    placed.reserve(reads.size());
    for (const Read &r : reads)
        placed.push_back({r.doc, denseNode(r.node), r.position});
    reads = {};
    std::sort(placed.begin(), placed.end());
    p->m_nodeNumbers = std::move(merged);

    std::vector<std::uint32_t> memberStart{0};
    std::vector<std::uint32_t> memberNode;
    std::vector<qint64> memberPosition;
    memberNode.reserve(m_memberNode.size() + placed.size() / 8);
    memberPosition.reserve(memberNode.capacity());
    auto read = placed.begin();
    for (std::uint32_t d = 0; d < count; ++d) {
        // Kept: an unchanged document's places under nodes whose positions stayed.
        if (!isChanged(d) && d + 1 < m_memberStart.size()) {
            for (std::uint32_t m = m_memberStart[d]; m < m_memberStart[d + 1]; ++m) {
                const std::uint32_t node = remap[m_memberNode[m]];
                if (!renumbered[node]) {
                    memberNode.push_back(node);
                    memberPosition.push_back(m_memberPosition[m]);
                }
            }
        }
        for (; read != placed.end() && read->doc == d; ++read) {
            memberNode.push_back(read->node);
            memberPosition.push_back(read->position);
        }
        memberStart.push_back(std::uint32_t(memberNode.size()));
    }
    p->m_memberStart = std::move(memberStart);
    p->m_memberNode = std::move(memberNode);
    p->m_memberPosition = std::move(memberPosition);
    if (!p->consistent())
        return fail(QStringLiteral("the patched index does not hold together"));
    return p;
}

namespace FilterIndexPatch {

bool follow(const QString &databasePath, const NavigationUpdate::Outcome &outcome) {
    const QString file = FilterIndex::fileFor(databasePath);
    if (file.isEmpty() || !QFile::exists(file))
        return false;
    QElapsedTimer timer;
    timer.start();
    QString error;
    std::unique_ptr<FilterIndex> before =
        FilterIndex::loadWritten(file, outcome.generationBefore, &error);
    std::unique_ptr<FilterIndex> after =
        before ? before->patched(databasePath, outcome.generationAfter, outcome.documents,
                                 outcome.renumbered, &error)
               : nullptr;
    if (!after || !after->save(file, &error)) {
        qCInfo(lcStore) << "The kept filter index does not follow the change:" << error;
        QFile::remove(file); // stale: built again when the window asks for it
        return false;
    }
    qCInfo(lcStore) << "The kept filter index followed" << outcome.documents.size()
                    << "documents in" << timer.elapsed() << "ms";
    return true;
}

} // namespace FilterIndexPatch

} // namespace overleg
