#include "FileType.h"

#include "TextDecoding.h"
#include "ZipArchive.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace overleg {

namespace {

// Text in any encoding decodeText() reads (UTF-8, UTF-16, Windows-1252): few control
// characters once decoded, and no NUL.
bool looksLikeText(const QString &decoded) {
    int control = 0;
    for (QChar c : decoded) {
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t' && c != u'\f')
            ++control;
    }
    return control * 100 <= decoded.size() + 1;
}

} // namespace

FileType sniffFileType(const QByteArray &bytes) {
    if (bytes.isEmpty())
        return FileType::Unknown;
    if (bytes.left(1024).contains("%PDF-"))
        return FileType::Pdf;
    if (bytes.startsWith("PK\x03\x04")) {
        const ZipArchive zip(bytes);
        if (!zip.isValid())
            return FileType::Unknown;
        if (zip.contains(QStringLiteral("word/document.xml")))
            return FileType::Docx;
        if (zip.read(QStringLiteral("mimetype")).trimmed() ==
            "application/vnd.oasis.opendocument.text")
            return FileType::Odt;
        return FileType::OtherZip;
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return FileType::LegacyWord;
    if (bytes.startsWith("{\\rtf"))
        return FileType::Rtf;

    // A multi-byte sequence cut at the end of the sample is not an error of the file, so the
    // sample is decoded whole and judged by its characters.
    QString head = decodeText(bytes.left(8192)).text;
    if (head.startsWith(QChar(0xFEFF)))
        head.remove(0, 1);
    if (!looksLikeText(head))
        return FileType::Unknown;
    const QString lower = head.trimmed().left(1024).toLower();
    if (lower.contains(QLatin1String("<!doctype html")) || lower.contains(QLatin1String("<html")))
        return FileType::Html;
    if (lower.startsWith(QLatin1String("<?xml")) || lower.startsWith(u'<'))
        return FileType::Xml;
    return FileType::Text;
}

bool isSupported(FileType type) {
    switch (type) {
    case FileType::Pdf:
    case FileType::Docx:
    case FileType::Odt:
    case FileType::Html:
    case FileType::Xml:
    case FileType::Text:
        return true;
    default:
        return false;
    }
}

QString mimeTypeOf(FileType type) {
    switch (type) {
    case FileType::Pdf:
        return QStringLiteral("application/pdf");
    case FileType::Docx:
        return QStringLiteral(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    case FileType::Odt:
        return QStringLiteral("application/vnd.oasis.opendocument.text");
    case FileType::Html:
        return QStringLiteral("text/html");
    case FileType::Xml:
        return QStringLiteral("application/xml");
    case FileType::Text:
        return QStringLiteral("text/plain");
    case FileType::LegacyWord:
        return QStringLiteral("application/msword");
    case FileType::Rtf:
        return QStringLiteral("application/rtf");
    case FileType::OtherZip:
        return QStringLiteral("application/zip");
    case FileType::Unknown:
        break;
    }
    return QStringLiteral("application/octet-stream");
}

QString extensionOf(FileType type) {
    switch (type) {
    case FileType::Pdf:
        return QStringLiteral("pdf");
    case FileType::Docx:
        return QStringLiteral("docx");
    case FileType::Odt:
        return QStringLiteral("odt");
    case FileType::Html:
        return QStringLiteral("html");
    case FileType::Xml:
        return QStringLiteral("xml");
    case FileType::Text:
        return QStringLiteral("txt");
    case FileType::LegacyWord:
        return QStringLiteral("doc");
    case FileType::Rtf:
        return QStringLiteral("rtf");
    case FileType::OtherZip:
        return QStringLiteral("zip");
    case FileType::Unknown:
        break;
    }
    return QStringLiteral("bin");
}

QString displayNameOf(FileType type) {
    switch (type) {
    case FileType::Pdf:
        return QStringLiteral("PDF");
    case FileType::Docx:
        return QStringLiteral("DOCX");
    case FileType::Odt:
        return QStringLiteral("ODT");
    case FileType::Html:
        return QStringLiteral("HTML");
    case FileType::Xml:
        return QStringLiteral("XML");
    case FileType::Text:
        return QCoreApplication::translate("FileType", "Text");
    case FileType::LegacyWord:
        return QCoreApplication::translate("FileType", "Word 97-2003 (.doc)");
    case FileType::Rtf:
        return QStringLiteral("RTF");
    case FileType::OtherZip:
        return QStringLiteral("ZIP");
    case FileType::Unknown:
        break;
    }
    return QCoreApplication::translate("FileType", "unknown");
}

} // namespace overleg
