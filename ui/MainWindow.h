#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoStack;
class QTabWidget;
class QToolBar;

namespace overleg {
class Library;
class NavigationModel;
} // namespace overleg

namespace overleg::ui {

class AnswerPresenter;
class AppSettings;
class DocumentActions;
class DocumentOpener;
class DocumentPage;
class DocumentTabs;
class ExportActions;
class ExternalFiles;
class FileFetcher;
class Imports;
class NavigationDock;
class OpenQuestionsController;
class QuestionDock;
class SearchDock;
class SyncWiring;
class UndoActions;
class WorkspaceWiring;

// The main window: navigation on the left, documents in tabs in the centre, the question panel
// on the right. It remembers its layout and open documents in the data directory. It wires the
// parts together (DocumentTabs, AnswerPresenter, FileFetcher, the docks) and subscribes the
// views to what the Library says changed; it does not refresh them by hand. Each job beside
// the wiring is a class of its own: DocumentOpener, Imports, ExternalFiles, SearchWiring,
// SyncWiring, WorkspaceWiring, DocumentActions, ExportActions, RecentMenu.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Library &library, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or switches to) the document's tab. False when the library does not know it.
    bool openDocument(const QString &documentId);
    void importFiles(const QStringList &paths);
    // Files from outside ("Open with", a second start): a file the library holds opens as its
    // document; any other is shown without copying it, with the import offered above it.
    void openFiles(const QStringList &paths);
    void restoreSession();

    NavigationModel *navigationModel() const { return m_model; }
    NavigationDock *navigationDock() const { return m_navigation; }
    QuestionDock *questionDock() const { return m_questions; }
    OpenQuestionsController *openQuestions() const { return m_openQuestions; }
    SearchDock *search() const { return m_search; }
    QTabWidget *documentTabs() const { return m_tabs; }
    DocumentPage *currentPage() const;
    DocumentTabs *documents() const { return m_documents; }

Q_SIGNALS:
    // Emitted when a background import has finished and the tree shows its result.
    void importFinished(int imported, int duplicates, int failed);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void saveSession();
    void setLanguage(const QString &language);
    void showAbout();
    void updateStatus();
    void updateCentre();
    void showQuestionsOf(DocumentPage *page);
    void setFollowed(const QString &kind, const QString &id, bool follow);
    void showShortcutSheet();
    void nameTab(int index);

    Library &m_library;
    AppSettings &m_settings;
    QUndoStack *m_undoStack; // every edit of the notes, for Edit > Undo/Redo
    NavigationModel *m_model;
    NavigationDock *m_navigation;
    QuestionDock *m_questions;
    OpenQuestionsController *m_openQuestions;
    SearchDock *m_search = nullptr;
    QTabWidget *m_tabs;
    DocumentTabs *m_documents;  // the pages in m_tabs
    AnswerPresenter *m_answers; // the answers in the question panel
    FileFetcher *m_fileFetcher; // files of documents opened before a sync brought them
    QStackedWidget *m_centre;   // the tabs, or a hint when no document is open
    QLabel *m_emptyState;
    QLabel *m_libraryStatus;
    DocumentOpener *m_opener;
    Imports *m_imports;
    ExternalFiles *m_externalFiles;
    SyncWiring *m_sync;
    WorkspaceWiring *m_workspaces;
    DocumentActions *m_documentActions;

    QMenu *m_editMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_questionsMenu = nullptr;
    UndoActions *m_undoActions = nullptr;
    QAction *m_shortcutsAction = nullptr;
    ExportActions *m_exports = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_importNotesAction = nullptr;
    QAction *m_workspaceAction = nullptr;
    QAction *m_linkAnswerAction = nullptr;
    QAction *m_unlinkAnswerAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_dutchAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_manageTagsAction = nullptr;
};

} // namespace overleg::ui
