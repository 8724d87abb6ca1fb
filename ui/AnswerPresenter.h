#pragma once

#include <QObject>

class QMainWindow;

namespace overleg {
class Library;
}

namespace overleg::ui {

class DocumentPage;
class DocumentTabs;
class QuestionDock;

// The answers to the open document's questions in the question panel: which answering
// documents they come from (or when they are due), the answer found per question (read and
// matched off the GUI thread), *Openen* to the answer where it stands, and linking an answer
// document by hand. Shows them again when the links of the document change or an answering
// document's file arrives.
class AnswerPresenter : public QObject {
    Q_OBJECT
public:
    AnswerPresenter(Library &library, QuestionDock *dock, DocumentTabs &tabs, QMainWindow *window);

    // Finds and shows the answers to the page's questions (the panel lists them already).
    void present(DocumentPage *page);
    // Opens the answering document with the answer highlighted.
    void openAnswer(const QString &documentId, int start, int end, const QString &text);
    // Asks for the document that answers the current one and links it.
    void linkAnswerDocument();
    void unlinkAnswerDocuments();

private:
    void presentCurrent();

    Library &m_library;
    QuestionDock *m_dock;
    DocumentTabs &m_tabs;
    QMainWindow *m_window;
};

} // namespace overleg::ui
