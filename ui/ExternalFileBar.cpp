#include "ExternalFileBar.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace overleg::ui {

namespace {
const QString kPrefix = QStringLiteral("file:");
}

ExternalFileBar::ExternalFileBar(const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_text(new QLabel(this))
    , m_import(new QPushButton(this)) {
    setObjectName(QStringLiteral("externalFileBar"));
    m_import->setObjectName(QStringLiteral("importExternalFile"));
    m_text->setWordWrap(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_import);
    connect(m_import, &QPushButton::clicked, this, [this] { Q_EMIT importRequested(m_path); });
    retranslate();
}

DocumentDetails ExternalFileBar::detailsOf(const QString &path) {
    const QFileInfo info(path);
    DocumentDetails details;
    details.summary.id = kPrefix + info.absoluteFilePath();
    details.summary.titel = info.fileName();
    details.filePath = info.absoluteFilePath();
    details.isLocal = true;
    return details;
}

bool ExternalFileBar::isExternal(const QString &documentId) {
    return documentId.startsWith(kPrefix);
}

void ExternalFileBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ExternalFileBar::retranslate() {
    m_text->setText(tr("%1 is not in your library: it is shown, not copied. Import it to keep "
                       "it and your notes on its questions.")
                        .arg(QDir::toNativeSeparators(m_path)));
    m_import->setText(tr("&Import into the library"));
    m_import->setAccessibleDescription(
        tr("Copies the file into your library, where it stays when the original moves"));
}

} // namespace overleg::ui
