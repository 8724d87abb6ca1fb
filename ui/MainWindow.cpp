#include "MainWindow.h"

#include "AnswerPresenter.h"
#include "AppSettings.h"
#include "AppShortcuts.h"
#include "DocumentActions.h"
#include "DocumentOpener.h"
#include "DocumentPage.h"
#include "DocumentTabs.h"
#include "ExportActions.h"
#include "ExternalFileBar.h"
#include "ExternalFiles.h"
#include "FileFetcher.h"
#include "Imports.h"
#include "NavigationDock.h"
#include "OpenQuestionsController.h"
#include "QuestionDock.h"
#include "RecentMenu.h"
#include "SearchDock.h"
#include "SearchWiring.h"
#include "SyncWiring.h"
#include "TagManagerDialog.h"
#include "Translations.h"
#include "UndoActions.h"
#include "WindowGeometry.h"
#include "WorkspaceWiring.h"
#include "library/Library.h"
#include "models/NavigationModel.h"
#include "models/QuestionModel.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace overleg::ui {

MainWindow::MainWindow(Library &library, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_settings(settings)
    , m_undoStack(new QUndoStack(this))
    , m_model(new NavigationModel(library.queries(), this))
    , m_navigation(new NavigationDock(m_model, this))
    , m_questions(new QuestionDock(library.notes(), m_undoStack, this))
    , m_openQuestions(new OpenQuestionsController(library, m_model, m_navigation, this))
    , m_tabs(new QTabWidget(this))
    , m_documents(new DocumentTabs(library, m_tabs, this))
    , m_answers(new AnswerPresenter(library, m_questions, *m_documents, this))
    , m_fileFetcher(new FileFetcher(library, settings, *m_documents, this))
    , m_centre(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_libraryStatus(new QLabel(this))
    , m_opener(new DocumentOpener(*m_documents, m_questions, statusBar(), this))
    , m_imports(new Imports(library, statusBar(), this))
    , m_externalFiles(new ExternalFiles(library, *m_documents, *m_opener, *m_imports, this))
    , m_sync(new SyncWiring(library, settings, statusBar(), this))
    , m_workspaces(new WorkspaceWiring(library, m_questions, m_openQuestions, statusBar(), this))
    , m_documentActions(new DocumentActions(*m_documents, statusBar(), this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/overleg/icons/overleg.svg")));
    setAcceptDrops(true);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(defaultWindowSize(screen->availableGeometry()));
    new AppShortcutGuard(this);

    m_emptyState->setObjectName(QStringLiteral("documentEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::RichText);
    m_centre->addWidget(m_emptyState);
    m_centre->addWidget(m_tabs);
    setCentralWidget(m_centre);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigation);
    addDockWidget(Qt::RightDockWidgetArea, m_questions);
    resizeDocks({m_navigation, m_questions}, {330, 300}, Qt::Horizontal);
    m_search = (new SearchWiring(library, this, m_questions, *m_opener, m_openQuestions))->dock();
    statusBar()->addPermanentWidget(m_libraryStatus);

    connect(m_navigation, &NavigationDock::documentActivated, m_opener,
            &DocumentOpener::openDocument);
    connect(m_navigation, &NavigationDock::followToggled, this, &MainWindow::setFollowed);
    connect(m_navigation, &NavigationDock::questionActivated, m_opener,
            &DocumentOpener::openQuestion);
    connect(m_imports, &Imports::openRequested, m_opener, &DocumentOpener::openDocument);
    connect(m_imports, &Imports::finished, this, [this] {
        m_navigation->tree()->expand(m_model->categoryIndex(NavigationModel::Category::MyLibrary));
    });
    connect(m_imports, &Imports::finished, this, &MainWindow::importFinished);

    // Documents in tabs: the panel shows the current one's questions once its text is read;
    // a synced document opened before its file came fetches it.
    connect(m_documents, &DocumentTabs::pageOpened, this, [this](DocumentPage *page) {
        connect(page, &DocumentPage::markAsQuestion, m_questions, &QuestionDock::addQuestion);
        nameTab(m_tabs->indexOf(page));
        m_fileFetcher->fetchIfMissing(page);
    });
    // A file shown from outside the library is a page like the others, without a file to fetch.
    connect(m_externalFiles, &ExternalFiles::pageOpened, this, [this](DocumentPage *page) {
        connect(page, &DocumentPage::markAsQuestion, m_questions, &QuestionDock::addQuestion);
        nameTab(m_tabs->indexOf(page));
    });
    auto showIfCurrent = [this](DocumentPage *page) {
        if (page == currentPage())
            showQuestionsOf(page);
    };
    connect(m_documents, &DocumentTabs::pageTextLoaded, this, showIfCurrent);
    connect(m_externalFiles, &ExternalFiles::pageTextLoaded, this, showIfCurrent);
    connect(m_documents, &DocumentTabs::currentPageChanged, this, [this](DocumentPage *page) {
        updateCentre();
        showQuestionsOf(page);
    });
    connect(m_questions, &QuestionDock::questionActivated, this,
            [this](int start, int end, const QString &text) {
                if (DocumentPage *page = currentPage())
                    page->highlightSpan(start, end, text);
            });

    // What the library says changed (Open questions and the answers subscribe themselves).
    connect(&m_library, &Library::documentsChanged, this, [this] {
        m_model->reload();
        updateStatus();
    });
    connect(&m_library, &Library::followsChanged, this,
            [this] { m_model->setFollowed(m_library.followKeys()); });
    connect(&m_library, &Library::answerLinksChanged, this,
            [this] { m_model->setLinkedByHand(m_library.documentsLinkedByHand()); });
    // A bundle of notes touches any document; the panel's own edits it already shows.
    connect(&m_library, &Library::notesChanged, this, [this](const QString &documentId) {
        if (documentId.isEmpty())
            m_questions->refresh();
    });
    // Statuses, tags and corrections of the panel's document (undo and redo too).
    connect(m_undoStack, &QUndoStack::indexChanged, this,
            [this] { m_library.announceNotesChanged(m_questions->model()->documentId()); });

    createActions();
    createMenus();
    retranslate();
    updateStatus();
    updateCentre();
    m_model->setFollowed(m_library.followKeys());
    m_model->setLinkedByHand(m_library.documentsLinkedByHand());
}

MainWindow::~MainWindow() {
    // The undo stack is a child: ~QWidget deletes it after this destructor has run, and its
    // clear() announces an index change to a lambda that reads the panel (UBSan: a member
    // access within a destroyed MainWindow). No announcement is wanted while closing.
    m_undoStack->disconnect(this);
}

void MainWindow::createActions() {
    m_importAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence::Open);
    connect(m_importAction, &QAction::triggered, m_imports, &Imports::chooseFiles);

    m_syncAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), QString(), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence::Refresh);
    connect(m_syncAction, &QAction::triggered, m_sync, &SyncWiring::showDialog);

    m_exports = new ExportActions(m_library, m_settings, *m_documents, statusBar(), this);
    m_linkAnswerAction = new QAction(this);
    m_linkAnswerAction->setObjectName(QStringLiteral("linkAnswerAction"));
    connect(m_linkAnswerAction, &QAction::triggered, m_answers,
            &AnswerPresenter::linkAnswerDocument);
    m_unlinkAnswerAction = new QAction(this);
    m_unlinkAnswerAction->setObjectName(QStringLiteral("unlinkAnswerAction"));
    connect(m_unlinkAnswerAction, &QAction::triggered, m_answers,
            &AnswerPresenter::unlinkAnswerDocuments);
    m_importNotesAction = new QAction(this);
    m_importNotesAction->setObjectName(QStringLiteral("importNotesAction"));
    connect(m_importNotesAction, &QAction::triggered, m_imports, &Imports::importNotes);
    m_workspaceAction = new QAction(this);
    m_workspaceAction->setObjectName(QStringLiteral("workspaceAction"));
    connect(m_workspaceAction, &QAction::triggered, m_workspaces, &WorkspaceWiring::showDialog);

    m_closeTabAction = new QAction(this);
    m_closeTabAction->setShortcut(QKeySequence::Close);
    connect(m_closeTabAction, &QAction::triggered, this,
            [this] { m_documents->close(m_tabs->currentIndex()); });

    m_quitAction =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_filterAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), QString(), this);
    m_filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_navigation->show();
        m_navigation->focusFilter();
    });

    auto *languages = new QActionGroup(this);
    m_dutchAction = new QAction(QStringLiteral("Nederlands"), languages);
    m_englishAction = new QAction(QStringLiteral("English"), languages);
    for (QAction *a : {m_dutchAction, m_englishAction})
        a->setCheckable(true);
    (m_settings.language() == QLatin1String("en") ? m_englishAction : m_dutchAction)
        ->setChecked(true);
    connect(m_dutchAction, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("nl")); });
    connect(m_englishAction, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("en")); });

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcutSheet);

    m_undoActions = new UndoActions(m_undoStack, this);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoActions->undo());
    m_editMenu->addAction(m_undoActions->redo());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_linkAnswerAction);
    m_editMenu->addAction(m_unlinkAnswerAction);
    m_editMenu->addAction(m_documentActions->mark());
    m_editMenu->addSeparator();
    m_manageTagsAction = m_editMenu->addAction(QString(), this, [this] {
        TagManagerDialog dialog(m_library.notes(), this);
        // A tag renamed, merged or deleted touches the questions of any document.
        connect(&dialog, &TagManagerDialog::tagsChanged, this,
                [this] { m_library.announceNotesChanged({}); });
        dialog.exec();
    });
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_syncAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exports->exportAction());
    m_fileMenu->addAction(m_exports->printAction());
    m_fileMenu->addAction(m_importNotesAction);
    m_fileMenu->addAction(m_workspaceAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    new RecentMenu(m_library, m_settings, *m_documents, *m_opener, m_recentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeTabAction);
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_filterAction);
    m_viewMenu->addActions(
        {m_documentActions->find(), m_documentActions->goToPage(), m_documentActions->caret()});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_documentActions->zoomIn(), m_documentActions->zoomOut(),
                            m_documentActions->zoomReset()});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_navigation->toggleViewAction());
    m_viewMenu->addAction(m_questions->toggleViewAction());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_dutchAction);
    m_languageMenu->addAction(m_englishAction);

    // The panel's single-key triage, listed with its keys (they act while the list has focus).
    m_questionsMenu = menuBar()->addMenu(QString());
    m_questionsMenu->setObjectName(QStringLiteral("questionsMenu"));
    m_questionsMenu->addActions(m_questions->triageActions());
    m_questionsMenu->addSeparator();
    m_questionsMenu->addAction(m_shortcutsAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_importAction);
    m_toolBar->addAction(m_syncAction);
    m_toolBar->addAction(m_exports->exportAction());
    m_toolBar->addAction(m_filterAction);
    m_toolBar->addWidget(m_search->toolbarField());
    m_viewMenu->addAction(m_search->searchAction());
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Overleg"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("&Recent documents"));
    m_viewMenu->setTitle(tr("&View"));
    m_editMenu->setTitle(tr("&Edit"));
    m_manageTagsAction->setText(tr("&Tags…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_questionsMenu->setTitle(tr("&Questions"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_exports->retranslate();
    m_undoActions->retranslate();
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_tabs->setAccessibleName(tr("Documents"));
    m_tabs->tabBar()->setAccessibleName(tr("Open documents"));
    // The docks tabbed together (questions and search) get a tab bar from QMainWindow.
    for (QTabBar *bar : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        bar->setAccessibleName(tr("Panels"));
    for (int i = 0; i < m_tabs->count(); ++i)
        nameTab(i);
    m_importAction->setText(tr("&Import files…"));
    m_importAction->setToolTip(
        tr("Add PDF, Word, OpenDocument, HTML, XML or text files to your library"));
    m_syncAction->setText(tr("&Synchronise…"));
    m_syncAction->setToolTip(tr("Fetch the latest from the Tweede Kamer's open data"));
    m_importNotesAction->setText(tr("I&mport notes…"));
    m_workspaceAction->setText(tr("&Workspace…"));
    m_workspaceAction->setToolTip(tr("Work on the notes with a team, on a PostgreSQL server"));
    m_linkAnswerAction->setText(tr("&Link an answer document…"));
    m_unlinkAnswerAction->setText(tr("U&nlink answer documents"));
    m_closeTabAction->setText(tr("Close &document"));
    m_quitAction->setText(tr("&Quit"));
    m_filterAction->setText(tr("Fil&ter navigation"));
    m_aboutAction->setText(tr("&About Overleg"));
    m_documentActions->retranslate();
    m_navigation->toggleViewAction()->setText(tr("&Navigation"));
    m_questions->toggleViewAction()->setText(tr("&Questions"));
    m_emptyState->setText(
        tr("<p style='font-size:large'><b>No document open</b></p><p>Choose a document in the "
           "navigation on the left (filter with %1), or import your own files with %2 or by "
           "dropping them here.</p>")
            .arg(m_filterAction->shortcut().toString(QKeySequence::NativeText),
                 m_importAction->shortcut().toString(QKeySequence::NativeText)));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateStatus() {
    QString text =
        tr("%n document(s) in the library", nullptr, m_library.queries().countDocuments());
    const QDateTime lastSync = m_library.store().lastSync();
    if (lastSync.isValid())
        text += QStringLiteral(" · ") +
                tr("synchronised %1")
                    .arg(QLocale().toString(lastSync.toLocalTime(), QLocale::ShortFormat));
    m_libraryStatus->setText(text);
}

void MainWindow::showShortcutSheet() {
    ShortcutSheet sheet(menuBar(), this);
    sheet.exec();
}

void MainWindow::setFollowed(const QString &kind, const QString &id, bool follow) {
    if (const Status changed = m_library.setFollowed(kind, id, follow); !changed) {
        QMessageBox::warning(this, tr("Follow"), changed.error());
        return;
    }
    statusBar()->showMessage(follow ? tr("Followed: its documents are downloaded with every sync.")
                                    : tr("No longer followed."),
                             6000);
}

DocumentPage *MainWindow::currentPage() const {
    return m_documents->currentPage();
}

bool MainWindow::openDocument(const QString &documentId) {
    return m_opener->openDocument(documentId);
}

void MainWindow::nameTab(int index) {
    // The tab's close button says which document it closes.
    if (QWidget *close = m_tabs->tabBar()->tabButton(index, QTabBar::RightSide)) {
        close->setAccessibleName(tr("Close %1").arg(m_tabs->tabText(index)));
        close->setToolTip(close->accessibleName()); // Qt's own is not retranslated
    }
}

void MainWindow::updateCentre() {
    m_centre->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_emptyState);
}

void MainWindow::showQuestionsOf(DocumentPage *page) {
    if (!page) {
        m_questions->setDocument({}, {}, {}, {});
        return;
    }
    m_questions->setDocument(page->documentId(), page->details().summary.titel,
                             page->isTextLoaded() ? page->documentText() : DocumentText{},
                             page->details().summary.soort);
    if (page->isTextLoaded())
        m_answers->present(page);
}

void MainWindow::importFiles(const QStringList &paths) {
    m_imports->importFiles(paths);
}

void MainWindow::openFiles(const QStringList &paths) {
    // Another start handed these over (or none: it wants this window in front).
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    m_externalFiles->open(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

void MainWindow::restoreSession() {
    restoreGeometry(m_settings.windowGeometry());
    // Saved on a larger (or another) screen, the window may lie partly off this one.
    keepOnScreen(this);
    restoreState(m_settings.windowState());
    for (const QString &id : m_settings.openDocuments())
        openDocument(id);
    if (m_tabs->count() > 0)
        m_tabs->setCurrentIndex(qBound(0, m_settings.currentDocument(), m_tabs->count() - 1));
}

void MainWindow::saveSession() {
    // A file shown from outside the library is not reopened next time.
    QStringList open;
    for (const QString &id : m_documents->documentIds()) {
        if (!ExternalFileBar::isExternal(id))
            open << id;
    }
    m_settings.setOpenDocuments(open, m_tabs->currentIndex());
    m_settings.setWindow(saveGeometry(), saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_sync->cancelRunning();
    // A note typed a moment ago is still waiting for its save: it is written before we go.
    m_questions->flushPendingEdits();
    saveSession();
    event->accept();
}

void MainWindow::setLanguage(const QString &language) {
    if (language == m_settings.language())
        return;
    m_settings.setLanguage(language);
    m_settings.sync();
    m_questions->flushPendingEdits();
    installTranslations(language);
    // The tree's labels ("Question 3" under Open questions too) are made by the model, which
    // does not see LanguageChange.
    m_model->reload();
    m_openQuestions->libraryChanged();
    // Where the panel's answers come from, or when they are due, is said in words made there.
    if (DocumentPage *page = currentPage(); page && page->isTextLoaded())
        m_answers->present(page);
    m_sync->languageChanged();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Overleg"),
        tr("<h3>Overleg %1</h3><p>Read and annotate the written consultations of the Tweede "
           "Kamer: the questions of the parliamentary groups and the answers of the "
           "government.</p><p>Data directory: %2</p>")
            .arg(QCoreApplication::applicationVersion(),
                 m_library.dataDirectory().root().toHtmlEscaped()));
}

} // namespace overleg::ui
