#pragma once

#include "DocumentText.h"
#include "core/Result.h"

#include <QByteArray>

namespace overleg {

// The text of an HTML page as a browser lays it out: parsed by libxml2's HTML parser (never
// by patterns), one line per block (paragraph, heading, list item, table cell), white space
// inside a block collapsed the way a browser collapses it, so a paragraph wrapped in the
// source stays one paragraph and inline markup never splits a word. Scripts, styles and the
// head are dropped; the page's <title> becomes DocumentText::title.
Result<DocumentText> extractHtmlText(const QByteArray &html);

} // namespace overleg
