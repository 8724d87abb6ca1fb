#include "PdfView.h"

#include "PageRenderer.h"
#include "PdfCaret.h"
#include "document/PopplerBackend.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>

namespace overleg::ui {

PdfView::PdfView(std::shared_ptr<PdfDocument> document, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_document(std::move(document))
    , m_renderer(new PageRenderer(m_document, this)) {
    setObjectName(QStringLiteral("pdfView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    for (int i = 0; i < m_document->pageCount(); ++i)
        m_pageSizes << m_document->pageSize(i);
    connect(m_renderer, &PageRenderer::pageReady, this, [this](int page) {
        const QRect r = pageRect(page).translated(-horizontalScrollBar()->value(),
                                                  -verticalScrollBar()->value());
        viewport()->update(r);
    });
    relayout();
}

PdfView::~PdfView() = default;

QString PdfView::pageMessage(int page) const {
    return m_renderer->failure(page, renderKey());
}

bool PdfView::isPageRendered(int page) const {
    return !m_renderer->cached(page, renderKey()).isNull();
}

void PdfView::setText(const DocumentText &text) {
    m_text = text;
    viewport()->update();
}

int PdfView::pageCount() const {
    return int(m_pageSizes.size());
}

double PdfView::pixelsPerPoint() const {
    return m_zoom * logicalDpiY() / 72.0;
}

int PdfView::renderKey() const {
    return qRound(pixelsPerPoint() * devicePixelRatioF() * 1000);
}

void PdfView::relayout() {
    const double ppp = pixelsPerPoint();
    m_pageTops.clear();
    int y = kGap;
    m_contentWidth = 0;
    for (const QSizeF &size : m_pageSizes) {
        m_pageTops << y;
        y += qRound(size.height() * ppp) + kGap;
        m_contentWidth = qMax(m_contentWidth, qRound(size.width() * ppp) + 2 * kGap);
    }
    m_contentHeight = y;
    m_renderer->setCurrentKey(renderKey());
    updateScrollBars();
    viewport()->update();
}

void PdfView::updateScrollBars() {
    const QSize view = viewport()->size();
    verticalScrollBar()->setRange(0, qMax(0, m_contentHeight - view.height()));
    verticalScrollBar()->setPageStep(view.height());
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setRange(0, qMax(0, m_contentWidth - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
    horizontalScrollBar()->setSingleStep(40);
}

QRect PdfView::pageRect(int page) const {
    if (page < 0 || page >= m_pageTops.size())
        return {};
    const double ppp = pixelsPerPoint();
    const int width = qRound(m_pageSizes[page].width() * ppp);
    const int height = qRound(m_pageSizes[page].height() * ppp);
    const int x = qMax(kGap, (qMax(m_contentWidth, viewport()->width()) - width) / 2);
    return QRect(x, m_pageTops[page], width, height);
}

QRectF PdfView::toViewport(int page, const QRectF &points) const {
    const double ppp = pixelsPerPoint();
    const QRect page_ = pageRect(page);
    return QRectF(page_.left() + points.left() * ppp - horizontalScrollBar()->value(),
                  page_.top() + points.top() * ppp - verticalScrollBar()->value(),
                  points.width() * ppp, points.height() * ppp);
}

QPointF PdfView::toPagePoint(int page, const QPoint &pos) const {
    const double ppp = pixelsPerPoint();
    const QRect r = pageRect(page);
    return QPointF((pos.x() + horizontalScrollBar()->value() - r.left()) / ppp,
                   (pos.y() + verticalScrollBar()->value() - r.top()) / ppp);
}

int PdfView::currentPage() const {
    const int middle = verticalScrollBar()->value() + viewport()->height() / 2;
    const auto it = std::upper_bound(m_pageTops.begin(), m_pageTops.end(), middle);
    return qBound(0, int(it - m_pageTops.begin()) - 1, qMax(0, pageCount() - 1));
}

void PdfView::goToPage(int page, double top) {
    page = qBound(0, page, qMax(0, pageCount() - 1));
    const QRect r = pageRect(page);
    verticalScrollBar()->setValue(r.top() - kGap + qRound(top * r.height()));
    emitPageIfChanged();
}

void PdfView::setZoom(double zoom) {
    zoom = qBound(kMinZoom, zoom, kMaxZoom);
    m_fit = Fit::None;
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the point under the middle of the view where it is.
    const int page = currentPage();
    const QRect before = pageRect(page);
    const double within =
        before.height() > 0
            ? double(verticalScrollBar()->value() + viewport()->height() / 2 - before.top()) /
                  before.height()
            : 0.0;
    m_zoom = zoom;
    relayout();
    const QRect after = pageRect(page);
    verticalScrollBar()->setValue(after.top() + qRound(within * after.height()) -
                                  viewport()->height() / 2);
    Q_EMIT zoomChanged(m_zoom);
}

void PdfView::setFit(Fit fit) {
    m_fit = fit;
    applyFit();
}

void PdfView::applyFit() {
    if (m_fit == Fit::None || m_pageSizes.isEmpty())
        return;
    const QSizeF page = m_pageSizes.value(currentPage());
    const double perPoint = logicalDpiY() / 72.0;
    const double widthZoom = (viewport()->width() - 2.0 * kGap) / (page.width() * perPoint);
    const double heightZoom = (viewport()->height() - 2.0 * kGap) / (page.height() * perPoint);
    const double zoom =
        qBound(kMinZoom, m_fit == Fit::Width ? widthZoom : qMin(widthZoom, heightZoom), kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    const int page_ = currentPage();
    m_zoom = zoom;
    relayout();
    if (m_fit == Fit::Page)
        goToPage(page_);
    Q_EMIT zoomChanged(m_zoom);
}

void PdfView::resizeEvent(QResizeEvent *event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    applyFit();
}

void PdfView::scrollContentsBy(int, int) {
    viewport()->update();
    emitPageIfChanged();
}

void PdfView::emitPageIfChanged() {
    const int page = currentPage();
    if (page != m_lastPage) {
        m_lastPage = page;
        Q_EMIT currentPageChanged(page);
    }
}

void PdfView::paintEvent(QPaintEvent *) {
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Dark));
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    const int key = renderKey();
    const double dpi = 72.0 * pixelsPerPoint() * devicePixelRatioF();
    const QPoint offset(-horizontalScrollBar()->value(), -top);

    int firstVisible = -1, lastVisible = -1;
    for (int page = 0; page < pageCount(); ++page) {
        const QRect r = pageRect(page);
        if (r.bottom() < top || r.top() > bottom)
            continue;
        if (firstVisible < 0)
            firstVisible = page;
        lastVisible = page;
    }
    // Scrolled on: renders of pages out of sight (and not next to it) are not worth waiting for.
    if (firstVisible >= 0)
        m_renderer->setWantedPages(firstVisible - 1, lastVisible + 1);
    for (int page = qMax(0, firstVisible); firstVisible >= 0 && page <= lastVisible; ++page) {
        const QRect target = pageRect(page).translated(offset);
        painter.fillRect(target.translated(2, 2), QColor(0, 0, 0, 60));
        QImage image = m_renderer->cached(page, key);
        if (image.isNull()) {
            m_renderer->request(page, key, dpi);
            image = m_renderer->anyCached(page); // the old zoom, scaled, until the new arrives
        }
        if (image.isNull()) {
            painter.fillRect(target, Qt::white);
            const QString failure = m_renderer->failure(page, key);
            if (!failure.isEmpty()) {
                // The page says why it stays empty, in the middle of what is in view of it.
                const QRect shown =
                    target.intersected(viewport()->rect()).adjusted(24, 24, -24, -24);
                painter.setPen(QColor(90, 90, 90));
                painter.drawText(shown, Qt::AlignCenter | Qt::TextWordWrap, failure);
            }
        } else {
            painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter.drawImage(target, image);
        }
    }
    // Neighbours next, so scrolling on finds them ready.
    if (firstVisible >= 0) {
        m_renderer->request(lastVisible + 1, key, dpi);
        m_renderer->request(firstVisible - 1, key, dpi);
    }

    // Find highlights, the current one stronger.
    for (int i = 0; i < m_highlights.size(); ++i) {
        const TextSpan &span = m_highlights.at(i);
        if (span.page < firstVisible || span.page > lastVisible)
            continue;
        const QColor color =
            i == m_currentHighlight ? QColor(255, 140, 0, 140) : QColor(255, 230, 0, 110);
        for (const QRectF &box : boxesOf(m_text, span))
            painter.fillRect(toViewport(span.page, box.adjusted(-1, -1, 1, 1)), color);
    }
    // The selection.
    if (m_selectionAnchor.valid() && m_selectionEnd.valid()) {
        const WordRef from = std::min(m_selectionAnchor, m_selectionEnd);
        const WordRef to = std::max(m_selectionAnchor, m_selectionEnd);
        const QColor color = palette().color(QPalette::Highlight);
        QColor translucent = color;
        translucent.setAlpha(90);
        for (int page = qMax(from.page, firstVisible); page <= qMin(to.page, lastVisible); ++page) {
            const QList<TextWord> &words = m_text.words.value(page);
            const int a = page == from.page ? from.word : 0;
            const int b = page == to.page ? to.word : int(words.size()) - 1;
            for (int w = a; w <= b && w < words.size(); ++w)
                painter.fillRect(toViewport(page, words.at(w).box), translucent);
        }
    }
    // The caret: a bar before its word (after the last word at the very end).
    if (m_caretMode) {
        const PdfCaret caret(m_text);
        const bool atEnd = m_caret >= caret.wordCount();
        const auto [page, word] = caret.wordAt(atEnd ? m_caret - 1 : m_caret);
        if (page >= 0) {
            const QRectF box = toViewport(page, m_text.words.at(page).at(word).box);
            const double x = atEnd ? box.right() : box.left() - 1;
            painter.fillRect(QRectF(x - 1, box.top() - 1, 2, box.height() + 2), Qt::black);
        }
    }
}

void PdfView::setCaretBrowsing(bool on) {
    m_caretMode = on;
    if (on) {
        const PdfCaret caret(m_text);
        // Where the reader is: the selection's start, else the top of the current page.
        m_caret = m_selectionAnchor.valid() && m_selectionEnd.valid()
                      ? caret.indexOf(std::min(m_selectionAnchor, m_selectionEnd).page,
                                      std::min(m_selectionAnchor, m_selectionEnd).word)
                      : caret.positionOfPage(currentPage());
        m_caretAnchor = -1;
    }
    viewport()->update();
}

void PdfView::selectCaretRange() {
    const PdfCaret caret(m_text);
    if (m_caretAnchor < 0 || m_caretAnchor == m_caret) {
        m_selectionAnchor = m_selectionEnd = WordRef{};
    } else {
        const auto [fromPage, fromWord] = caret.wordAt(std::min(m_caretAnchor, m_caret));
        const auto [toPage, toWord] = caret.wordAt(std::max(m_caretAnchor, m_caret) - 1);
        m_selectionAnchor = {fromPage, fromWord};
        m_selectionEnd = {toPage, toWord};
    }
    Q_EMIT selectionChanged();
}

bool PdfView::caretKey(QKeyEvent *event) {
    using Move = PdfCaret::Move;
    Move move;
    switch (event->key()) {
    case Qt::Key_Left:
        move = Move::Left;
        break;
    case Qt::Key_Right:
        move = Move::Right;
        break;
    case Qt::Key_Up:
        move = Move::Up;
        break;
    case Qt::Key_Down:
        move = Move::Down;
        break;
    case Qt::Key_Home:
        move = Move::LineStart;
        break;
    case Qt::Key_End:
        move = Move::LineEnd;
        break;
    default:
        return false;
    }
    const PdfCaret caret(m_text);
    if (event->modifiers() & Qt::ShiftModifier) {
        if (m_caretAnchor < 0)
            m_caretAnchor = m_caret;
    } else {
        m_caretAnchor = -1;
    }
    m_caret = caret.move(m_caret, move);
    selectCaretRange();
    // The caret stays in view.
    const bool atEnd = m_caret >= caret.wordCount();
    if (const auto [page, word] = caret.wordAt(atEnd ? m_caret - 1 : m_caret); page >= 0) {
        const QRectF box = toViewport(page, m_text.words.at(page).at(word).box);
        if (box.top() < 0 || box.bottom() > viewport()->height())
            verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(box.center().y()) -
                                          viewport()->height() / 2);
        emitPageIfChanged();
    }
    viewport()->update();
    return true;
}

bool PdfView::markSelection() {
    const QString text = selectedText();
    if (text.isEmpty())
        return false;
    const auto [start, end] = selectedRange();
    Q_EMIT markAsQuestion(start, end, text);
    return true;
}

void PdfView::keyPressEvent(QKeyEvent *event) {
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->key() == Qt::Key_F7 && event->modifiers() == Qt::NoModifier) {
        setCaretBrowsing(!m_caretMode);
        return;
    }
    // The menu of the selection from the keyboard, at the caret or the view's corner.
    if (event->key() == Qt::Key_Menu ||
        (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier)) {
        showContextMenu(viewport()->mapToGlobal(QPoint(viewport()->width() / 3, height() / 3)));
        return;
    }
    if (m_caretMode && caretKey(event))
        return;
    switch (event->key()) {
    case Qt::Key_Home:
        goToPage(0);
        return;
    case Qt::Key_End:
        goToPage(pageCount() - 1);
        return;
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_PageUp:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void PdfView::wheelEvent(QWheelEvent *event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(m_zoom * std::pow(1.1, steps));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

PdfView::WordRef PdfView::wordAt(const QPoint &pos, bool nearest) const {
    for (int page = 0; page < pageCount(); ++page) {
        const QRect r = pageRect(page).translated(-horizontalScrollBar()->value(),
                                                  -verticalScrollBar()->value());
        if (pos.y() < r.top() - kGap / 2 || pos.y() > r.bottom() + kGap / 2)
            continue;
        const QPointF point = toPagePoint(page, pos);
        const QList<TextWord> &words = m_text.words.value(page);
        int best = -1;
        double bestDistance = 1e12;
        for (int w = 0; w < words.size(); ++w) {
            const QRectF &box = words.at(w).box;
            if (box.contains(point))
                return {page, w};
            if (!nearest)
                continue;
            // Nearest by line first (vertical distance dominates), then horizontally.
            const double dy =
                point.y() < box.top() ? box.top() - point.y() : qMax(0.0, point.y() - box.bottom());
            const double dx = point.x() < box.left() ? box.left() - point.x()
                                                     : qMax(0.0, point.x() - box.right());
            const double distance = dy * 10 + dx;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = w;
            }
        }
        return best >= 0 ? WordRef{page, best} : WordRef{};
    }
    return {};
}

void PdfView::selectBetween(const QPoint &from, const QPoint &to) {
    m_selectionAnchor = wordAt(from, true);
    m_selectionEnd = wordAt(to, true);
    viewport()->update();
    Q_EMIT selectionChanged();
}

void PdfView::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_selecting = true;
    m_selectionAnchor = wordAt(event->position().toPoint(), true);
    m_selectionEnd = WordRef{};
    if (m_caretMode && m_selectionAnchor.valid()) {
        m_caret = PdfCaret(m_text).indexOf(m_selectionAnchor.page, m_selectionAnchor.word);
        m_caretAnchor = -1;
    }
    viewport()->update();
}

void PdfView::mouseMoveEvent(QMouseEvent *event) {
    if (!m_selecting)
        return;
    m_selectionEnd = wordAt(event->position().toPoint(), true);
    viewport()->update();
}

void PdfView::mouseReleaseEvent(QMouseEvent *event) {
    if (!m_selecting)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_selecting = false;
    if (m_selectionEnd.valid()) {
        Q_EMIT selectionChanged();
        // X11 convention: a selection is also offered to middle-click paste.
        if (QApplication::clipboard()->supportsSelection())
            QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
    } else {
        m_selectionAnchor = WordRef{};
    }
}

QString PdfView::selectedText() const {
    if (!m_selectionAnchor.valid() || !m_selectionEnd.valid())
        return {};
    const WordRef from = std::min(m_selectionAnchor, m_selectionEnd);
    const WordRef to = std::max(m_selectionAnchor, m_selectionEnd);
    QStringList parts;
    for (int page = from.page; page <= to.page; ++page) {
        const int last = page == to.page ? to.word : int(m_text.words.value(page).size()) - 1;
        parts << textBetweenWords(m_text, page, page == from.page ? from.word : 0, last);
    }
    return parts.join(u'\n');
}

std::pair<int, int> PdfView::selectedRange() const {
    if (!m_selectionAnchor.valid() || !m_selectionEnd.valid())
        return {0, 0};
    const WordRef from = std::min(m_selectionAnchor, m_selectionEnd);
    const WordRef to = std::max(m_selectionAnchor, m_selectionEnd);
    auto pageStart = [this](int page) {
        int offset = 0;
        for (int p = 0; p < page && p < m_text.pages.size(); ++p)
            offset += int(m_text.pages.at(p).size()) + 1;
        return offset;
    };
    const TextWord &first = m_text.words.at(from.page).at(from.word);
    const TextWord &last = m_text.words.at(to.page).at(to.word);
    return {pageStart(from.page) + first.start, pageStart(to.page) + last.start + last.length};
}

void PdfView::copySelection() const {
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void PdfView::contextMenuEvent(QContextMenuEvent *event) {
    showContextMenu(event->globalPos());
}

void PdfView::showContextMenu(const QPoint &globalPos) {
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy"), this, &PdfView::copySelection);
    copy->setEnabled(!selectedText().isEmpty());
    QAction *mark = menu.addAction(tr("&Mark as question"), this, &PdfView::markSelection);
    mark->setEnabled(!selectedText().isEmpty());
    menu.exec(globalPos);
}

void PdfView::setHighlights(const QList<TextSpan> &spans, int current) {
    m_highlights = spans;
    m_currentHighlight = current;
    viewport()->update();
}

void PdfView::scrollToSpan(const TextSpan &span) {
    const QList<QRectF> boxes = boxesOf(m_text, span);
    if (boxes.isEmpty()) {
        goToPage(span.page);
        return;
    }
    const QRectF target = toViewport(span.page, boxes.first());
    if (target.top() < 0 || target.bottom() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(target.center().y()) -
                                      viewport()->height() / 3);
    if (target.left() < 0 || target.right() > viewport()->width())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() +
                                        qRound(target.center().x()) - viewport()->width() / 2);
    emitPageIfChanged();
}

} // namespace overleg::ui
