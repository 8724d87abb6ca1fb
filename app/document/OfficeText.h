#pragma once

#include "DocumentText.h"
#include "core/Result.h"

#include <QByteArray>

namespace overleg {

// Plain text of Word (DOCX) and OpenDocument (ODT) files, read from their XML: paragraphs
// become lines, table cells are separated by tabs, footnotes follow the body.
Result<DocumentText> extractDocxText(const QByteArray &docx);
Result<DocumentText> extractOdtText(const QByteArray &odt);

} // namespace overleg
