#include "PdfCaret.h"

#include <algorithm>
#include <cmath>

namespace overleg::ui {

PdfCaret::PdfCaret(const DocumentText &text)
    : m_text(text) {
    for (const QList<TextWord> &words : text.words) {
        m_pageStarts << m_total;
        m_total += int(words.size());
    }
}

int PdfCaret::positionOfPage(int page) const {
    if (page < 0 || m_pageStarts.isEmpty())
        return 0;
    return page < m_pageStarts.size() ? m_pageStarts.at(page) : m_total;
}

std::pair<int, int> PdfCaret::wordAt(int index) const {
    if (index < 0 || index >= m_total)
        return {-1, -1};
    const auto next = std::upper_bound(m_pageStarts.cbegin(), m_pageStarts.cend(), index);
    int page = int(next - m_pageStarts.cbegin()) - 1;
    // Pages without words share their start with the next page: take the one holding it.
    while (page + 1 < m_pageStarts.size() && m_pageStarts.at(page + 1) == index)
        ++page;
    while (index - m_pageStarts.at(page) >= m_text.words.at(page).size())
        ++page;
    return {page, index - m_pageStarts.at(page)};
}

int PdfCaret::indexOf(int page, int word) const {
    return page >= 0 && page < m_pageStarts.size() ? m_pageStarts.at(page) + word : -1;
}

const QRectF &PdfCaret::box(int index) const {
    const auto [page, word] = wordAt(index);
    return m_text.words.at(page).at(word).box;
}

bool PdfCaret::sameLine(int a, int b) const {
    if (wordAt(a).first != wordAt(b).first)
        return false;
    const QRectF &x = box(a);
    const QRectF &y = box(b);
    // Beside each other: their middles closer than half the smaller height.
    return std::abs(x.center().y() - y.center().y()) < 0.5 * std::min(x.height(), y.height());
}

int PdfCaret::lineStart(int index) const {
    while (index > 0 && sameLine(index - 1, index))
        --index;
    return index;
}

int PdfCaret::lineEnd(int index) const {
    while (index + 1 < m_total && sameLine(index, index + 1))
        ++index;
    return index;
}

int PdfCaret::nearestOnLine(int lineFirst, double x) const {
    const int last = lineEnd(lineFirst);
    int best = lineFirst;
    double bestDistance = 1e12;
    for (int i = lineFirst; i <= last; ++i) {
        const QRectF &b = box(i);
        const double distance = x < b.left() ? b.left() - x : std::max(0.0, x - b.right());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

int PdfCaret::move(int position, Move move) const {
    if (m_total == 0)
        return 0;
    position = std::clamp(position, 0, m_total);
    // The word the caret stands before (at the very end: the last word).
    const int word = position < m_total ? position : m_total - 1;
    switch (move) {
    case Move::Left:
        return std::max(0, position - 1);
    case Move::Right:
        return std::min(m_total, position + 1);
    case Move::LineStart:
        return lineStart(word);
    case Move::LineEnd:
        return lineEnd(word) + 1;
    case Move::Down: {
        const int next = lineEnd(word) + 1;
        if (next >= m_total)
            return m_total;
        return nearestOnLine(next, box(word).left());
    }
    case Move::Up: {
        const int start = lineStart(word);
        if (start == 0)
            return 0;
        return nearestOnLine(lineStart(start - 1), box(word).left());
    }
    }
    return position;
}

} // namespace overleg::ui
