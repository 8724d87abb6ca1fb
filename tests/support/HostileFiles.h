#pragma once

// Hostile documents built in the test itself: ZIP containers (ODT, DOCX) with crafted members,
// among them zip bombs, so no large or dangerous file needs to live in tests/data.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QtEndian>

#include <zlib.h>

namespace overleg::test {

struct ZipMember {
    QByteArray name;
    QByteArray data;
    bool deflate = true;
};

// Raw deflate (as ZIP stores it) of data, at the fastest level: a bomb of repeated bytes still
// compresses about 1000:1.
inline QByteArray rawDeflate(const QByteArray &data) {
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate failed");
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

inline void putU16(QByteArray &out, quint16 v) {
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
inline void putU32(QByteArray &out, quint32 v) {
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// A ZIP archive of the members, with honest headers unless declaredSize overrides every
// member's uncompressed size in the central directory (a lying archive).
inline QByteArray makeZip(const QList<ZipMember> &members, qint64 declaredSize = -1) {
    QByteArray out, central;
    for (const ZipMember &m : members) {
        const QByteArray stored = m.deflate ? rawDeflate(m.data) : m.data;
        const quint32 crc = quint32(
            crc32(0L, reinterpret_cast<const Bytef *>(m.data.constData()), uInt(m.data.size())));
        const quint32 size = declaredSize >= 0 ? quint32(declaredSize) : quint32(m.data.size());
        const quint32 offset = quint32(out.size());
        putU32(out, 0x04034b50);
        putU16(out, 20);
        putU16(out, 0);
        putU16(out, m.deflate ? 8 : 0);
        putU32(out, 0); // time, date
        putU32(out, crc);
        putU32(out, quint32(stored.size()));
        putU32(out, size);
        putU16(out, quint16(m.name.size()));
        putU16(out, 0);
        out += m.name;
        out += stored;

        putU32(central, 0x02014b50);
        putU16(central, 20);
        putU16(central, 20);
        putU16(central, 0);
        putU16(central, m.deflate ? 8 : 0);
        putU32(central, 0);
        putU32(central, crc);
        putU32(central, quint32(stored.size()));
        putU32(central, size);
        putU16(central, quint16(m.name.size()));
        putU16(central, 0);
        putU16(central, 0);
        putU16(central, 0);
        putU16(central, 0);
        putU32(central, 0);
        putU32(central, offset);
        central += m.name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    putU32(out, 0x06054b50);
    putU16(out, 0);
    putU16(out, 0);
    putU16(out, quint16(members.size()));
    putU16(out, quint16(members.size()));
    putU32(out, quint32(central.size()));
    putU32(out, centralOffset);
    putU16(out, 0);
    return out;
}

inline QByteArray odtContent(const QByteArray &paragraphs) {
    return QByteArrayLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
               "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
               "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
               "<office:text>") +
           paragraphs + QByteArrayLiteral("</office:text></office:body></office:document-content>");
}

inline QByteArray makeOdt(const QByteArray &content) {
    return makeZip({{"mimetype", "application/vnd.oasis.opendocument.text", false},
                    {"content.xml", content, true}});
}

// An ODT of a few hundred bytes that asks for two billion spaces.
inline QByteArray hugeSpaceRunOdt() {
    return makeOdt(
        odtContent("<text:p>Vraag 1 <text:s text:c=\"2000000000\"/> Klopt het?</text:p>"));
}

// A DOCX whose word/document.xml inflates to bodyBytes of XML (one paragraph repeated).
inline QByteArray docxBomb(qint64 bodyBytes) {
    const QByteArray head =
        "<?xml version=\"1.0\"?><w:document "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    const QByteArray tail = "</w:body></w:document>";
    const QByteArray paragraph =
        "<w:p><w:r><w:t>Klopt het dat de minister dit weet?</w:t></w:r></w:p>";
    QByteArray body = head;
    body.reserve(qsizetype(bodyBytes) + paragraph.size());
    while (body.size() + tail.size() < bodyBytes)
        body += paragraph;
    body += tail;
    return makeZip({{"[Content_Types].xml", "<Types/>", true}, {"word/document.xml", body, true}});
}

} // namespace overleg::test
