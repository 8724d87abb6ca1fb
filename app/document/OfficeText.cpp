#include "OfficeText.h"

#include "TextLimits.h"

#include "DocumentLimits.h"
#include "ZipArchive.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace overleg {

namespace {

// Why reading a part's XML stopped early: malformed XML, or text past kMaxDocumentTextChars.
struct XmlOutcome {
    QString error;
    bool tooLarge = false;
};

bool pastTextLimit(qsizetype size) {
    return size > kMaxDocumentTextChars;
}

QString zipTooLargeMessage() {
    return QCoreApplication::translate(
               "OfficeText",
               "The document unpacks to more than %1 MB (a part of it to more than %2 MB); "
               "Overleg does not read documents that large. Save it as PDF or split it.")
        .arg(kMaxZipExpandedTotal / kMiB)
        .arg(kMaxZipMemberSize / kMiB);
}

// WordprocessingML body: <w:p> paragraphs of <w:r><w:t> runs; tables of <w:tc> cells.
QString wordXmlToText(const QByteArray &xml, XmlOutcome *outcome) {
    QXmlStreamReader reader(xml);
    QString out;
    QString paragraph;
    bool inText = false;
    int cellDepth = 0;
    while (!reader.atEnd()) {
        if (pastTextLimit(out.size() + paragraph.size())) {
            outcome->tooLarge = true;
            return {};
        }
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            const auto name = reader.name();
            if (name == QLatin1String("t") || name == QLatin1String("delText"))
                inText = name == QLatin1String("t");
            else if (name == QLatin1String("tab"))
                paragraph += u'\t';
            else if (name == QLatin1String("br") || name == QLatin1String("cr"))
                paragraph += u'\n';
            else if (name == QLatin1String("noBreakHyphen"))
                paragraph += u'-';
            else if (name == QLatin1String("tc"))
                ++cellDepth;
            break;
        }
        case QXmlStreamReader::Characters:
            if (inText)
                paragraph += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            const auto name = reader.name();
            if (name == QLatin1String("t") || name == QLatin1String("delText")) {
                inText = false;
            } else if (name == QLatin1String("p")) {
                out += paragraph;
                out += cellDepth > 0 ? u' ' : u'\n';
                paragraph.clear();
            } else if (name == QLatin1String("tc")) {
                --cellDepth;
                if (out.endsWith(u' '))
                    out.chop(1);
                out += u'\t';
            } else if (name == QLatin1String("tr")) {
                if (out.endsWith(u'\t'))
                    out.chop(1);
                out += u'\n';
            }
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError())
        outcome->error = reader.errorString();
    return out;
}

// OpenDocument: <text:p>/<text:h>, with <text:s c="n"/> for runs of spaces.
QString odfXmlToText(const QByteArray &xml, XmlOutcome *outcome) {
    QXmlStreamReader reader(xml);
    QString out;
    int paragraphDepth = 0;
    bool inBody = false;
    while (!reader.atEnd()) {
        if (pastTextLimit(out.size())) {
            outcome->tooLarge = true;
            return {};
        }
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            const auto name = reader.name();
            if (name == QLatin1String("body"))
                inBody = true;
            else if (name == QLatin1String("p") || name == QLatin1String("h"))
                ++paragraphDepth;
            else if (name == QLatin1String("s"))
                // The count is the file's word: bounded, so a huge one costs nothing.
                out += QString(
                    qBound(
                        1,
                        reader.attributes()
                            .value(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
                                   QStringLiteral("c"))
                            .toInt(),
                        kMaxRepeatCount),
                    u' ');
            else if (name == QLatin1String("tab"))
                out += u'\t';
            else if (name == QLatin1String("line-break"))
                out += u'\n';
            break;
        }
        case QXmlStreamReader::Characters:
            if (inBody && paragraphDepth > 0)
                out += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            const auto name = reader.name();
            if (name == QLatin1String("p") || name == QLatin1String("h")) {
                --paragraphDepth;
                if (paragraphDepth == 0)
                    out += u'\n';
            }
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError())
        outcome->error = reader.errorString();
    return out;
}

} // namespace

Result<DocumentText> extractDocxText(const QByteArray &docx) {
    const ZipArchive zip(docx);
    ZipArchive::ReadError readError = ZipArchive::ReadError::None;
    const QByteArray body = zip.read(QStringLiteral("word/document.xml"), &readError);
    if (readError == ZipArchive::ReadError::TooLarge)
        return Result<DocumentText>::failure(zipTooLargeMessage());
    if (!zip.isValid() || body.isNull())
        return Result<DocumentText>::failure(QCoreApplication::translate(
            "OfficeText", "The Word document is damaged: its main text part cannot be read."));
    XmlOutcome outcome;
    QString text = wordXmlToText(body, &outcome);
    if (outcome.tooLarge)
        return Result<DocumentText>::failure(tooMuchTextMessage());
    if (!outcome.error.isEmpty())
        return Result<DocumentText>::failure(
            QCoreApplication::translate("OfficeText", "The Word document is damaged: %1")
                .arg(outcome.error));
    const QByteArray footnotes = zip.read(QStringLiteral("word/footnotes.xml"), &readError);
    if (readError == ZipArchive::ReadError::TooLarge)
        return Result<DocumentText>::failure(zipTooLargeMessage());
    if (!footnotes.isNull()) {
        XmlOutcome notesOutcome;
        const QString notes = wordXmlToText(footnotes, &notesOutcome).trimmed();
        if (notesOutcome.tooLarge || pastTextLimit(text.size() + notes.size()))
            return Result<DocumentText>::failure(tooMuchTextMessage());
        if (!notes.isEmpty())
            text += u'\n' + notes + u'\n';
    }
    DocumentText result;
    result.type = FileType::Docx;
    result.pages << text;
    return result;
}

Result<DocumentText> extractOdtText(const QByteArray &odt) {
    const ZipArchive zip(odt);
    ZipArchive::ReadError readError = ZipArchive::ReadError::None;
    const QByteArray content = zip.read(QStringLiteral("content.xml"), &readError);
    if (readError == ZipArchive::ReadError::TooLarge)
        return Result<DocumentText>::failure(zipTooLargeMessage());
    if (!zip.isValid() || content.isNull())
        return Result<DocumentText>::failure(QCoreApplication::translate(
            "OfficeText", "The OpenDocument file is damaged: its content cannot be read."));
    XmlOutcome outcome;
    const QString text = odfXmlToText(content, &outcome);
    if (outcome.tooLarge)
        return Result<DocumentText>::failure(tooMuchTextMessage());
    if (!outcome.error.isEmpty())
        return Result<DocumentText>::failure(
            QCoreApplication::translate("OfficeText", "The OpenDocument file is damaged: %1")
                .arg(outcome.error));
    DocumentText result;
    result.type = FileType::Odt;
    result.pages << text;
    return result;
}

} // namespace overleg
