#pragma once

#include "DocumentViewer.h"

#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;
class QTreeWidget;

namespace overleg {
class PdfDocument;
struct DocumentText;
} // namespace overleg

namespace overleg::ui {

class PdfView;

// A PDF with its own tool row (page box, zoom, fit width/page) and, when the file has one,
// its outline beside the pages.
class PdfViewer : public DocumentViewer {
    Q_OBJECT
public:
    PdfViewer(std::shared_ptr<PdfDocument> document, QWidget *parent = nullptr);

    PdfView *view() const { return m_view; }
    void setText(const DocumentText &text);
    void focusPageBox();

    void find(const QString &text, SearchOptions options, bool backwards) override;
    void clearFind() override;
    void zoomIn() override;
    void zoomOut() override;
    void resetZoom() override;
    void setCaretBrowsing(bool on) override;
    bool caretBrowsing() const override;
    bool markSelection() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateZoomBox(double zoom);

    std::shared_ptr<PdfDocument> m_document;
    PdfView *m_view;
    QSpinBox *m_pageBox;
    QLabel *m_pageCount;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QComboBox *m_zoomBox;
    QToolButton *m_fitWidth;
    QToolButton *m_fitPage;
    QTreeWidget *m_outline;

    QString m_findText;
    SearchOptions m_findOptions;
    QList<TextSpan> m_matches;
    int m_currentMatch = -1;
};

} // namespace overleg::ui
