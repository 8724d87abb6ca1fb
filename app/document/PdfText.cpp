#include "PdfText.h"

// Poppler's core (libpoppler-private-dev). Only this file and PopplerBackend.cpp include Poppler.
#include <ErrorCodes.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <UTF.h>
#include <goo/gmem.h>

#include <QCoreApplication>

namespace overleg {

namespace pdf_messages {
QString damaged() {
    return QCoreApplication::translate("PopplerBackend",
                                       "The PDF is damaged or incomplete and cannot be read.");
}
QString encrypted() {
    return QCoreApplication::translate("PopplerBackend",
                                       "The PDF is encrypted with a password and cannot be read.");
}
QString noPages() {
    return QCoreApplication::translate(
        "PopplerBackend", "The PDF is damaged or incomplete: it has no readable pages.");
}
QString noTextLayer() {
    return QCoreApplication::translate(
        "PopplerBackend", "This PDF has no text layer (a scan): it can be viewed, but its "
                          "text cannot be searched or analysed.");
}
} // namespace pdf_messages

namespace {

// Poppler's warnings about a damaged object are for Poppler's developers; a user gets our message.
void ignorePopplerError(ErrorCategory, Goffset, const char *) {}

// A word's characters as poppler-qt6 gives them (it decodes the word's UTF-8, which ends at a
// NUL), without the detour through UTF-8.
void appendWordText(const ::TextWord &word, QString *text) {
    for (int i = 0; i < word.getLength(); ++i) {
        const char32_t c = *word.getChar(i);
        if (c == 0)
            break;
        if (c < 0xD800 || (c > 0xDFFF && c < 0x10000))
            text->append(QChar(char16_t(c)));
        else if (c > 0xFFFF && c <= 0x10FFFF)
            text->append(QStringView(QChar::fromUcs4(c)));
        else
            text->append(QChar(QChar::ReplacementCharacter));
    }
}

// A PDF text string (PDFDocEncoding or UTF-16 with a byte order mark).
QString pdfString(const GooString &string) {
    Unicode *ucs4 = nullptr;
    const int length = TextStringToUCS4(string.toStr(), &ucs4);
    const QString text = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4), length);
    gfree(ucs4);
    return text;
}

// One page, as poppler-qt6's Page::textList() walks it: words in reading order, a word without a
// next word on its line ends the line. One output device serves every page, as in pdftotext:
// it caches the document's ICC colour spaces, which cost more to set up than a short page's text.
QString pageText(PDFDoc &doc, TextOutputDev &output, int page, QList<TextWord> *words) {
    doc.displayPageSlice(&output, page, 72, 72, 0, /*useMediaBox=*/false, /*crop=*/false,
                         /*printing=*/false, -1, -1, -1, -1);
    const std::unique_ptr<TextWordList> list = output.makeWordList();
    QString text;
    const int count = list ? list->getLength() : 0;
    text.reserve(count * 8);
    words->reserve(count);
    for (int i = 0; i < count; ++i) {
        const ::TextWord &word = *list->get(i);
        const int start = int(text.size());
        appendWordText(word, &text);
        double xMin, yMin, xMax, yMax;
        word.getBBox(&xMin, &yMin, &xMax, &yMax);
        words->append(overleg::TextWord{start, int(text.size()) - start,
                                        QRectF(xMin, yMin, xMax - xMin, yMax - yMin)});
        if (i + 1 == count || word.nextWord() == nullptr)
            text += u'\n';
        else if (word.hasSpaceAfter())
            text += u' ';
    }
    return text;
}

} // namespace

Result<DocumentText> extractPdfText(const QByteArray &pdf) {
    using R = Result<DocumentText>;
    // Shared with poppler-qt6: the first initer creates Poppler's global parameters, the last
    // one destroys them, whichever of the two libraries it belongs to.
    const GlobalParamsIniter globalParams(ignorePopplerError);
    // The stream reads from the caller's buffer, which outlives the document.
    PDFDoc doc(new MemStream(pdf.constData(), 0, pdf.size(), Object(objNull)));
    if (!doc.isOk())
        return R::failure(doc.getErrorCode() == errEncrypted ? pdf_messages::encrypted()
                                                             : pdf_messages::damaged());
    const int pageCount = doc.getNumPages();
    if (pageCount <= 0)
        return R::failure(pdf_messages::noPages());
    DocumentText text;
    text.type = FileType::Pdf;
    if (const std::unique_ptr<GooString> title = doc.getDocInfoTitle())
        text.title = pdfString(*title).trimmed();
    TextOutputDev output(nullptr, /*physLayout=*/false, /*fixedPitch=*/0, /*rawOrder=*/false,
                         /*append=*/false);
    for (int page = 1; page <= pageCount; ++page) {
        QList<overleg::TextWord> words;
        text.pages << pageText(doc, output, page, &words);
        text.words << words;
    }
    if (text.isEmpty())
        text.warning = pdf_messages::noTextLayer();
    return text;
}

} // namespace overleg
