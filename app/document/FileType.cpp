#include "FileType.h"

#include "ZipArchive.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace overleg {

namespace {

bool looksLikeText(const QByteArray &head) {
    if (head.contains('\0'))
        return false;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(head);
    // A multi-byte sequence cut at the end of the sample is not an error of the file.
    if (utf8.hasError() && head.size() < 4096)
        return false;
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

    QByteArray head = bytes.left(8192);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    if (!looksLikeText(head))
        return FileType::Unknown;
    const QByteArray lower = head.trimmed().left(1024).toLower();
    if (lower.contains("<!doctype html") || lower.contains("<html"))
        return FileType::Html;
    if (lower.startsWith("<?xml") || lower.startsWith('<'))
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
