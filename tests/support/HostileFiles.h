#pragma once

// Hostile documents built in the test itself: ZIP containers (ODT, DOCX) with crafted members,
// among them zip bombs, and PDFs (a flate bomb, pages that take long to draw), so no large or
// dangerous file needs to live in tests/data.

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

// A PDF of the given objects (1 is the catalog), with a correct cross-reference table.
inline QByteArray makePdf(const QList<QByteArray> &objects) {
    QByteArray pdf = "%PDF-1.5\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// A PDF stream object: the dictionary's entries (without Length) and the stored bytes.
inline QByteArray pdfStream(const QByteArray &entries, const QByteArray &stored) {
    return "<< " + entries + " /Length " + QByteArray::number(stored.size()) + " >>\nstream\n" +
           stored + "\nendstream";
}

// A zlib stream (what PDF's FlateDecode reads) of unit repeated to about total bytes, built
// without ever holding them: one chunk of about a MB is deflated with a full flush, which makes
// its compressed bytes self-contained, so they can be repeated; the end is an empty final block
// and the Adler-32 of the whole. Returns the compressed bytes; *inflated gets the exact size.
inline QByteArray zlibBomb(const QByteArray &unit, qint64 total, qint64 *inflated = nullptr) {
    const QByteArray chunk = unit.repeated(qMax<qsizetype>(1, (1 << 20) / unit.size()));
    z_stream stream{};
    if (deflateInit(&stream, Z_BEST_COMPRESSION) != Z_OK)
        qFatal("deflateInit failed");
    auto flushed = [&stream, &chunk] {
        QByteArray out(qsizetype(deflateBound(&stream, uLong(chunk.size()))) + 64, '\0');
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        stream.avail_in = uInt(chunk.size());
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        if (deflate(&stream, Z_FULL_FLUSH) != Z_OK || stream.avail_in != 0)
            qFatal("deflate failed");
        out.resize(out.size() - qsizetype(stream.avail_out));
        return out;
    };
    const QByteArray first = flushed(); // with the zlib header
    const QByteArray repeated = flushed();
    if (flushed() != repeated)
        qFatal("a fully flushed chunk does not repeat");
    deflateEnd(&stream);
    const qint64 chunks = qMax<qint64>(2, total / chunk.size());
    QByteArray out = first + repeated.repeated(qsizetype(chunks - 1));
    out += QByteArray("\x01\x00\x00\xff\xff", 5); // final stored block of no bytes
    const uLong chunkAdler =
        adler32(adler32(0, nullptr, 0), reinterpret_cast<const Bytef *>(chunk.constData()),
                uInt(chunk.size()));
    uLong adler = adler32(0, nullptr, 0);
    for (qint64 i = 0; i < chunks; ++i)
        adler = adler32_combine(adler, chunkAdler, z_off_t(chunk.size()));
    char trailer[4];
    qToBigEndian(quint32(adler), trailer);
    out.append(trailer, 4);
    if (inflated)
        *inflated = chunks * chunk.size();
    return out;
}

// A Helvetica font resource and a page of text, for PDFs whose other pages are hostile.
inline QByteArray pdfTextContent(const QByteArray &text) {
    return pdfStream({}, "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET");
}
inline QByteArray pdfPage(int contents, int font = 0) {
    return "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " +
           QByteArray::number(contents) + " 0 R" +
           (font ? " /Resources << /Font << /F1 " + QByteArray::number(font) + " 0 R >> >>"
                 : QByteArray()) +
           " >>";
}

// Where a PDF's flate bomb hides: the first page's content stream, a form it draws, or the
// appearance of an annotation on it.
enum class BombIn { Contents, Form, Annotation };

// A PDF of two pages: the first carries a flate bomb (unit, e.g. spaces or a text operator,
// repeated to inflatedBytes), the second a line of ordinary text.
inline QByteArray flateBombPdf(qint64 inflatedBytes, const QByteArray &unit = " ",
                               BombIn where = BombIn::Contents) {
    const QByteArray bomb = zlibBomb(unit, inflatedBytes);
    const QByteArray form = pdfStream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                                      "/Resources << /Font << /F1 7 0 R >> >> /Filter /FlateDecode",
                                      where == BombIn::Contents ? QByteArray() : bomb);
    QByteArray firstPage, firstContents;
    switch (where) {
    case BombIn::Contents:
        firstPage = pdfPage(4, 7);
        firstContents = pdfStream("/Filter /FlateDecode", bomb); // the form (8) stays unused
        break;
    case BombIn::Form:
        firstPage = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                    "/Resources << /XObject << /Fm1 8 0 R >> >> >>";
        firstContents = pdfStream({}, "/Fm1 Do");
        break;
    case BombIn::Annotation:
        firstPage = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                    "/Annots [<< /Type /Annot /Subtype /Square /Rect [0 0 595 842] /AP << /N 8 0 "
                    "R >> >>] >>";
        firstContents = pdfStream({}, "0 0 m");
        break;
    }
    return makePdf({"<< /Type /Catalog /Pages 2 0 R >>",
                    "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>", firstPage, firstContents,
                    pdfPage(6, 7), pdfTextContent("Pagina twee"),
                    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", form});
}

// A PDF whose first page takes minutes to draw (fills of the whole page, one operator each, so
// Poppler can stop between them), followed by textPages pages of a line of text.
inline QByteArray slowPagePdf(int textPages = 1, int fills = 400000) {
    QByteArray content;
    content.reserve(qsizetype(fills) * 40);
    for (int i = 0; i < fills; ++i)
        content += QByteArray::number(i % 7 / 7.0) + " g 0 0 595 842 re f\n";
    QByteArray compressed(qsizetype(compressBound(uLong(content.size()))), '\0');
    uLongf length = uLongf(compressed.size());
    if (compress2(reinterpret_cast<Bytef *>(compressed.data()), &length,
                  reinterpret_cast<const Bytef *>(content.constData()), uLong(content.size()),
                  Z_BEST_SPEED) != Z_OK)
        qFatal("compress2 failed");
    compressed.resize(qsizetype(length));
    // Objects: 1 catalog, 2 pages, 3 font, 4 the slow content, 5 the text content, 6... pages.
    QByteArray kids = "6 0 R";
    for (int i = 0; i < textPages; ++i)
        kids += " " + QByteArray::number(7 + i) + " 0 R";
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>",
                              "<< /Type /Pages /Kids [" + kids + "] /Count " +
                                  QByteArray::number(textPages + 1) + " >>",
                              "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                              pdfStream("/Filter /FlateDecode", compressed),
                              pdfTextContent("Pagina met tekst"),
                              pdfPage(4, 3)};
    for (int i = 0; i < textPages; ++i)
        objects << pdfPage(5, 3);
    return makePdf(objects);
}

// A PDF whose first page draws one image of 12,000 x 12,000 pixels (a flate bomb of 430 MB
// of pixels): a single operator Poppler cannot stop inside. The second page is text.
inline QByteArray hugeImagePdf(int side = 12000) {
    const QByteArray image =
        pdfStream("/Type /XObject /Subtype /Image /Width " + QByteArray::number(side) +
                      " /Height " + QByteArray::number(side) +
                      " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode",
                  zlibBomb("\x20\x60\xa0", qint64(side) * side * 3));
    return makePdf(
        {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << "
         "/XObject << /Im1 8 0 R >> >> >>",
         pdfStream({}, "q 595 0 0 842 0 0 cm /Im1 Do Q"), pdfPage(6, 7),
         pdfTextContent("Pagina twee"), "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
         image});
}

} // namespace overleg::test
