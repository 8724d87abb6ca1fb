#pragma once

#include "Report.h"

#include <QByteArray>
#include <QString>

namespace overleg {

// The report as Markdown (the same content as the PDF) and as CSV, one row per question.
namespace TextReports {

QString markdown(const Report &report, const ReportLabels &labels);

// UTF-8 with a byte order mark and CRLF line ends, fields quoted as RFC 4180 says. The separator
// follows the report's language, as spreadsheets do: ';' for Dutch (a Dutch Excel splits on it),
// ',' for English.
QByteArray csv(const Report &report, const ReportLabels &labels);

} // namespace TextReports

} // namespace overleg
