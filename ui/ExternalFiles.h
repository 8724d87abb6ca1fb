#pragma once

#include <QObject>
#include <QStringList>

namespace overleg {
class Library;
}

namespace overleg::ui {

class DocumentOpener;
class DocumentPage;
class DocumentTabs;
class Imports;

// Files from outside ("Open with", a second start): a file the library holds opens as its
// document; any other is shown as it is in a tab of its own, without being copied, with an
// ExternalFileBar above it offering the import. Once imported, the library's document takes
// the tab's place.
class ExternalFiles : public QObject {
    Q_OBJECT
public:
    ExternalFiles(Library &library, DocumentTabs &documents, DocumentOpener &opener,
                  Imports &imports, QObject *parent = nullptr);

    void open(const QStringList &paths);

Q_SIGNALS:
    // A file shown from outside got its tab: the window wires it like a library page.
    void pageOpened(overleg::ui::DocumentPage *page);
    // Its text is read (the question panel can list its questions).
    void pageTextLoaded(overleg::ui::DocumentPage *page);

private:
    void show(const QString &path);

    Library &m_library;
    DocumentTabs &m_documents;
    DocumentOpener &m_opener;
    Imports &m_imports;
};

} // namespace overleg::ui
