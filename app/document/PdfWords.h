#pragma once

#include "DocumentLimits.h"

#include <cstddef>
#include <string>

namespace overleg {

// A PDF's words as Poppler's core reads them, page by page in reading order, without Qt: the one
// reading behind the text model (PdfText.h) and behind `overleg-cli text` on a PDF, which prints
// it without loading QtCore (app/cli/main.cpp).
class PdfWordVisitor {
public:
    virtual ~PdfWordVisitor() = default;
    virtual void beginPage(int page) = 0; // 0-based
    // One word: its characters (no NUL, invalid code points replaced by U+FFFD), its box in
    // page points (origin top left), and what follows it in the text: '\n' when the line ends
    // (the last word of a page always ends its line), ' ' before the next word of the line, or
    // 0 when the next word follows without a space.
    virtual void word(const char32_t *text, std::size_t length, double x0, double y0, double x1,
                      double y1, char32_t after) = 0;
};

// ContentTooLarge: a page's drawing instructions unpack past kMaxPageContentBytes (a flate bomb);
// TooMuchText: a page lays out more than kMaxPageCharacters, or the document more than
// kMaxDocumentTextChars; TimedOut: the whole reading took longer than its deadline.
enum class PdfReadStatus {
    Ok,
    Damaged,
    Encrypted,
    NoPages,
    ContentTooLarge,
    TooMuchText,
    TimedOut
};

// What a user is told, in English; the application translates these in the context
// "PopplerBackend" (PdfText.h).
const char *messageFor(PdfReadStatus status); // nullptr for Ok
extern const char *const kNoTextLayerMessage; // the file opens, but has no words

// Reads every page of the PDF in data (which must outlive the call). The title is the document
// information's Title, as UCS-4, when title is given. Bounded: a page is measured before it is
// read (PdfPageContent.h), its characters are counted as Poppler lays them out, and the reading
// stops at deadlineMs; what the visitor got by then is not the whole text.
PdfReadStatus readPdfWords(const char *data, std::size_t size, PdfWordVisitor &visitor,
                           std::u32string *title = nullptr, int deadlineMs = kPdfTextDeadlineMs);

} // namespace overleg
