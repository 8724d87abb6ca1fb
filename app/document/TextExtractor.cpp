#include "TextExtractor.h"

#include "HtmlText.h"
#include "MarkupText.h"
#include "OfficeText.h"
#include "PdfText.h"
#include "TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace overleg {

namespace {

Result<DocumentText> plainText(const QByteArray &bytes) {
    QString text = decodeText(bytes).text;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // Windows and old Mac line ends.
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    DocumentText result;
    result.type = FileType::Text;
    // A form feed separates pages in text exported from PDFs.
    result.pages = text.split(u'\f');
    return result;
}

} // namespace

Result<DocumentText> extractText(const QByteArray &bytes) {
    const FileType type = sniffFileType(bytes);
    switch (type) {
    case FileType::Pdf:
        return extractPdfText(bytes);
    case FileType::Docx:
        return extractDocxText(bytes);
    case FileType::Odt:
        return extractOdtText(bytes);
    case FileType::Html:
        return extractHtmlText(bytes);
    case FileType::Xml:
        return extractXmlText(bytes);
    case FileType::Text:
        return plainText(bytes);
    case FileType::LegacyWord:
        return Result<DocumentText>::failure(QCoreApplication::translate(
            "TextExtractor",
            "Old Word files (.doc) are not supported. Save the file as DOCX or PDF and "
            "import that."));
    case FileType::Rtf:
        return Result<DocumentText>::failure(QCoreApplication::translate(
            "TextExtractor",
            "RTF files are not supported. Save the file as DOCX or PDF and import that."));
    case FileType::OtherZip:
        return Result<DocumentText>::failure(QCoreApplication::translate(
            "TextExtractor",
            "This is a ZIP archive, not a document. Unpack it and import the documents."));
    case FileType::Unknown:
        break;
    }
    if (bytes.isEmpty())
        return Result<DocumentText>::failure(
            QCoreApplication::translate("TextExtractor", "The file is empty."));
    if (bytes.startsWith("PK\x03\x04"))
        return Result<DocumentText>::failure(QCoreApplication::translate(
            "TextExtractor",
            "The file looks like a Word or OpenDocument file, but it is damaged or incomplete."));
    return Result<DocumentText>::failure(QCoreApplication::translate(
        "TextExtractor",
        "Unsupported file type. Overleg reads PDF, DOCX, ODT, HTML, XML and plain text."));
}

Result<DocumentText> extractTextFromFile(const QString &path) {
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return Result<DocumentText>::failure(
            QCoreApplication::translate("TextExtractor", "No such file: %1").arg(path));
    if (file.size() > kMaxDocumentSize)
        return Result<DocumentText>::failure(
            QCoreApplication::translate("TextExtractor",
                                        "The file %1 is too large (more than %2 MB).")
                .arg(path)
                .arg(kMaxDocumentSize / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return Result<DocumentText>::failure(
            QCoreApplication::translate("TextExtractor", "Cannot read %1: %2")
                .arg(path, file.errorString()));
    return extractText(file.readAll());
}

} // namespace overleg
