#include "PdfViewer.h"

#include "PdfView.h"
#include "document/PopplerBackend.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace overleg::ui {

namespace {
const double kZoomSteps[] = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};

void addOutline(QTreeWidgetItem *parent, QTreeWidget *tree, const QList<OutlineEntry> &entries) {
    for (const OutlineEntry &entry : entries) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, entry.title);
        item->setData(0, Qt::UserRole, entry.page);
        item->setData(0, Qt::UserRole + 1, entry.top);
        addOutline(item, tree, entry.children);
    }
}
} // namespace

PdfViewer::PdfViewer(std::shared_ptr<PdfDocument> document, QWidget *parent)
    : DocumentViewer(parent)
    , m_document(document)
    , m_view(new PdfView(document, this))
    , m_pageBox(new QSpinBox(this))
    , m_pageCount(new QLabel(this))
    , m_zoomOut(new QToolButton(this))
    , m_zoomIn(new QToolButton(this))
    , m_zoomBox(new QComboBox(this))
    , m_fitWidth(new QToolButton(this))
    , m_fitPage(new QToolButton(this))
    , m_outline(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("pdfViewer"));
    m_pageBox->setObjectName(QStringLiteral("pageBox"));
    m_zoomBox->setObjectName(QStringLiteral("zoomBox"));
    m_fitWidth->setObjectName(QStringLiteral("fitWidth"));
    m_fitPage->setObjectName(QStringLiteral("fitPage"));
    m_outline->setObjectName(QStringLiteral("outline"));
    m_pageBox->setRange(1, qMax(1, m_view->pageCount()));
    m_pageBox->setKeyboardTracking(false);
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_fitWidth->setCheckable(true);
    m_fitPage->setCheckable(true);
    m_fitWidth->setChecked(true);
    m_zoomBox->setEditable(true);
    m_zoomBox->setInsertPolicy(QComboBox::NoInsert);
    for (double step : kZoomSteps)
        m_zoomBox->addItem(QStringLiteral("%1 %").arg(qRound(step * 100)), step);

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(4, 2, 4, 2);
    tools->addWidget(m_pageBox);
    tools->addWidget(m_pageCount);
    tools->addStretch();
    tools->addWidget(m_zoomOut);
    tools->addWidget(m_zoomBox);
    tools->addWidget(m_zoomIn);
    tools->addWidget(m_fitWidth);
    tools->addWidget(m_fitPage);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_outline);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    m_outline->setHeaderHidden(true);
    addOutline(nullptr, m_outline, m_document->outline());
    m_outline->setVisible(m_outline->topLevelItemCount() > 0);
    splitter->setSizes({200, 800});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_view);

    connect(m_view, &PdfView::currentPageChanged, this, [this](int page) {
        const QSignalBlocker block(m_pageBox);
        m_pageBox->setValue(page + 1);
    });
    connect(m_pageBox, &QSpinBox::valueChanged, this,
            [this](int page) { m_view->goToPage(page - 1); });
    connect(m_view, &PdfView::zoomChanged, this, &PdfViewer::updateZoomBox);
    connect(m_view, &PdfView::markAsQuestion, this, &DocumentViewer::markAsQuestion);
    connect(m_zoomIn, &QToolButton::clicked, this, &PdfViewer::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &PdfViewer::zoomOut);
    connect(m_fitWidth, &QToolButton::clicked, this, [this] {
        m_view->setFit(PdfView::Fit::Width);
        updateZoomBox(m_view->zoom());
    });
    connect(m_fitPage, &QToolButton::clicked, this, [this] {
        m_view->setFit(PdfView::Fit::Page);
        updateZoomBox(m_view->zoom());
    });
    connect(m_zoomBox, &QComboBox::activated, this, [this](int index) {
        m_view->setZoom(m_zoomBox->itemData(index).toDouble());
        updateZoomBox(m_view->zoom());
    });
    connect(m_zoomBox->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        bool ok = false;
        const double percent = m_zoomBox->currentText().remove(u'%').trimmed().toDouble(&ok);
        if (ok)
            m_view->setZoom(percent / 100.0);
        updateZoomBox(m_view->zoom());
    });
    connect(m_outline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int page = item->data(0, Qt::UserRole).toInt();
        if (page >= 0)
            m_view->goToPage(page, item->data(0, Qt::UserRole + 1).toDouble());
    });
    retranslate();
    updateZoomBox(m_view->zoom());
}

void PdfViewer::setText(const DocumentText &text) {
    m_view->setText(text);
    if (!m_findText.isEmpty())
        find(m_findText, m_findOptions, false);
}

void PdfViewer::focusPageBox() {
    m_pageBox->setFocus(Qt::ShortcutFocusReason);
    m_pageBox->selectAll();
}

void PdfViewer::updateZoomBox(double zoom) {
    m_zoomBox->setEditText(QStringLiteral("%1 %").arg(qRound(zoom * 100)));
    m_fitWidth->setChecked(m_view->fit() == PdfView::Fit::Width);
    m_fitPage->setChecked(m_view->fit() == PdfView::Fit::Page);
}

void PdfViewer::zoomIn() {
    for (double step : kZoomSteps) {
        if (step > m_view->zoom() + 0.001) {
            m_view->setZoom(step);
            break;
        }
    }
    updateZoomBox(m_view->zoom());
}

void PdfViewer::zoomOut() {
    double target = kZoomSteps[0];
    for (double step : kZoomSteps) {
        if (step < m_view->zoom() - 0.001)
            target = step;
    }
    m_view->setZoom(target);
    updateZoomBox(m_view->zoom());
}

void PdfViewer::resetZoom() {
    m_view->setZoom(1.0);
    updateZoomBox(m_view->zoom());
}

void PdfViewer::find(const QString &text, SearchOptions options, bool backwards) {
    const bool sameSearch = text == m_findText &&
                            options.caseSensitive == m_findOptions.caseSensitive &&
                            options.wholeWords == m_findOptions.wholeWords;
    if (!sameSearch) {
        m_findText = text;
        m_findOptions = options;
        m_matches = findAll(m_view->text(), text, options);
        // Start at the first match on or after the page in view.
        m_currentMatch = -1;
        const int page = m_view->currentPage();
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_matches.at(i).page >= page) {
                m_currentMatch = i;
                break;
            }
        }
        if (m_currentMatch < 0 && !m_matches.isEmpty())
            m_currentMatch = 0;
    } else if (!m_matches.isEmpty()) {
        const int n = int(m_matches.size());
        m_currentMatch = ((m_currentMatch + (backwards ? -1 : 1)) % n + n) % n;
    }
    m_view->setHighlights(m_matches, m_currentMatch);
    if (m_currentMatch >= 0)
        m_view->scrollToSpan(m_matches.at(m_currentMatch));
    Q_EMIT findResult(m_currentMatch + 1, int(m_matches.size()));
}

void PdfViewer::clearFind() {
    m_findText.clear();
    m_matches.clear();
    m_currentMatch = -1;
    m_view->setHighlights({}, -1);
}

void PdfViewer::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    DocumentViewer::changeEvent(event);
}

void PdfViewer::setCaretBrowsing(bool on) {
    m_view->setCaretBrowsing(on);
    if (on)
        m_view->setFocus(Qt::ShortcutFocusReason);
}

bool PdfViewer::caretBrowsing() const {
    return m_view->caretBrowsing();
}

bool PdfViewer::markSelection() {
    return m_view->markSelection();
}

void PdfViewer::retranslate() {
    m_pageCount->setText(tr("of %1").arg(m_view->pageCount()));
    m_pageBox->setToolTip(tr("Page (Ctrl+G)"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_fitWidth->setText(tr("Fit width"));
    m_fitPage->setText(tr("Fit page"));
    m_pageBox->setAccessibleName(tr("Page"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomBox->setAccessibleName(tr("Zoom"));
    m_outline->setAccessibleName(tr("Outline of the document"));
    m_view->setAccessibleName(tr("Pages of the document"));
    m_view->setAccessibleDescription(
        tr("F7 turns on a caret: arrows move it, Shift and the arrows select, Ctrl+M marks the "
           "selection as a question"));
}

} // namespace overleg::ui
