#include "QuestionDock.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace overleg::ui {

QuestionDock::QuestionDock(QWidget *parent)
    : QDockWidget(parent)
    , m_emptyState(new QLabel(this)) {
    setObjectName(QStringLiteral("questionDock"));
    m_emptyState->setObjectName(QStringLiteral("questionEmptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setMargin(16);
    m_emptyState->setTextFormat(Qt::RichText);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_emptyState);
    setWidget(content);
    retranslate();
}

void QuestionDock::setDocument(const QString &documentId, const QString &title) {
    m_documentId = documentId;
    m_title = title;
    retranslate();
}

QString QuestionDock::emptyStateText() const {
    return m_emptyState->text();
}

void QuestionDock::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void QuestionDock::retranslate() {
    setWindowTitle(tr("Questions"));
    if (m_documentId.isEmpty()) {
        m_emptyState->setText(
            tr("<p><b>No document open</b></p><p>Open a document from the navigation on the "
               "left. The questions the parliamentary groups asked in it will be listed here, "
               "so you can tag them, note remarks and track the answers.</p>"));
    } else {
        m_emptyState->setText(
            tr("<p><b>%1</b></p><p>Question recognition is not part of this version yet: the "
               "questions of this document cannot be listed here.</p>")
                .arg(m_title.toHtmlEscaped()));
    }
}

} // namespace overleg::ui
