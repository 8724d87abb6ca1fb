#pragma once

#include "DocumentText.h"
#include "core/Result.h"

#include <QByteArray>

namespace overleg {

// Plain text of HTML pages (the publications' HTML) and XML (KOOP's official XML, or any
// other): block elements become lines; scripts, styles and markup are dropped.
Result<DocumentText> extractHtmlText(const QByteArray &html);
Result<DocumentText> extractXmlText(const QByteArray &xml);

} // namespace overleg
