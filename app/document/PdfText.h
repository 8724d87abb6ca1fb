#pragma once

#include "DocumentText.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace overleg {

// The text model of a PDF: every page's words in Poppler's reading order (joined by spaces, a
// line by a newline) with the box of every word in page points.
//
// It comes from Poppler's core (PdfWords.h) rather than through poppler-qt6: the text path then
// needs neither QtGui nor a box per glyph, and the viewer, the CLI and the question extractor
// read one and the same text.
Result<DocumentText> extractPdfText(const QByteArray &pdf);

// What a user is told when a PDF cannot be opened; the viewer (PdfDocument) says the same.
namespace pdf_messages {
QString damaged();
QString encrypted();
QString noPages();
QString noTextLayer();
} // namespace pdf_messages

} // namespace overleg
