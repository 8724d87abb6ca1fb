#pragma once

#include <QObject>
#include <QStringList>

class QStatusBar;
class QWidget;

namespace overleg {
class Library;
}

namespace overleg::ui {

// What the window imports: files into the library (on the thread pool, with a progress dialog
// that can cancel; one file imported opens at once) and a bundle of notes (a JSON file).
class Imports : public QObject {
    Q_OBJECT
public:
    Imports(Library &library, QStatusBar *statusBar, QWidget *window);

    void chooseFiles(); // the file dialog, then importFiles
    void importFiles(const QStringList &paths);
    void importNotes();

Q_SIGNALS:
    // The import finished and the library announced its documents.
    void finished(int imported, int duplicates, int failed);
    // The one file imported (or already there): the window shows it.
    void openRequested(const QString &documentId);

private:
    Library &m_library;
    QStatusBar *m_statusBar;
    QWidget *m_window;
};

} // namespace overleg::ui
