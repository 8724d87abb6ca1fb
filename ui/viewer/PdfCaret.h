#pragma once

#include "document/DocumentText.h"

namespace overleg::ui {

// Keyboard selection in a PDF page's words (caret browsing): a caret sits between words,
// counted over the whole document (0 before the first word of page 1, one more per word), so
// a selection from one caret position to another is a run of words even across pages. Lines
// are found from the word boxes: words beside each other at the same height.
class PdfCaret {
public:
    enum class Move { Left, Right, Up, Down, LineStart, LineEnd };

    explicit PdfCaret(const DocumentText &text);

    int wordCount() const { return m_total; }
    // The caret position before the page's first word (or where the next page starts).
    int positionOfPage(int page) const;
    // A position moved by one step; stays put where it cannot go further.
    int move(int position, Move move) const;
    // Global word index to (page, word on page); {-1, -1} out of range.
    std::pair<int, int> wordAt(int index) const;
    int indexOf(int page, int word) const;

private:
    const QRectF &box(int index) const;
    bool sameLine(int a, int b) const;
    int lineStart(int index) const;
    int lineEnd(int index) const; // the line's last word
    int nearestOnLine(int lineFirst, double x) const;

    const DocumentText &m_text;
    QList<int> m_pageStarts; // global index of each page's first word
    int m_total = 0;
};

} // namespace overleg::ui
