#pragma once

#include "DocumentViewer.h"

class QPlainTextEdit;

namespace overleg::ui {

// Plain text (TXT files, and the text of any document whose rendering is not available).
class TextViewer : public DocumentViewer {
    Q_OBJECT
public:
    explicit TextViewer(const QString &text, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    void find(const QString &text, SearchOptions options, bool backwards) override;
    void clearFind() override;
    void zoomIn() override;
    void zoomOut() override;
    void resetZoom() override;
    // The text always has a caret for the keyboard; F7 only moves the focus to it.
    void setCaretBrowsing(bool on) override;
    bool caretBrowsing() const override { return true; }
    bool markSelection() override;

private:
    void highlight();

    QPlainTextEdit *m_editor;
    DocumentText m_model; // the same text, for the shared search
    QList<TextSpan> m_matches;
    int m_current = -1;
    QString m_findText;
    SearchOptions m_findOptions;
    int m_zoomSteps = 0;
};

} // namespace overleg::ui
