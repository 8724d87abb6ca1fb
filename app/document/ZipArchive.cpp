#include "ZipArchive.h"

#include <QtEndian>

#include <zlib.h>

namespace overleg {

namespace {

quint16 u16(const QByteArray &d, qsizetype at) {
    return qFromLittleEndian<quint16>(d.constData() + at);
}
quint32 u32(const QByteArray &d, qsizetype at) {
    return qFromLittleEndian<quint32>(d.constData() + at);
}

} // namespace

ZipArchive::ZipArchive(QByteArray data)
    : m_data(std::move(data)) {
    // The end-of-central-directory record sits in the last 22 + 65535 bytes.
    const qsizetype size = m_data.size();
    if (size < 22)
        return;
    qsizetype eocd = -1;
    for (qsizetype i = size - 22; i >= 0 && i >= size - 22 - 65535; --i) {
        if (u32(m_data, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return;
    const quint16 count = u16(m_data, eocd + 10);
    qsizetype pos = u32(m_data, eocd + 16);
    for (quint16 n = 0; n < count; ++n) {
        if (pos < 0 || pos + 46 > size || u32(m_data, pos) != 0x02014b50)
            return;
        Entry e;
        e.method = u16(m_data, pos + 10);
        e.compressedSize = u32(m_data, pos + 20);
        e.uncompressedSize = u32(m_data, pos + 24);
        const quint16 nameLength = u16(m_data, pos + 28);
        const quint16 extraLength = u16(m_data, pos + 30);
        const quint16 commentLength = u16(m_data, pos + 32);
        e.localHeaderOffset = u32(m_data, pos + 42);
        if (pos + 46 + nameLength > size)
            return;
        const QString name = QString::fromUtf8(m_data.constData() + pos + 46, nameLength);
        m_entries.insert(name, e);
        pos += 46 + nameLength + extraLength + commentLength;
    }
    m_valid = true;
}

QByteArray ZipArchive::read(const QString &name, ReadError *error) const {
    auto failed = [error](ReadError why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (error)
        *error = ReadError::None;
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return failed(ReadError::Missing);
    const Entry &e = *it;
    const qsizetype header = e.localHeaderOffset;
    if (header + 30 > m_data.size() || u32(m_data, header) != 0x04034b50)
        return failed(ReadError::Damaged);
    const qsizetype start = header + 30 + u16(m_data, header + 26) + u16(m_data, header + 28);
    if (start + qsizetype(e.compressedSize) > m_data.size())
        return failed(ReadError::Damaged);
    // Refused from the declared size, before any memory is spent on it.
    if (e.uncompressedSize > kMaxMemberSize ||
        m_expanded + qint64(e.uncompressedSize) > kMaxZipExpandedTotal)
        return failed(ReadError::TooLarge);
    m_expanded += e.uncompressedSize;

    if (e.method == 0) {
        if (e.compressedSize != e.uncompressedSize)
            return failed(ReadError::Damaged);
        return m_data.mid(start, e.compressedSize);
    }
    if (e.method != 8)
        return failed(ReadError::Damaged);

    QByteArray out;
    out.resize(qsizetype(e.uncompressedSize));
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return failed(ReadError::Damaged);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_data.constData() + start));
    stream.avail_in = e.compressedSize;
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = e.uncompressedSize;
    const int rc = inflate(&stream, Z_FINISH);
    const uLong produced = stream.total_out;
    inflateEnd(&stream);
    // A member that inflates past its declared size stops there (Z_BUF_ERROR): it is damaged.
    if (rc != Z_STREAM_END || produced != e.uncompressedSize)
        return failed(ReadError::Damaged);
    return out;
}

} // namespace overleg
