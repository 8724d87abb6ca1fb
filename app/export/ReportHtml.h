#pragma once

#include "Report.h"

#include <QString>

namespace overleg {

// The HTML (QTextDocument's subset) of each part of the PDF report; PdfReport lays them out on
// pages. Separate from the layout so each part can be measured and kept whole.
namespace ReportHtml {

QString titlePage(const Report &report, const ReportLabels &labels);
QString summary(const Report &report, const ReportLabels &labels);
QString documentHeading(const ReportDocument &doc, const ReportLabels &labels);
QString question(const ReportQuestion &q, const Report &report, const ReportLabels &labels);
QString noQuestions(const ReportLabels &labels);
QString styleSheet();

// A user's note, written as Markdown (or plain text, which is Markdown too), as HTML.
QString noteHtml(const QString &note);

} // namespace ReportHtml

} // namespace overleg
