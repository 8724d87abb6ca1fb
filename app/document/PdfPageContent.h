#pragma once

// How much a PDF page asks the reader to unpack before anything is drawn: the decoded size of its
// content streams and of the streams of instructions it can draw (forms, tiling patterns, Type 3
// glyphs, annotations' appearances, and theirs in turn). A flate bomb (a few MB that inflate to
// gigabytes of drawing instructions) is found here, by decoding and counting up to a limit,
// before a renderer or a text reader spends minutes on it. Without Qt, like PdfWords.

#include <cstddef>
#include <memory>

class PDFDoc;

namespace overleg {

enum class PdfContentCheck { Within, TooLarge, Stopped };

// Is stop() asked between chunks of decoding (nullptr: never stop)?
using PdfStopCheck = bool (*)(void *data);

// Decodes the page's (0-based) content streams and the streams it can draw, counting, until
// limit bytes; Stopped when stop(stopData) said so first.
PdfContentCheck checkPageContent(PDFDoc &doc, int page, long long limit,
                                 PdfStopCheck stop = nullptr, void *stopData = nullptr);

// The same on a PDF in memory, for a reader that holds no Poppler core document (the viewer's
// PdfDocument, which reads through poppler-qt6). Opens the file once; data must outlive it.
class PdfContentGuard {
public:
    PdfContentGuard(const char *data, std::size_t size);
    ~PdfContentGuard();
    PdfContentGuard(const PdfContentGuard &) = delete;
    PdfContentGuard &operator=(const PdfContentGuard &) = delete;

    PdfContentCheck check(int page, long long limit, PdfStopCheck stop = nullptr,
                          void *stopData = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace overleg
