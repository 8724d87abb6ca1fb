#include "DocumentOpener.h"

#include "DocumentPage.h"
#include "DocumentTabs.h"
#include "QuestionDock.h"

#include <QStatusBar>

namespace overleg::ui {

DocumentOpener::DocumentOpener(DocumentTabs &documents, QuestionDock *questions,
                               QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_questions(questions)
    , m_statusBar(statusBar) {}

bool DocumentOpener::openDocument(const QString &documentId) {
    if (!m_documents.open(documentId)) {
        sayGone();
        return false;
    }
    return true;
}

void DocumentOpener::openQuestion(const QString &documentId, const QString &questionId) {
    if (!m_documents.openThen(documentId, [this, questionId](DocumentPage *) {
            m_questions->selectQuestion(questionId);
        }))
        sayGone();
}

void DocumentOpener::openPassage(const QString &documentId, int start, int end,
                                 const QString &text) {
    if (!m_documents.openThen(documentId, [start, end, text](DocumentPage *page) {
            page->highlightSpan(start, end, text);
        }))
        sayGone();
}

void DocumentOpener::sayGone() {
    m_statusBar->showMessage(tr("This document is no longer in the library."), 5000);
}

} // namespace overleg::ui
