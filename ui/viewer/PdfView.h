#pragma once

#include "document/DocumentText.h"
#include "document/TextSearch.h"

#include <QAbstractScrollArea>

#include <memory>

namespace overleg {
class PdfDocument;
}

namespace overleg::ui {

class PageRenderer;

// Continuous vertical pages of a PDF with zoom, fit modes, page navigation, text selection
// and find highlights. Pages are drawn from the PageRenderer's cache; what is not there yet
// shows as a blank page (or the last rendering, scaled) until it arrives.
class PdfView : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum class Fit { None, Width, Page };

    PdfView(std::shared_ptr<PdfDocument> document, QWidget *parent = nullptr);
    ~PdfView() override;

    // The text model with word boxes, for selection and find; set when it has been read.
    void setText(const DocumentText &text);
    const DocumentText &text() const { return m_text; }

    int pageCount() const;
    int currentPage() const; // 0-based: the page under the middle of the view
    void goToPage(int page, double top = 0.0);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom); // 1.0 = 100 %
    void setFit(Fit fit);
    Fit fit() const { return m_fit; }

    void setHighlights(const QList<TextSpan> &spans, int current);
    void scrollToSpan(const TextSpan &span);
    QString selectedText() const;
    // The selection as offsets in the document's plain text (pages joined by form feeds).
    std::pair<int, int> selectedRange() const;
    void copySelection() const;
    // Selects the words from one point of the viewport to another, as a mouse drag does.
    void selectBetween(const QPoint &from, const QPoint &to);

    // Caret browsing (F7): a caret between words moved with the arrows, Home and End; with
    // Shift they select, so a passage can be marked as a question without a mouse.
    void setCaretBrowsing(bool on);
    bool caretBrowsing() const { return m_caretMode; }
    int caretPosition() const { return m_caret; } // in PdfCaret's positions
    // Emits markAsQuestion for the selection; false when nothing is selected.
    bool markSelection();
    // Why the page is not shown at the current zoom (not rendered in time, a compression bomb,
    // damaged), as the page itself says it; empty when it is drawn or on its way.
    QString pageMessage(int page) const;
    // Whether the page is drawn at the current zoom (not only a scaled older rendering).
    bool isPageRendered(int page) const;

    // Where a rectangle of a page (in points) is in the viewport now.
    QRectF toViewport(int page, const QRectF &pointsRect) const;

    static constexpr double kMinZoom = 0.1;
    static constexpr double kMaxZoom = 8.0;

Q_SIGNALS:
    void currentPageChanged(int page);
    void zoomChanged(double zoom);
    void selectionChanged();
    void markAsQuestion(int start, int end, const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct WordRef {
        int page = -1;
        int word = -1;
        bool valid() const { return page >= 0 && word >= 0; }
        bool operator<(const WordRef &o) const {
            return page != o.page ? page < o.page : word < o.word;
        }
    };

    double pixelsPerPoint() const;
    int renderKey() const;
    void relayout();
    void updateScrollBars();
    void applyFit();
    QRect pageRect(int page) const; // in content coordinates
    QPointF toPagePoint(int page, const QPoint &viewportPos) const;
    WordRef wordAt(const QPoint &viewportPos, bool nearest) const;
    void emitPageIfChanged();
    bool caretKey(QKeyEvent *event);
    void selectCaretRange();
    void showContextMenu(const QPoint &globalPos);

    std::shared_ptr<PdfDocument> m_document;
    PageRenderer *m_renderer;
    DocumentText m_text;
    QList<QSizeF> m_pageSizes; // points
    QList<int> m_pageTops;     // content y of each page at the current zoom
    int m_contentWidth = 0;
    int m_contentHeight = 0;
    double m_zoom = 1.0;
    Fit m_fit = Fit::Width;
    int m_lastPage = -1;
    QList<TextSpan> m_highlights;
    int m_currentHighlight = -1;
    WordRef m_selectionAnchor;
    WordRef m_selectionEnd;
    bool m_selecting = false;
    bool m_caretMode = false;
    int m_caret = 0;        // caret position (PdfCaret)
    int m_caretAnchor = -1; // where a Shift selection started; -1: none

    static constexpr int kGap = 12;
};

} // namespace overleg::ui
