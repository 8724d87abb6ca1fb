// FilterIndex kept on disk: written after a build, read when the window opens so the filter is
// answered from memory within a fraction of a second instead of after a rebuild of seconds.
#include "FilterIndex.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cstring>

namespace overleg {

namespace {

constexpr char kMagic[8] = {'O', 'V', 'L', 'G', 'F', 'I', 'D', 'X'};
// Raise when the layout below or the meaning of a field changes: older files are rebuilt.
constexpr std::uint32_t kVersion = 2; // 2: positions of 64 bits (with gaps)
// Written as the machine holds it: a file from a machine of the other byte order is refused.
constexpr std::uint32_t kByteOrder = 0x01020304;

class Writer {
public:
    explicit Writer(QSaveFile &file)
        : m_file(file) {}
    void raw(const void *data, std::size_t size) {
        if (m_ok && size > 0)
            m_ok = m_file.write(static_cast<const char *>(data), qint64(size)) == qint64(size);
    }
    void u64(std::uint64_t value) { raw(&value, sizeof value); }
    template <typename T> void array(const std::vector<T> &values) {
        u64(values.size());
        raw(values.data(), values.size() * sizeof(T));
    }
    void bytes(const QByteArray &values) {
        u64(std::uint64_t(values.size()));
        raw(values.constData(), std::size_t(values.size()));
    }
    bool ok() const { return m_ok; }

private:
    QSaveFile &m_file;
    bool m_ok = true;
};

class Reader {
public:
    explicit Reader(QFile &file)
        : m_file(file)
        , m_left(std::uint64_t(file.size())) {}
    bool raw(void *data, std::size_t size) {
        if (!m_ok || size > m_left)
            return m_ok = false;
        if (size > 0)
            m_ok = m_file.read(static_cast<char *>(data), qint64(size)) == qint64(size);
        m_left -= size;
        return m_ok;
    }
    std::uint64_t u64() {
        std::uint64_t value = 0;
        raw(&value, sizeof value);
        return value;
    }
    // A count is checked against what is left of the file before anything is allocated, so a
    // damaged file cannot ask for gigabytes.
    template <typename T> void array(std::vector<T> &values) {
        const std::uint64_t count = u64();
        if (!m_ok || count > m_left / sizeof(T)) {
            m_ok = false;
            return;
        }
        values.resize(std::size_t(count));
        raw(values.data(), values.size() * sizeof(T));
    }
    void bytes(QByteArray &values) {
        const std::uint64_t count = u64();
        if (!m_ok || count > m_left) {
            m_ok = false;
            return;
        }
        values.resize(qsizetype(count));
        raw(values.data(), std::size_t(count));
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_left == 0; }

private:
    QFile &m_file;
    std::uint64_t m_left;
    bool m_ok = true;
};

} // namespace

QString FilterIndex::fileFor(const QString &databasePath) {
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return {};
    return databasePath + QLatin1String(".filterindex");
}

bool FilterIndex::save(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    Writer w(file);
    w.raw(kMagic, sizeof kMagic);
    w.u64(kVersion);
    w.u64(kByteOrder);
    w.bytes(m_generation.toUtf8());
    w.array(m_rowids);
    w.bytes(m_words);
    w.array(m_wordStart);
    w.array(m_postingStart);
    w.array(m_postings);
    w.array(m_bitsetOf);
    w.u64(m_bitsets.size());
    for (const auto &set : m_bitsets)
        w.array(set);
    w.bytes(m_numbers);
    w.array(m_numberStart);
    w.array(m_memberStart);
    w.array(m_memberNode);
    w.array(m_memberPosition);
    w.array(m_nodeNumbers);
    if (!w.ok() || !file.commit()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

std::unique_ptr<FilterIndex> FilterIndex::load(const QString &path, const QString &databasePath,
                                               QString *error) {
    if (!QFile::exists(path)) {
        if (error)
            *error = QStringLiteral("no kept file");
        return nullptr;
    }
    // Compared before the megabytes are read: a stale file costs one query.
    const QString current = currentGeneration(databasePath);
    if (current.isEmpty()) {
        if (error)
            *error = QStringLiteral("the library cannot be read");
        return nullptr;
    }
    return loadWritten(path, current, error);
}

std::unique_ptr<FilterIndex> FilterIndex::loadWritten(const QString &path, const QString &current,
                                                      QString *error) {
    auto fail = [&](const QString &why) -> std::unique_ptr<FilterIndex> {
        if (error)
            *error = why;
        return nullptr;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    Reader r(file);
    char magic[sizeof kMagic] = {};
    r.raw(magic, sizeof magic);
    if (!r.ok() || std::memcmp(magic, kMagic, sizeof kMagic) != 0 || r.u64() != kVersion ||
        r.u64() != kByteOrder)
        return fail(QStringLiteral("not a filter index of this version"));
    QByteArray generation;
    r.bytes(generation);
    // Each part of a generation ends in '/': a whole one starts with another only when equal.
    if (!r.ok() || current.isEmpty() || !QString::fromUtf8(generation).startsWith(current))
        return fail(QStringLiteral("stale: written for another state of the library"));

    std::unique_ptr<FilterIndex> index(new FilterIndex);
    index->m_generation = QString::fromUtf8(generation);
    r.array(index->m_rowids);
    r.bytes(index->m_words);
    r.array(index->m_wordStart);
    r.array(index->m_postingStart);
    r.array(index->m_postings);
    r.array(index->m_bitsetOf);
    const std::uint64_t bitsets = r.u64();
    if (!r.ok() || bitsets > index->m_bitsetOf.size())
        return fail(QStringLiteral("damaged"));
    index->m_bitsets.resize(std::size_t(bitsets));
    for (auto &set : index->m_bitsets)
        r.array(set);
    r.bytes(index->m_numbers);
    r.array(index->m_numberStart);
    r.array(index->m_memberStart);
    r.array(index->m_memberNode);
    r.array(index->m_memberPosition);
    r.array(index->m_nodeNumbers);
    if (!r.ok() || !r.atEnd() || !index->consistent())
        return fail(QStringLiteral("damaged"));
    for (char byte : std::as_const(index->m_numbers))
        index->m_numberBytes[static_cast<unsigned char>(byte)] = true;
    return index;
}

bool FilterIndex::consistent() const {
    const std::size_t documents = m_rowids.size();
    const std::size_t words = m_bitsetOf.size();
    const std::size_t bitWords = (documents + 63) / 64;
    auto ascendingWithin = [](const std::vector<std::uint32_t> &starts, std::size_t count,
                              std::size_t end) {
        if (starts.size() != count + 1 || starts.front() != 0 || starts.back() != end)
            return false;
        for (std::size_t i = 1; i < starts.size(); ++i) {
            if (starts[i] < starts[i - 1])
                return false;
        }
        return true;
    };
    if (!ascendingWithin(m_wordStart, words, std::size_t(m_words.size())) ||
        !ascendingWithin(m_postingStart, words, m_postings.size()) ||
        !ascendingWithin(m_numberStart, documents, std::size_t(m_numbers.size())) ||
        !ascendingWithin(m_memberStart, documents, m_memberNode.size()) ||
        m_memberPosition.size() != m_memberNode.size())
        return false;
    for (int set : m_bitsetOf) {
        if (set >= int(m_bitsets.size()))
            return false;
    }
    for (const auto &set : m_bitsets) {
        if (set.size() != bitWords)
            return false;
    }
    for (std::uint32_t doc : m_postings) {
        if (doc >= documents)
            return false;
    }
    for (std::uint32_t node : m_memberNode) {
        if (node >= m_nodeNumbers.size())
            return false;
    }
    return std::is_sorted(m_rowids.begin(), m_rowids.end()) &&
           std::is_sorted(m_nodeNumbers.begin(), m_nodeNumbers.end());
}

} // namespace overleg
