#pragma once

#include "Report.h"
#include "core/Result.h"

class QPagedPaintDevice;

namespace overleg {

// The notes report as pages: a title page, the summary, then per document its questions, each
// kept whole on a page where it fits (a question never parts from its number). A running header
// (the title) and "x / y" page numbers. A4, fonts embedded by the PDF writer.
class PdfReport {
public:
    // Onto any paged device: a QPdfWriter for a file, a QPrinter for print and preview.
    static Status render(const Report &report, const ReportLabels &labels,
                         QPagedPaintDevice *device);
    // To a PDF file, written whole or not at all.
    static Status write(const Report &report, const ReportLabels &labels, const QString &path);
};

} // namespace overleg
