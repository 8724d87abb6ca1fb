#pragma once

#include "document/TextSearch.h"

#include <QWidget>

namespace overleg::ui {

// What the document page asks of every viewer (PDF, HTML, text): find and zoom.
class DocumentViewer : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Moves to the next (or previous) match of text, highlighting every match; reports the
    // result through findResult.
    virtual void find(const QString &text, SearchOptions options, bool backwards) = 0;
    virtual void clearFind() = 0;
    virtual bool supportsWholeWords() const { return true; }
    virtual void zoomIn() = 0;
    virtual void zoomOut() = 0;
    virtual void resetZoom() = 0;
    // Keyboard selection: a caret moved with the arrows, Shift+arrows select (F7).
    virtual void setCaretBrowsing(bool on) { Q_UNUSED(on); }
    virtual bool caretBrowsing() const { return false; }
    // Emits markAsQuestion for the selected text; false when nothing is selected.
    virtual bool markSelection() { return false; }

Q_SIGNALS:
    // current is 1-based; 0 when nothing matched.
    void findResult(int current, int total);
    // The user marked the selected text as a question (offsets in the plain text).
    void markAsQuestion(int start, int end, const QString &text);
};

} // namespace overleg::ui
