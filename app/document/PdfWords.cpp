#include "PdfWords.h"

#include "PdfPageContent.h"

// Poppler's core (libpoppler-private-dev). Only this file and PopplerBackend.cpp include Poppler.
#include <ErrorCodes.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <UTF.h>
#include <goo/gmem.h>

#include <chrono>
#include <memory>

// lupdate finds the messages by this mark; Qt is not included here, so it marks and no more.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace overleg {

const char *const kNoTextLayerMessage =
    QT_TRANSLATE_NOOP("PopplerBackend", "This PDF has no text layer (a scan): it can be viewed, "
                                        "but its text cannot be searched or analysed.");

const char *messageFor(PdfReadStatus status) {
    switch (status) {
    case PdfReadStatus::Damaged:
        return QT_TRANSLATE_NOOP("PopplerBackend",
                                 "The PDF is damaged or incomplete and cannot be read.");
    case PdfReadStatus::Encrypted:
        return QT_TRANSLATE_NOOP("PopplerBackend",
                                 "The PDF is encrypted with a password and cannot be read.");
    case PdfReadStatus::NoPages:
        return QT_TRANSLATE_NOOP("PopplerBackend",
                                 "The PDF is damaged or incomplete: it has no readable pages.");
    case PdfReadStatus::ContentTooLarge:
        return QT_TRANSLATE_NOOP("PopplerBackend",
                                 "A page of the PDF unpacks to more than 64 MB of drawing "
                                 "instructions (a compression bomb); the PDF is not read.");
    case PdfReadStatus::TooMuchText:
        return QT_TRANSLATE_NOOP("PopplerBackend",
                                 "The PDF holds more text than Overleg reads (more than a million "
                                 "characters on one page, or 64 MB in all); it is not read.");
    case PdfReadStatus::TimedOut:
        return QT_TRANSLATE_NOOP("PopplerBackend",
                                 "Reading the PDF's text took longer than 60 seconds; it is not "
                                 "read.");
    case PdfReadStatus::Ok:
        break;
    }
    return nullptr;
}

namespace {

// Poppler's warnings about a damaged object are for Poppler's developers; a user gets our message.
void ignorePopplerError(ErrorCategory, Goffset, const char *) {}

// A word's characters as poppler-qt6 gives them (it decodes the word's UTF-8, which ends at a
// NUL), without the detour through UTF-8.
void wordCharacters(const ::TextWord &word, std::u32string *out) {
    out->clear();
    for (int i = 0; i < word.getLength(); ++i) {
        const char32_t c = *word.getChar(i);
        if (c == 0)
            break;
        const bool valid = c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
        out->push_back(valid ? c : char32_t(0xFFFD));
    }
}

static_assert(kMaxPageContentBytes == 64 * kMiB, "the ContentTooLarge message names 64 MB");
static_assert(kMaxPageCharacters == 1000 * 1000, "the TooMuchText message names a million");
static_assert(kMaxDocumentTextChars == 64 * kMiB, "the TooMuchText message names 64 MB");
static_assert(kPdfTextDeadlineMs == 60 * 1000, "the TimedOut message names 60 seconds");

// Poppler's text device, counting the characters a page lays out: past the limit they are
// dropped (a single string of a billion glyphs is one operator Poppler cannot stop inside), and
// the page is stopped at the next operator.
class BoundedTextOutput : public TextOutputDev {
public:
    BoundedTextOutput()
        : TextOutputDev(nullptr, /*physLayout=*/false, /*fixedPitch=*/0, /*rawOrder=*/false,
                        /*append=*/false) {}
    void startPage(int pageNum, GfxState *state, XRef *xref) override {
        m_characters = 0;
        TextOutputDev::startPage(pageNum, state, xref);
    }
    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX,
                  double originY, CharCode c, int nBytes, const Unicode *u, int uLen) override {
        if (++m_characters > kMaxPageCharacters)
            return;
        TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, u, uLen);
    }
    bool overLimit() const { return m_characters > kMaxPageCharacters; }

private:
    long long m_characters = 0;
};

struct Bounds {
    std::chrono::steady_clock::time_point deadline;
    const BoundedTextOutput *output = nullptr;

    bool timedOut() const { return std::chrono::steady_clock::now() > deadline; }
    // Poppler asks this between operators (and PdfPageContent between chunks it decodes).
    static bool stop(void *data) {
        const auto *bounds = static_cast<const Bounds *>(data);
        return (bounds->output && bounds->output->overLimit()) || bounds->timedOut();
    }
};

} // namespace

PdfReadStatus readPdfWords(const char *data, std::size_t size, PdfWordVisitor &visitor,
                           std::u32string *title, int deadlineMs) {
    // Shared with poppler-qt6: the first initer creates Poppler's global parameters, the last
    // one destroys them, whichever of the two libraries it belongs to.
    const GlobalParamsIniter globalParams(ignorePopplerError);
    PDFDoc doc(new MemStream(data, 0, Goffset(size), Object(objNull)));
    if (!doc.isOk())
        return doc.getErrorCode() == errEncrypted ? PdfReadStatus::Encrypted
                                                  : PdfReadStatus::Damaged;
    const int pageCount = doc.getNumPages();
    if (pageCount <= 0)
        return PdfReadStatus::NoPages;
    if (title) {
        title->clear();
        if (const std::unique_ptr<GooString> info = doc.getDocInfoTitle()) {
            Unicode *ucs4 = nullptr;
            const int length = TextStringToUCS4(info->toStr(), &ucs4);
            title->assign(reinterpret_cast<const char32_t *>(ucs4), std::size_t(length));
            gfree(ucs4);
        }
    }
    // One output device serves every page, as in pdftotext: it caches the document's ICC
    // colour spaces, which cost more to set up than a short page's text.
    BoundedTextOutput output;
    Bounds bounds{std::chrono::steady_clock::now() + std::chrono::milliseconds(deadlineMs),
                  &output};
    std::u32string characters;
    long long documentCharacters = 0;
    for (int page = 1; page <= pageCount; ++page) {
        switch (checkPageContent(doc, page - 1, kMaxPageContentBytes, &Bounds::stop, &bounds)) {
        case PdfContentCheck::TooLarge:
            return PdfReadStatus::ContentTooLarge;
        case PdfContentCheck::Stopped:
            return PdfReadStatus::TimedOut;
        case PdfContentCheck::Within:
            break;
        }
        visitor.beginPage(page - 1);
        doc.displayPageSlice(&output, page, 72, 72, 0, /*useMediaBox=*/false, /*crop=*/false,
                             /*printing=*/false, -1, -1, -1, -1, &Bounds::stop, &bounds);
        if (output.overLimit())
            return PdfReadStatus::TooMuchText;
        if (bounds.timedOut())
            return PdfReadStatus::TimedOut;
        // As poppler-qt6's Page::textList() walks a page: words in reading order, a word
        // without a next word on its line ends the line.
        const std::unique_ptr<TextWordList> list = output.makeWordList();
        const int count = list ? list->getLength() : 0;
        for (int i = 0; i < count; ++i) {
            const ::TextWord &word = *list->get(i);
            wordCharacters(word, &characters);
            documentCharacters += (long long)characters.size() + 1;
            if (documentCharacters > kMaxDocumentTextChars)
                return PdfReadStatus::TooMuchText;
            double xMin, yMin, xMax, yMax;
            word.getBBox(&xMin, &yMin, &xMax, &yMax);
            const char32_t after = (i + 1 == count || word.nextWord() == nullptr) ? U'\n'
                                   : word.hasSpaceAfter()                         ? U' '
                                                                                  : 0;
            visitor.word(characters.data(), characters.size(), xMin, yMin, xMax, yMax, after);
        }
    }
    return PdfReadStatus::Ok;
}

} // namespace overleg
