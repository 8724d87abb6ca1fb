#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QStackedWidget;
class QUndoStack;
class QTabWidget;
class QToolBar;

namespace overleg {
class FileDownloader;
class HttpFetcher;
class Library;
class NavigationModel;
struct SyncSummary;
} // namespace overleg

namespace overleg::ui {

class AppSettings;
class DocumentPage;
class ExportNotice;
class NavigationDock;
class OpenQuestionsController;
class QuestionDock;
class SyncDialog;
class WorkspaceDialog;
class UndoActions;

// The main window: navigation on the left, documents in tabs in the centre, the question panel
// on the right. It remembers its layout and open documents in the data directory.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Library &library, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or switches to) the document's tab. False when the library does not know it.
    bool openDocument(const QString &documentId);
    void importFiles(const QStringList &paths);
    void restoreSession();

    NavigationModel *navigationModel() const { return m_model; }
    NavigationDock *navigationDock() const { return m_navigation; }
    QuestionDock *questionDock() const { return m_questions; }
    OpenQuestionsController *openQuestions() const { return m_openQuestions; }
    QTabWidget *documentTabs() const { return m_tabs; }
    DocumentPage *currentPage() const;

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
    void showImportDialog();
    void closeTab(int index);
    void currentTabChanged();
    void updateRecentMenu();
    void saveSession();
    void setLanguage(const QString &language);
    void showAbout();
    void updateStatus();
    void updateCentre();
    void showQuestionsOf(DocumentPage *page);
    void showSyncDialog();
    void showExportDialog(bool print);
    void updateAnswers(DocumentPage *page);
    void openAnswer(const QString &documentId, int start, int end, const QString &text);
    void linkAnswerDocument();
    void unlinkAnswerDocuments();
    void importNotes();
    void showWorkspaceDialog();
    void syncFinished(const SyncSummary &summary);
    void setFollowed(const QString &kind, const QString &id, bool follow);
    void refreshFollowed();
    void refreshLinkedByHand();
    void openQuestion(const QString &documentId, const QString &questionId);
    void downloadFileOf(DocumentPage *page);
    void fileDownloaded(const QString &documentId, const QString &error);
    void showShortcutSheet();

    Library &m_library;
    AppSettings &m_settings;
    QUndoStack *m_undoStack; // every edit of the notes, for Edit > Undo/Redo
    NavigationModel *m_model;
    NavigationDock *m_navigation;
    QuestionDock *m_questions;
    OpenQuestionsController *m_openQuestions;
    QTabWidget *m_tabs;
    QStackedWidget *m_centre; // the tabs, or a hint when no document is open
    QLabel *m_emptyState;
    QLabel *m_libraryStatus;

    QMenu *m_editMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_questionsMenu = nullptr;
    UndoActions *m_undoActions = nullptr;
    QAction *m_shortcutsAction = nullptr;
    ExportNotice *m_exportNotice = nullptr; // after an export: where the file went
    QToolBar *m_toolBar = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_importNotesAction = nullptr;
    QAction *m_workspaceAction = nullptr;
    QAction *m_linkAnswerAction = nullptr;
    QAction *m_unlinkAnswerAction = nullptr;
    SyncDialog *m_syncDialog = nullptr;
    WorkspaceDialog *m_workspaceDialog = nullptr;
    QNetworkAccessManager *m_network = nullptr; // for files fetched when a document opens
    std::unique_ptr<HttpFetcher> m_fetcher;
    std::unique_ptr<FileDownloader> m_downloader;
    QAction *m_closeTabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_dutchAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_manageTagsAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_goToPageAction = nullptr;
};

} // namespace overleg::ui
