#pragma once

#include "DocumentText.h"
#include "core/Result.h"

#include <QByteArray>

namespace overleg {

// Plain text of XML (KOOP's official XML, or any other): block elements become lines, markup
// is dropped. (HTML is read by HtmlText.)
Result<DocumentText> extractXmlText(const QByteArray &xml);

} // namespace overleg
