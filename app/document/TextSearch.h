#pragma once

#include "DocumentText.h"

#include <QList>
#include <QRectF>

namespace overleg {

// A span of a document's text.
struct TextSpan {
    int page = 0;
    int start = 0;
    int length = 0;
    bool operator==(const TextSpan &) const = default;
};

struct SearchOptions {
    bool caseSensitive = false;
    bool wholeWords = false;
};

// Every occurrence of needle, page by page. Runs of white space in the needle match any white
// space in the text (a line break in a PDF is a space to a reader).
QList<TextSpan> findAll(const DocumentText &text, const QString &needle,
                        SearchOptions options = {});

// The boxes (page points) of the words a span covers, merged per line, for highlighting.
QList<QRectF> boxesOf(const DocumentText &text, const TextSpan &span);

// The text of the words between two word indices of a page (inclusive, either order).
QString textBetweenWords(const DocumentText &text, int page, int firstWord, int lastWord);

} // namespace overleg
