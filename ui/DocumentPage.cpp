#include "DocumentPage.h"

#include "document/HtmlConverter.h"
#include "document/PopplerBackend.h"
#include "document/TextExtractor.h"
#include "library/FileStore.h"
#include "models/DisplayDate.h"
#include "viewer/FindBar.h"
#include "viewer/HtmlViewer.h"
#include "viewer/PdfView.h"
#include "viewer/PdfViewer.h"
#include "viewer/TextViewer.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextCursor>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace overleg::ui {

namespace {

// What the worker prepares for the viewer.
struct Prepared {
    FileType type = FileType::Unknown;
    std::shared_ptr<PdfDocument> pdf;
    QString htmlFile;
    QByteArray bytes;
    QString error;
};

Prepared prepare(const QString &path, const QString &cacheDirectory) {
    Prepared result;
    QFile file(path);
    if (file.size() > kMaxDocumentSize || !file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("TextExtractor", "Cannot read %1: %2")
                           .arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    result.bytes = file.readAll();
    result.type = sniffFileType(result.bytes);
    switch (result.type) {
    case FileType::Pdf: {
        auto pdf = PdfDocument::open(result.bytes);
        if (!pdf)
            result.error = pdf.error();
        else
            result.pdf = pdf.value();
        break;
    }
    case FileType::Html:
    case FileType::Xml:
    case FileType::Docx:
    case FileType::Odt: {
        // Converted once per file content, then read from the cache.
        const QString target =
            QDir(cacheDirectory)
                .filePath(QStringLiteral("html/%1.html").arg(FileStore::sha256Of(result.bytes)));
        if (!QFileInfo::exists(target)) {
            const auto html = HtmlConverter::toHtml(result.bytes);
            if (!html) {
                result.error = html.error();
                break;
            }
            QDir().mkpath(QFileInfo(target).absolutePath());
            QSaveFile out(target);
            if (!out.open(QIODevice::WriteOnly) || out.write(html->toUtf8()) < 0 || !out.commit()) {
                result.error = out.errorString();
                break;
            }
        }
        result.htmlFile = target;
        break;
    }
    case FileType::Text:
        break;
    default: {
        const auto text = extractText(result.bytes); // its message says what is wrong
        result.error = text ? QString() : text.error();
        break;
    }
    }
    return result;
}

} // namespace

DocumentPage::DocumentPage(const DocumentDetails &details, const QString &cacheDirectory,
                           QWidget *parent)
    : QWidget(parent)
    , m_details(details)
    , m_cacheDirectory(cacheDirectory)
    , m_header(new QLabel(this))
    , m_message(new QLabel(this))
    , m_findBar(new FindBar(this)) {
    setObjectName(QStringLiteral("documentPage"));
    m_header->setObjectName(QStringLiteral("documentMetadata"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setText(metadataHtml());
    m_message->setObjectName(QStringLiteral("documentMessage"));
    m_message->setWordWrap(true);
    m_message->setText(tr("Reading the document…"));
    m_findBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_header);
    if (!m_details.renditions.isEmpty() && !m_details.filePath.isEmpty()) {
        auto *row = new QHBoxLayout;
        m_renditionLabel = new QLabel(this);
        m_renditionChooser = new QComboBox(this);
        m_renditionChooser->setObjectName(QStringLiteral("renditionChooser"));
        m_renditionLabel->setBuddy(m_renditionChooser);
        row->addWidget(m_renditionLabel);
        row->addWidget(m_renditionChooser);
        row->addStretch(1);
        layout->addLayout(row);
        retranslateRenditions();
        connect(m_renditionChooser, &QComboBox::activated, this, &DocumentPage::showRendition);
    }
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_findBar);
    connect(m_findBar, &FindBar::closed, this, [this] {
        if (m_viewer) {
            m_viewer->clearFind();
            m_viewer->setFocus();
        }
    });
    m_viewedPath = m_details.filePath;
    load(m_details.filePath, true);
}

DocumentPage::~DocumentPage() = default;

void DocumentPage::retranslateRenditions() {
    if (!m_renditionChooser)
        return;
    m_renditionLabel->setText(tr("&Show as:"));
    m_renditionChooser->setAccessibleName(tr("Format shown"));
    m_renditionChooser->setToolTip(
        tr("This document is here in several formats; choose the one to read. Questions and "
           "notes are the same in every format."));
    // The document's own file first; each entry names its format and the file it came from.
    const QMimeDatabase mimes;
    auto label = [&](const QString &path, const QString &mime, const QString &name) {
        QString format = QFileInfo(path).suffix().toUpper();
        if (const QStringList suffixes = mimes.mimeTypeForName(mime).suffixes();
            !suffixes.isEmpty())
            format = suffixes.first().toUpper();
        return name.isEmpty() ? format : tr("%1 (%2)").arg(format, name);
    };
    const int current = qMax(0, m_renditionChooser->currentIndex());
    m_renditionChooser->clear();
    m_renditionChooser->addItem(label(m_details.filePath, m_details.mime, m_details.originalName),
                                m_details.filePath);
    for (const DocumentRendition &r : m_details.renditions)
        m_renditionChooser->addItem(label(r.path, r.mime, r.originalName), r.path);
    m_renditionChooser->setCurrentIndex(current);
}

void DocumentPage::showRendition(int index) {
    if (!m_renditionChooser || index < 0 || index >= m_renditionChooser->count())
        return;
    const QString path = m_renditionChooser->itemData(index).toString();
    m_renditionChooser->setCurrentIndex(index);
    if (path == m_viewedPath)
        return;
    m_viewedPath = path;
    removeViewer();
    m_reading = true;
    m_message->setText(tr("Reading the document…"));
    m_message->show();
    load(path, path == m_details.filePath);
}

void DocumentPage::removeViewer() {
    if (!m_viewer)
        return;
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    const int at = layout->indexOf(m_viewer);
    layout->removeWidget(m_viewer);
    layout->insertStretch(at, 1); // holds the place for the next viewer
    m_findBar->hide();
    m_viewer->hide();
    m_viewer->deleteLater();
    m_viewer = nullptr;
}

// A passage marked in another format is found again in the document's own text, so the
// question stands where the panel reads it.
void DocumentPage::forwardMarkAsQuestion(int start, int end, const QString &text) {
    if (m_viewedPath == m_details.filePath) {
        Q_EMIT markAsQuestion(start, end, text);
        return;
    }
    QStringList words;
    for (const QString &word :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        words << QRegularExpression::escape(word);
    const QRegularExpressionMatch match =
        QRegularExpression(words.join(QStringLiteral("\\s+"))).match(m_text.plainText());
    if (words.isEmpty() || !match.hasMatch()) {
        showMessage(tr("This passage was not found in the document's own file; mark it in the "
                       "first format."));
        return;
    }
    Q_EMIT markAsQuestion(int(match.capturedStart()), int(match.capturedEnd()), match.captured());
}

QString DocumentPage::title() const {
    const QString &t = m_details.summary.titel;
    return t.size() > 48 ? t.left(46) + QStringLiteral("…") : t;
}

QString DocumentPage::message() const {
    return m_message->isVisible() ? m_message->text() : QString();
}

void DocumentPage::showFind() {
    if (!m_viewer)
        return;
    m_findBar->setWholeWordsAvailable(m_viewer->supportsWholeWords());
    m_findBar->activate();
}

void DocumentPage::highlightSpan(int start, int end, const QString &text) {
    if (m_viewedPath != m_details.filePath) {
        // Offsets are the document's own file's: in another format, find the opening words.
        if (m_viewer)
            m_viewer->find(text.section(u' ', 0, 7), {}, false);
        return;
    }
    if (auto *pdf = qobject_cast<PdfViewer *>(m_viewer)) {
        // Plain-text offsets to spans per page (pages are joined by one form feed).
        QList<TextSpan> spans;
        int pageStart = 0;
        for (int page = 0; page < m_text.pages.size(); ++page) {
            const int pageEnd = pageStart + int(m_text.pages.at(page).size());
            const int from = qMax(start, pageStart), to = qMin(end, pageEnd);
            if (from < to)
                spans << TextSpan{page, from - pageStart, to - from};
            pageStart = pageEnd + 1;
        }
        pdf->view()->setHighlights(spans, 0);
        if (!spans.isEmpty())
            pdf->view()->scrollToSpan(spans.first());
    } else if (auto *plain = qobject_cast<TextViewer *>(m_viewer)) {
        QTextCursor cursor(plain->editor()->document());
        cursor.setPosition(qBound(0, start, plain->editor()->document()->characterCount() - 1));
        cursor.setPosition(qBound(0, end, plain->editor()->document()->characterCount() - 1),
                           QTextCursor::KeepAnchor);
        plain->editor()->setTextCursor(cursor);
        plain->editor()->ensureCursorVisible();
    } else if (m_viewer) {
        // HTML has no offsets of ours: find the question's opening words.
        m_viewer->find(text.section(u' ', 0, 7), {}, false);
    }
}

void DocumentPage::goToPage() {
    if (auto *pdf = qobject_cast<PdfViewer *>(m_viewer))
        pdf->focusPageBox();
}

QString DocumentPage::metadataHtml() const {
    const DocumentSummary &s = m_details.summary;
    QStringList facts;
    for (const QString &fact :
         {s.soort, m_details.citation.isEmpty() ? s.nummer : m_details.citation,
          displayDate(s.datum)}) {
        if (!fact.isEmpty())
            facts << fact.toHtmlEscaped();
    }
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3><p style='margin:2px 0'>%2</p>")
                       .arg(s.titel.toHtmlEscaped(), facts.join(QStringLiteral(" · ")));
    auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<div><b>%1</b> %2</div>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Dossier:"), m_details.dossierTitel);
    row(tr("Committee:"), m_details.commissies.join(QStringLiteral("; ")));
    QStringList actors;
    for (const ActorSummary &a : m_details.actors) {
        QString line = a.naam;
        if (!a.fractie.isEmpty())
            line += QStringLiteral(" (%1)").arg(a.fractie);
        if (!a.relatie.isEmpty())
            line += QStringLiteral(" — ") + a.relatie.toLower();
        actors << line;
    }
    row(tr("Actors:"), actors.join(QStringLiteral("; ")));
    row(tr("Case:"), m_details.zaken.join(QStringLiteral("; ")));
    if (m_details.isLocal)
        row(tr("Imported file:"), m_details.originalName);
    return html;
}

void DocumentPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_header->setText(metadataHtml());
        retranslateRenditions();
        if (m_reading)
            m_message->setText(tr("Reading the document…"));
    }
    QWidget::changeEvent(event);
}

void DocumentPage::showMessage(const QString &message) {
    m_reading = false;
    m_message->setText(message);
    m_message->show();
}

void DocumentPage::showViewer(DocumentViewer *viewer) {
    m_viewer = viewer;
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    const int at = layout->indexOf(m_message) + 1;
    layout->insertWidget(at, viewer, 100);
    delete layout->takeAt(at + 1); // the stretch that held the place
    m_message->hide();
    m_message->clear();
    m_reading = false;
    connect(viewer, &DocumentViewer::findResult, m_findBar, &FindBar::showResult);
    connect(viewer, &DocumentViewer::markAsQuestion, this, &DocumentPage::forwardMarkAsQuestion);
    connect(m_findBar, &FindBar::findRequested, viewer, &DocumentViewer::find);
    setFocusProxy(viewer);
}

void DocumentPage::finishText(const DocumentText &text) {
    m_text = text;
    m_textLoaded = true;
    if (!text.warning.isEmpty())
        showMessage(text.warning);
    Q_EMIT textLoaded();
}

void DocumentPage::load(const QString &path, bool primary) {
    const int generation = ++m_loadGeneration;
    if (path.isEmpty()) {
        showMessage(tr("The file of this document is not in the library yet."));
        finishText({});
        return;
    }
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, primary] {
        watcher->deleteLater();
        if (generation != m_loadGeneration)
            return;
        const Prepared prepared = watcher->result();
        if (!prepared.error.isEmpty()) {
            showMessage(tr("This document cannot be shown: %1").arg(prepared.error));
            if (primary)
                finishText({});
            return;
        }
        if (prepared.pdf) {
            auto *viewer = new PdfViewer(prepared.pdf, this);
            showViewer(viewer);
        } else if (!prepared.htmlFile.isEmpty()) {
            showViewer(new HtmlViewer(prepared.htmlFile, this));
        }
        // The text model (for find in PDFs, and later the questions) is read next, so the
        // first page is on screen before it.
        auto *textWatcher = new QFutureWatcher<Result<DocumentText>>(this);
        // Another format only needs its text for its viewer; the questions stay the file's.
        connect(textWatcher, &QFutureWatcherBase::finished, this,
                [this, textWatcher, type = prepared.type, generation, primary] {
                    textWatcher->deleteLater();
                    if (generation != m_loadGeneration)
                        return;
                    const Result<DocumentText> text = textWatcher->result();
                    if (!text) {
                        showMessage(tr("This document cannot be shown: %1").arg(text.error()));
                        if (primary)
                            finishText({});
                        return;
                    }
                    if (auto *pdf = qobject_cast<PdfViewer *>(m_viewer))
                        pdf->setText(text.value());
                    else if (type == FileType::Text)
                        showViewer(new TextViewer(text->plainText(), this));
                    if (primary && !m_textLoaded)
                        finishText(text.value());
                });
        textWatcher->setFuture(
            QtConcurrent::run([bytes = prepared.bytes] { return extractText(bytes); }));
    });
    watcher->setFuture(QtConcurrent::run(prepare, path, m_cacheDirectory));
}

} // namespace overleg::ui
