#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QTabWidget;

namespace overleg {
class Library;
}

namespace overleg::ui {

class DocumentPage;

// The documents open in tabs: one page per document, opened or switched to by id, closed,
// and replaced in place when its file arrives. What a page is wired to (the question panel,
// fetching its file) is said by whoever listens to pageOpened.
class DocumentTabs : public QObject {
    Q_OBJECT
public:
    DocumentTabs(Library &library, QTabWidget *tabs, QObject *parent = nullptr);

    QTabWidget *widget() const { return m_tabs; }
    DocumentPage *currentPage() const;
    DocumentPage *pageOf(const QString &documentId) const;
    QStringList documentIds() const;

    // Opens (or switches to) the document's tab; null when the library does not know it.
    DocumentPage *open(const QString &documentId);
    void close(int index);
    // Opens the document and runs `then` on its page once its text is read (at once when it is).
    bool openThen(const QString &documentId, const std::function<void(DocumentPage *)> &then);
    // Reads the document again into a new page at the same place (its file arrived).
    void reopen(const QString &documentId);

Q_SIGNALS:
    void pageOpened(overleg::ui::DocumentPage *page); // a new page
    // A document was opened or switched to, from anywhere (the tree, an answer, Open vragen).
    void documentShown(const QString &documentId);
    // The text of a page is read (the question panel can list its questions).
    void pageTextLoaded(overleg::ui::DocumentPage *page);
    void currentPageChanged(overleg::ui::DocumentPage *page); // null: no document open

private:
    Library &m_library;
    QTabWidget *m_tabs;
};

} // namespace overleg::ui
