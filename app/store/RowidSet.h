#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace overleg {

// A set of document rowids as a bitset: the navigation filter's matches as the tree tests
// them in memory (the open questions of a filter, the user's imports), whether they came from
// the filter index or from the trigram index on a thread of its own. At a million documents
// it takes 125 kB and a test is one shift, where copying 65,000 matches into SQLite took 12 ms.
class RowidSet {
public:
    void insert(qint64 rowid) {
        if (rowid < 0)
            return;
        const auto word = std::size_t(rowid) / 64;
        if (word >= m_bits.size())
            m_bits.resize(word + 1);
        const std::uint64_t bit = std::uint64_t(1) << (std::size_t(rowid) % 64);
        if (!(m_bits[word] & bit))
            ++m_size;
        m_bits[word] |= bit;
    }
    bool contains(qint64 rowid) const {
        if (rowid < 0)
            return false;
        const auto word = std::size_t(rowid) / 64;
        return word < m_bits.size() && ((m_bits[word] >> (std::size_t(rowid) % 64)) & 1);
    }
    std::size_t size() const { return m_size; }
    // Room for rowids up to `largest` at once, rather than growing while inserting.
    void reserveUpTo(qint64 largest) {
        if (largest >= 0)
            m_bits.resize(std::max(m_bits.size(), std::size_t(largest) / 64 + 1));
    }

private:
    std::vector<std::uint64_t> m_bits;
    std::size_t m_size = 0;
};

} // namespace overleg
