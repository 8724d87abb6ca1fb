#include "ExportDialog.h"

#include "AppSettings.h"

#include "export/NotesBundle.h"
#include "export/PdfReport.h"
#include "export/ReportBuilder.h"
#include "export/SaveFile.h"
#include "export/TextReports.h"
#include "library/Library.h"
#include "store/NotesBackend.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace overleg::ui {

ExportDialog::ExportDialog(Library &library, const QString &currentDocumentId,
                           const QString &language, const QStringList &openDocumentIds,
                           QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_currentDocument(currentDocumentId)
    , m_openDocuments(openDocumentIds)
    , m_labels(ReportLabels::forLanguage(language))
    , m_thisDocument(new QRadioButton(tr("This document"), this))
    , m_openDocumentsChoice(new QRadioButton(
          tr("The %n open document(s)", nullptr, int(openDocumentIds.size())), this))
    , m_allDocuments(new QRadioButton(tr("All documents with notes"), this))
    , m_tag(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_fractie(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_preview(new QPrintPreviewWidget(this))
    , m_textPreview(new QPlainTextEdit(this))
    , m_previews(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export notes"));
    // Within a 1366x768 laptop's screen, title bar included.
    QSize size(980, 720);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(32, 64));
    resize(size);

    m_thisDocument->setObjectName(QStringLiteral("exportThisDocument"));
    m_allDocuments->setObjectName(QStringLiteral("exportAllDocuments"));
    m_openDocumentsChoice->setObjectName(QStringLiteral("exportOpenDocuments"));
    m_openDocumentsChoice->setVisible(openDocumentIds.size() > 1);
    m_thisDocument->setEnabled(!currentDocumentId.isEmpty());
    (currentDocumentId.isEmpty() ? m_allDocuments : m_thisDocument)->setChecked(true);

    m_tag->setObjectName(QStringLiteral("exportTag"));
    m_tag->addItem(tr("Any tag"), QString());
    for (const Tag &tag : library.notes().tags())
        m_tag->addItem(tag.name, tag.name);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &status : NotesBackend::statuses())
        m_status->addItem(m_labels.statusName(status), status);
    m_fractie->setObjectName(QStringLiteral("exportFractie"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PDF report"), QStringLiteral("pdf"));
    m_format->addItem(tr("Markdown"), QStringLiteral("md"));
    m_format->addItem(tr("CSV (spreadsheet)"), QStringLiteral("csv"));
    m_format->addItem(tr("All notes as a bundle (JSON, to import elsewhere)"),
                      QStringLiteral("json"));
    m_count->setObjectName(QStringLiteral("exportCount"));
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_preview->setAccessibleName(tr("Preview of the report"));
    // The page view inside the preview is what takes the focus.
    for (QGraphicsView *pages : m_preview->findChildren<QGraphicsView *>())
        pages->setAccessibleName(m_preview->accessibleName());
    m_textPreview->setAccessibleName(tr("Preview of the export"));
    m_textPreview->setObjectName(QStringLiteral("exportTextPreview"));
    m_textPreview->setReadOnly(true);
    m_textPreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_previews->addWidget(m_preview);
    m_previews->addWidget(m_textPreview);

    auto *scope = new QGroupBox(tr("What"), this);
    auto *scopeLayout = new QFormLayout(scope);
    scopeLayout->addRow(m_thisDocument);
    scopeLayout->addRow(m_openDocumentsChoice);
    scopeLayout->addRow(m_allDocuments);
    scopeLayout->addRow(tr("Tag:"), m_tag);
    scopeLayout->addRow(tr("Status:"), m_status);
    scopeLayout->addRow(tr("Parliamentary group:"), m_fractie);
    scopeLayout->addRow(tr("Format:"), m_format);
    scopeLayout->addRow(m_count);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    QPushButton *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseAndExport);
    connect(printButton, &QPushButton::clicked, this, &ExportDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    side->addWidget(scope);
    side->addStretch(1);
    side->addWidget(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(side);
    layout->addWidget(m_previews, 1);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ExportDialog::printTo);
    for (QRadioButton *radio : {m_thisDocument, m_openDocumentsChoice, m_allDocuments})
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                rebuild();
        });
    for (QComboBox *box : {m_tag, m_status, m_fractie})
        connect(box, &QComboBox::activated, this, &ExportDialog::rebuild);
    connect(m_format, &QComboBox::activated, this, &ExportDialog::formatChanged);
    rebuild();
}

void ExportDialog::formatChanged() {
    // The bundle holds all notes; the choices of what to include do not apply to it.
    const bool bundle = format() == QLatin1String("json");
    for (QWidget *w : std::initializer_list<QWidget *>{m_thisDocument, m_openDocumentsChoice,
                                                       m_allDocuments, m_tag, m_status, m_fractie})
        w->setEnabled(!bundle && (w != m_thisDocument || !m_currentDocument.isEmpty()));
    // The PDF preview only shows what a PDF will be; other formats show their own text.
    m_previews->setCurrentWidget(format() == QLatin1String("pdf")
                                     ? static_cast<QWidget *>(m_preview)
                                     : static_cast<QWidget *>(m_textPreview));
    updateTextPreview();
}

void ExportDialog::updateTextPreview() {
    const QString chosen = format();
    if (chosen == QLatin1String("pdf"))
        return;
    // A preview, not the file: long reports are cut.
    constexpr int kPreviewChars = 200000;
    QString text;
    if (chosen == QLatin1String("md"))
        text = TextReports::markdown(m_report, m_labels);
    else if (chosen == QLatin1String("csv"))
        text = QString::fromUtf8(TextReports::csv(m_report, m_labels));
    else
        text = tr("A bundle of all your notes (statuses, tags, notes, corrections and linked "
                  "answer documents) in every document, as JSON. Import it in Overleg elsewhere "
                  "with File > Import notes; the filters on the left do not apply.");
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    if (text.size() > kPreviewChars)
        text = text.left(kPreviewChars) + QStringLiteral("\n…");
    m_textPreview->setPlainText(text);
}

QWidget *ExportDialog::currentPreview() const {
    return m_previews->currentWidget();
}

void ExportDialog::rememberIn(AppSettings *settings) {
    m_settings = settings;
    if (!settings)
        return;
    const int index = m_format->findData(settings->exportFormat());
    if (index >= 0 && index != m_format->currentIndex()) {
        m_format->setCurrentIndex(index);
        formatChanged();
    }
}

QString ExportDialog::suggestedFileName(const QString &title, const QString &format) {
    QString name = title;
    name.remove(QRegularExpression(QStringLiteral("\\.(pdf|docx?|odt|html?|xml|txt)$"),
                                   QRegularExpression::CaseInsensitiveOption));
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral(" "));
    name = name.simplified().left(60).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("overleg");
    return name + u'.' + format;
}

QString ExportDialog::format() const {
    return m_format->currentData().toString();
}

int ExportDialog::previewPageCount() const {
    return m_preview->pageCount();
}

void ExportDialog::rebuild() {
    ReportScope scope;
    if (m_thisDocument->isChecked())
        scope.documentIds = {m_currentDocument};
    else if (m_openDocumentsChoice->isChecked())
        scope.documentIds = m_openDocuments;
    scope.tag = m_tag->currentData().toString();
    scope.status = m_status->currentData().toString();
    scope.fractie = m_fractie->currentData().toString();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = ReportBuilder::build(m_library, scope);
    QApplication::restoreOverrideCursor();
    if (!built) {
        m_count->setText(built.error());
        m_report = {};
    } else {
        m_report = std::move(built).value();
        m_count->setText(tr("%n question(s)", nullptr, m_report.questionCount()) +
                         QStringLiteral(" · ") +
                         tr("%n document(s)", nullptr, int(m_report.documents.size())));
    }
    // The fracties of what is in scope without a fractie filter, to choose from.
    if (scope.fractie.isEmpty()) {
        const QSignalBlocker block(m_fractie);
        m_fractie->clear();
        m_fractie->addItem(tr("Any group"), QString());
        QStringList fracties;
        for (const ReportDocument &doc : std::as_const(m_report.documents))
            for (const ReportQuestion &q : doc.questions)
                if (!q.fractie.isEmpty() && !fracties.contains(q.fractie))
                    fracties << q.fractie;
        for (const QString &f : std::as_const(fracties))
            m_fractie->addItem(f, f);
    }
    m_preview->updatePreview();
    updateTextPreview();
}

void ExportDialog::printTo(QPrinter *printer) {
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter);
    if (const Status rendered = PdfReport::render(m_report, m_labels, printer); !rendered)
        m_count->setText(rendered.error());
}

bool ExportDialog::exportTo(const QString &path) {
    Status written = success();
    const QString chosen = format();
    if (chosen == QLatin1String("pdf"))
        written = PdfReport::write(m_report, m_labels, path);
    else if (chosen == QLatin1String("md"))
        written = saveAtomically(path, TextReports::markdown(m_report, m_labels).toUtf8());
    else if (chosen == QLatin1String("csv"))
        written = saveAtomically(path, TextReports::csv(m_report, m_labels));
    else
        written = saveAtomically(path, NotesBundle::serialize(m_library));
    if (!written) {
        QMessageBox::warning(this, tr("Export notes"), written.error());
        return false;
    }
    m_exportedPath = path;
    if (m_settings) {
        m_settings->setLastExport(QFileInfo(path).absolutePath(), chosen);
        m_settings->sync();
    }
    return true;
}

void ExportDialog::chooseAndExport() {
    const QString chosen = format();
    const QString filter = chosen == QLatin1String("pdf")   ? tr("PDF (*.pdf)")
                           : chosen == QLatin1String("md")  ? tr("Markdown (*.md)")
                           : chosen == QLatin1String("csv") ? tr("CSV (*.csv)")
                                                            : tr("Overleg notes (*.json)");
    const QString title = chosen == QLatin1String("json")  ? QStringLiteral("overleg-notities")
                          : m_report.documents.size() == 1 ? m_report.documents.first().titel
                                                           : m_labels.reportTitle;
    QString folder = m_settings ? m_settings->exportFolder() : QString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(suggestedFileName(title, chosen));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export notes"), suggested, filter);
    if (!path.isEmpty() && exportTo(path))
        accept();
}

void ExportDialog::print() {
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

ExportNotice::ExportNotice(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_openFolder(new QToolButton(statusBar)) {
    m_openFolder->setObjectName(QStringLiteral("openExportFolder"));
    m_openFolder->setAutoRaise(true);
    m_openFolder->hide();
    connect(m_openFolder, &QToolButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)); });
    // The button belongs to the export's message and goes with it.
    connect(statusBar, &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message.isEmpty())
            m_openFolder->hide();
    });
    statusBar->addPermanentWidget(m_openFolder);
    retranslate();
}

void ExportNotice::show(const QString &path) {
    m_folder = QFileInfo(path).absolutePath();
    m_statusBar->showMessage(tr("Notes exported to %1").arg(QDir::toNativeSeparators(path)), 20000);
    m_openFolder->show();
}

void ExportNotice::retranslate() {
    m_openFolder->setText(tr("Open folder"));
}

} // namespace overleg::ui
