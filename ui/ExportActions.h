#pragma once

#include <QObject>

class QAction;
class QStatusBar;
class QWidget;

namespace overleg {
class Library;
}

namespace overleg::ui {

class AppSettings;
class DocumentTabs;
class ExportNotice;

// Export and Print of the notes: the two actions, the export dialog (opened on the current
// document, offering the open ones), and the notice in the status bar of where the file went.
class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(Library &library, AppSettings &settings, DocumentTabs &documents,
                  QStatusBar *statusBar, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    void retranslate();

private:
    void showDialog(bool print);

    Library &m_library;
    AppSettings &m_settings;
    DocumentTabs &m_documents;
    QWidget *m_window;
    ExportNotice *m_notice;
    QAction *m_export;
    QAction *m_print;
};

} // namespace overleg::ui
