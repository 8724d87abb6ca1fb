#pragma once

#include <QObject>

class QStatusBar;

namespace overleg::ui {

class DocumentTabs;
class QuestionDock;

// Opens what a view points at (the tree, a search hit, the recent menu, Open vragen): a
// document, a question in it, a passage of an answer. A document no longer in the library is
// said in the status bar instead.
class DocumentOpener : public QObject {
    Q_OBJECT
public:
    DocumentOpener(DocumentTabs &documents, QuestionDock *questions, QStatusBar *statusBar,
                   QObject *parent = nullptr);

    // Opens (or switches to) the document's tab. False when the library does not know it.
    bool openDocument(const QString &documentId);
    // The panel selects the question once the document's text is read.
    void openQuestion(const QString &documentId, const QString &questionId);
    // A passage of a document (an answer, a search hit in its text), highlighted.
    void openPassage(const QString &documentId, int start, int end, const QString &text);

private:
    void sayGone();

    DocumentTabs &m_documents;
    QuestionDock *m_questions;
    QStatusBar *m_statusBar;
};

} // namespace overleg::ui
