#include "DocumentPage.h"

#include "document/TextExtractor.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace overleg::ui {

DocumentPage::DocumentPage(const DocumentDetails &details, QWidget *parent)
    : QWidget(parent)
    , m_details(details)
    , m_header(new QLabel(this))
    , m_message(new QLabel(this))
    , m_text(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("documentPage"));
    m_header->setObjectName(QStringLiteral("documentMetadata"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setText(metadataHtml());
    m_message->setObjectName(QStringLiteral("documentMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_text->setObjectName(QStringLiteral("documentText"));
    m_text->setReadOnly(true);
    m_text->setPlaceholderText(tr("Reading the document…"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addWidget(m_text, 1);
    loadText();
}

QString DocumentPage::title() const {
    const QString &t = m_details.summary.titel;
    return t.size() > 48 ? t.left(46) + QStringLiteral("…") : t;
}

QString DocumentPage::text() const {
    return m_text->toPlainText();
}
QString DocumentPage::message() const {
    return m_message->isVisible() ? m_message->text() : QString();
}

QString DocumentPage::metadataHtml() const {
    const DocumentSummary &s = m_details.summary;
    QStringList facts;
    for (const QString &fact :
         {s.soort, m_details.citation.isEmpty() ? s.nummer : m_details.citation, s.datum}) {
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

void DocumentPage::loadText() {
    if (m_details.filePath.isEmpty()) {
        m_message->setText(tr("The file of this document is not in the library yet."));
        m_message->show();
        m_text->hide();
        m_textLoaded = true;
        return;
    }
    auto *watcher = new QFutureWatcher<Result<DocumentText>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<DocumentText> result = watcher->result();
        watcher->deleteLater();
        if (!result) {
            m_message->setText(tr("This document cannot be shown: %1").arg(result.error()));
            m_message->show();
            m_text->hide();
        } else {
            if (!result->warning.isEmpty()) {
                m_message->setText(result->warning);
                m_message->show();
            }
            m_text->setPlainText(result->plainText().replace(u'\f', QStringLiteral("\n\n")));
        }
        m_textLoaded = true;
        Q_EMIT textLoaded();
    });
    const QString path = m_details.filePath;
    watcher->setFuture(QtConcurrent::run([path] { return extractTextFromFile(path); }));
}

} // namespace overleg::ui
