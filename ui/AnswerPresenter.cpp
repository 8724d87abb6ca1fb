#include "AnswerPresenter.h"

#include "DocumentPage.h"
#include "DocumentTabs.h"
#include "QuestionDock.h"
#include "WhenDone.h"
#include "document/TextExtractor.h"
#include "library/AnswerLocator.h"
#include "library/FileStore.h"
#include "library/Library.h"
#include "models/DisplayDate.h"
#include "models/QuestionModel.h"
#include "questions/AnswerSet.h"
#include "store/LibraryQueries.h"

#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace overleg::ui {

AnswerPresenter::AnswerPresenter(Library &library, QuestionDock *dock, DocumentTabs &tabs,
                                 QMainWindow *window)
    : QObject(window)
    , m_library(library)
    , m_dock(dock)
    , m_tabs(tabs)
    , m_window(window) {
    connect(&m_library, &Library::answerLinksChanged, this, [this](const QString &documentId) {
        if (DocumentPage *page = m_tabs.currentPage(); page && page->documentId() == documentId)
            presentCurrent();
    });
    // An answering document's file may be among them: what is found can change.
    connect(&m_library, &Library::filesArrived, this, &AnswerPresenter::presentCurrent);
    connect(m_dock, &QuestionDock::answerActivated, this, &AnswerPresenter::openAnswer);
}

void AnswerPresenter::presentCurrent() {
    if (DocumentPage *page = m_tabs.currentPage(); page && page->isTextLoaded())
        present(page);
}

void AnswerPresenter::present(DocumentPage *page) {
    const QuestionExtraction extraction = m_dock->model()->extraction();
    const QString documentId = page->documentId();
    if (extraction.questions.isEmpty())
        return;
    const AnswerLocator locator(m_library.libraryDatabase(), m_library.notes());
    const QList<AnswerLocator::Source> sources = locator.answersFor(documentId, extraction.kind);
    QList<std::pair<QString, QString>> paths;
    QStringList described;
    for (const AnswerLocator::Source &s : sources) {
        const QString path = m_library.files().pathFor(s.documentId);
        described << QStringLiteral("%1 (%2)%3")
                         .arg(s.titel.toHtmlEscaped(), displayDate(s.datum),
                              path.isEmpty() ? QStringLiteral(" — ") + tr("file not here yet")
                                             : QString());
        if (!path.isEmpty())
            paths.append({s.documentId, path});
    }
    QString info;
    // Open questions show when their answer is due, as long as no answer document is known.
    const QDate deadline = described.isEmpty() && !holdsOwnAnswers(extraction.kind)
                               ? locator.deadlineFor(documentId)
                               : QDate();
    m_dock->setDeadline(deadline);
    if (!described.isEmpty()) {
        info = tr("Answers from: %1").arg(described.join(QStringLiteral("; ")));
    } else if (deadline.isValid()) {
        const qint64 overdue = deadline.daysTo(QDate::currentDate());
        info = tr("No answer yet. Due %1%2.")
                   .arg(QLocale().toString(deadline, QLocale::ShortFormat),
                        overdue > 0
                            ? QStringLiteral(", ") + tr("%n day(s) overdue", nullptr, int(overdue))
                            : QString());
    }
    // Text and matching off the GUI thread: answer documents can be long.
    const DocumentText own = page->documentText();
    // Without an answering document here (and none inside it) no answer can be found yet.
    const bool answersPossible = answersCanBeHere(extraction.kind, paths.size());
    whenDone(QtConcurrent::run([extraction, documentId, own, paths] {
                 QList<std::pair<QString, DocumentText>> docs;
                 for (const auto &[id, path] : paths)
                     if (auto text = extractTextFromFile(path))
                         docs.append({id, text.value()});
                 return findAnswers(extraction, documentId, own, docs);
             }),
             this, [this, documentId, info, answersPossible](const auto &answers) {
                 if (m_dock->model()->documentId() == documentId)
                     m_dock->setAnswers(answers, info, answersPossible);
             });
}

void AnswerPresenter::openAnswer(const QString &documentId, int start, int end,
                                 const QString &text) {
    if (documentId.isEmpty())
        return;
    m_tabs.openThen(documentId, [start, end, text](DocumentPage *page) {
        page->highlightSpan(start, end, text);
    });
}

void AnswerPresenter::linkAnswerDocument() {
    DocumentPage *page = m_tabs.currentPage();
    if (!page) {
        m_window->statusBar()->showMessage(tr("Open the document with the questions first."), 5000);
        return;
    }
    bool ok = false;
    const QString reference = QInputDialog::getText(
        m_window, tr("Link an answer document"),
        tr("The document that answers \"%1\" (its number, e.g. 2025D01234, or kamerstuk id):")
            .arg(page->details().summary.titel),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || reference.trimmed().isEmpty())
        return;
    const QString answerId = m_library.queries().resolveDocument(reference.trimmed());
    if (answerId.isEmpty() || answerId == page->documentId()) {
        QMessageBox::warning(m_window, tr("Link an answer document"),
                             tr("No other document '%1' in the library.").arg(reference));
        return;
    }
    if (const Status linked = m_library.linkAnswerDocument(page->documentId(), answerId); !linked)
        QMessageBox::warning(m_window, tr("Link an answer document"), linked.error());
}

void AnswerPresenter::unlinkAnswerDocuments() {
    if (DocumentPage *page = m_tabs.currentPage())
        if (const Status unlinked = m_library.unlinkAnswerDocumentsByHand(page->documentId());
            !unlinked)
            QMessageBox::warning(m_window, tr("Link an answer document"), unlinked.error());
}

} // namespace overleg::ui
