#include "MainWindow.h"

#include "AnswerPresenter.h"
#include "AppSettings.h"
#include "AppShortcuts.h"
#include "DocumentPage.h"
#include "DocumentTabs.h"
#include "ExportDialog.h"
#include "ExternalFileBar.h"
#include "FileFetcher.h"
#include "NavigationDock.h"
#include "OpenQuestionsController.h"
#include "QuestionDock.h"
#include "SearchDock.h"
#include "SyncDialog.h"
#include "TagManagerDialog.h"
#include "Translations.h"
#include "UndoActions.h"
#include "WindowGeometry.h"
#include "WorkspaceDialog.h"
#include "export/NotesBundle.h"
#include "library/BackgroundImport.h"
#include "library/FileStore.h"
#include "library/Library.h"
#include "models/DisplayDate.h"
#include "models/NavigationModel.h"
#include "models/QuestionModel.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"
#include "sync/SyncOptions.h"
#include "viewer/DocumentViewer.h"

#include <QActionGroup>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
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
    , m_libraryStatus(new QLabel(this)) {
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
    m_search = new SearchDock(library, this);
    addDockWidget(Qt::RightDockWidgetArea, m_search);
    tabifyDockWidget(m_questions, m_search);
    m_questions->raise();
    connect(m_search, &SearchDock::openRequested, this,
            [this](const QString &id, const QString &question, int start, int end,
                   const QString &text) {
                if (!question.isEmpty())
                    openQuestion(id, question);
                else if (start >= 0)
                    m_answers->openAnswer(id, start, end, text);
                else
                    openDocument(id);
            });
    // After the ledger read what changed (imports, syncs, files, notes), the index follows.
    connect(m_openQuestions, &OpenQuestionsController::refreshed, m_search,
            &SearchDock::libraryChanged);
    m_exportNotice = new ExportNotice(statusBar(), this);
    statusBar()->addPermanentWidget(m_libraryStatus);

    connect(m_navigation, &NavigationDock::documentActivated, this, &MainWindow::openDocument);
    connect(m_navigation, &NavigationDock::followToggled, this, &MainWindow::setFollowed);
    connect(m_navigation, &NavigationDock::questionActivated, this, &MainWindow::openQuestion);

    // Documents in tabs: the panel shows the current one's questions once its text is read;
    // a synced document opened before its file came fetches it.
    connect(m_documents, &DocumentTabs::pageOpened, this, [this](DocumentPage *page) {
        connect(page, &DocumentPage::markAsQuestion, m_questions, &QuestionDock::addQuestion);
        nameTab(m_tabs->indexOf(page));
        m_fileFetcher->fetchIfMissing(page);
    });
    connect(m_documents, &DocumentTabs::documentShown, this, [this](const QString &documentId) {
        m_settings.addRecentDocument(documentId);
        updateRecentMenu();
    });
    connect(m_documents, &DocumentTabs::pageTextLoaded, this, [this](DocumentPage *page) {
        if (page == currentPage())
            showQuestionsOf(page);
    });
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
    // A sync running while its dialog is closed still says how far it is.
    connect(&m_library, &Library::syncProgress, this,
            [this](const QString &category, qint64 entities) {
                if (m_syncDialog && !m_syncDialog->isVisible())
                    statusBar()->showMessage(
                        tr("Synchronising: %1, %2")
                            .arg(SyncDialog::categoryLabel(category), QLocale().toString(entities)),
                        4000);
            });
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

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_importAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence::Open);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::showImportDialog);

    m_syncAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), QString(), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence::Refresh);
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::showSyncDialog);

    m_exportAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, [this] { showExportDialog(false); });
    m_printAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, [this] { showExportDialog(true); });
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
    connect(m_importNotesAction, &QAction::triggered, this, &MainWindow::importNotes);
    m_workspaceAction = new QAction(this);
    m_workspaceAction->setObjectName(QStringLiteral("workspaceAction"));
    connect(m_workspaceAction, &QAction::triggered, this, &MainWindow::showWorkspaceDialog);

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

    // Document actions go to the document in the current tab.
    auto documentAction = [this](QKeySequence shortcut, auto handler) {
        auto *action = new QAction(this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, [this, handler] {
            if (DocumentPage *page = currentPage())
                handler(page);
        });
        return action;
    };
    m_findAction = documentAction(QKeySequence::Find, [](DocumentPage *p) { p->showFind(); });
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_zoomInAction = documentAction(QKeySequence::ZoomIn, [](DocumentPage *p) {
        if (p->viewer())
            p->viewer()->zoomIn();
    });
    m_zoomOutAction = documentAction(QKeySequence::ZoomOut, [](DocumentPage *p) {
        if (p->viewer())
            p->viewer()->zoomOut();
    });
    m_zoomResetAction = documentAction(QKeySequence(Qt::CTRL | Qt::Key_0), [](DocumentPage *p) {
        if (p->viewer())
            p->viewer()->resetZoom();
    });
    m_goToPageAction =
        documentAction(QKeySequence(Qt::CTRL | Qt::Key_G), [](DocumentPage *p) { p->goToPage(); });
    // Keyboard selection in the document, and marking it as a question, without a mouse.
    m_caretAction = documentAction(QKeySequence(Qt::Key_F7), [](DocumentPage *p) {
        if (p->viewer())
            p->viewer()->setCaretBrowsing(!p->viewer()->caretBrowsing());
    });
    m_caretAction->setObjectName(QStringLiteral("caretAction"));
    m_markAction = documentAction(QKeySequence(Qt::CTRL | Qt::Key_M), [this](DocumentPage *p) {
        if (!p->viewer() || !p->viewer()->markSelection())
            statusBar()->showMessage(
                tr("Select text first: press F7 and move with Shift and the arrow keys."), 6000);
    });
    m_markAction->setObjectName(QStringLiteral("markQuestionAction"));

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
    m_editMenu->addAction(m_markAction);
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
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addAction(m_importNotesAction);
    m_fileMenu->addAction(m_workspaceAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeTabAction);
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_filterAction);
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_goToPageAction);
    m_viewMenu->addAction(m_caretAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);
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
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addAction(m_filterAction);
    m_toolBar->addWidget(m_search->toolbarField());
    m_viewMenu->addAction(m_search->searchAction());
    updateRecentMenu();
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
    m_exportNotice->retranslate();
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
    m_exportAction->setText(tr("&Export notes…"));
    m_exportAction->setToolTip(tr("The notes as a PDF report, Markdown, CSV or a bundle"));
    m_printAction->setText(tr("&Print notes…"));
    m_importNotesAction->setText(tr("I&mport notes…"));
    m_workspaceAction->setText(tr("&Workspace…"));
    m_workspaceAction->setToolTip(tr("Work on the notes with a team, on a PostgreSQL server"));
    m_linkAnswerAction->setText(tr("&Link an answer document…"));
    m_unlinkAnswerAction->setText(tr("U&nlink answer documents"));
    m_markAction->setText(tr("&Mark the selection as question"));
    m_caretAction->setText(tr("&Caret browsing (select with the keyboard)"));
    m_closeTabAction->setText(tr("Close &document"));
    m_quitAction->setText(tr("&Quit"));
    m_filterAction->setText(tr("Fil&ter navigation"));
    m_aboutAction->setText(tr("&About Overleg"));
    m_findAction->setText(tr("&Find in document…"));
    m_goToPageAction->setText(tr("&Go to page…"));
    m_zoomInAction->setText(tr("Zoom &in"));
    m_zoomOutAction->setText(tr("Zoom &out"));
    m_zoomResetAction->setText(tr("&Actual size"));
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

void MainWindow::showExportDialog(bool print) {
    DocumentPage *page = currentPage();
    ExportDialog dialog(m_library, page ? page->documentId() : QString(), m_settings.language(),
                        m_documents->documentIds(), this);
    dialog.rememberIn(&m_settings);
    if (print)
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog] { dialog.findChild<QPushButton *>(QStringLiteral("printButton"))->click(); },
            Qt::QueuedConnection);
    dialog.exec();
    if (!dialog.exportedPath().isEmpty())
        m_exportNotice->show(dialog.exportedPath());
}

void MainWindow::showShortcutSheet() {
    ShortcutSheet sheet(menuBar(), this);
    sheet.exec();
}

void MainWindow::importNotes() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import notes"), QString(),
                                                      tr("Overleg notes (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import notes"), file.errorString());
        return;
    }
    const auto imported = NotesBundle::import(m_library, file.readAll());
    if (!imported) {
        QMessageBox::warning(this, tr("Import notes"), imported.error());
        return;
    }
    m_library.announceNotesChanged({});
    QMessageBox::information(
        this, tr("Import notes"),
        tr("%n question note(s) imported.", nullptr, imported->annotations) + u' ' +
            tr("%n newer note(s) already here were kept.", nullptr, imported->kept) + u' ' +
            tr("A copy of your notes from before the import is in %1.")
                .arg(QDir::toNativeSeparators(imported->backup)));
}

void MainWindow::showWorkspaceDialog() {
    if (!m_workspaceDialog) {
        m_workspaceDialog = new WorkspaceDialog(m_library, this);
        // The panels read Library::notes(), which now answers from the other workspace.
        connect(m_workspaceDialog, &WorkspaceDialog::workspaceChanged, this,
                [this](const QString &name) {
                    m_questions->refresh();
                    m_openQuestions->libraryChanged();
                    statusBar()->showMessage(name.isEmpty() ? tr("Personal workspace")
                                                            : tr("Workspace: %1").arg(name),
                                             5000);
                });
        connect(m_workspaceDialog, &WorkspaceDialog::editsRefused, this,
                [this](const QString &reason) {
                    m_questions->refresh();
                    statusBar()->showMessage(
                        tr("The server refused edits made offline; they are kept: %1").arg(reason));
                });
        connect(m_workspaceDialog, &WorkspaceDialog::remoteChange, this,
                [this](const QString &by, const QString &) {
                    m_questions->refresh();
                    statusBar()->showMessage(tr("Changed by %1").arg(by), 5000);
                });
    }
    m_workspaceDialog->show();
    m_workspaceDialog->raise();
    m_workspaceDialog->activateWindow();
}

void MainWindow::showSyncDialog() {
    if (!m_syncDialog) {
        m_syncDialog = new SyncDialog(m_library, m_settings, this);
        connect(m_syncDialog, &SyncDialog::syncFinished, this, &MainWindow::syncFinished);
    }
    m_syncDialog->show();
    m_syncDialog->raise();
    m_syncDialog->activateWindow();
}

void MainWindow::syncFinished(const SyncSummary &summary) {
    // The sync wrote through its own connection.
    m_library.announceDocumentsChanged();
    if (summary.ok())
        statusBar()->showMessage(tr("Synchronised: %n entities fetched", nullptr,
                                    int(summary.entities + summary.deleted)),
                                 8000);
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
    if (!m_documents->open(documentId)) {
        statusBar()->showMessage(tr("This document is no longer in the library."), 5000);
        return false;
    }
    return true;
}

void MainWindow::openQuestion(const QString &documentId, const QString &questionId) {
    // The panel lists the document's questions once its text is read.
    if (!m_documents->openThen(documentId, [this, questionId](DocumentPage *) {
            m_questions->selectQuestion(questionId);
        }))
        statusBar()->showMessage(tr("This document is no longer in the library."), 5000);
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

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDocuments();
    const QString root = m_library.dataDirectory().root();
    for (const QString &id : recent) {
        const auto details = m_library.queries().details(id, root);
        if (!details)
            continue;
        // An ampersand in a title is text, not a mnemonic.
        QString text = details->summary.titel;
        QAction *action = m_recentMenu->addAction(text.replace(u'&', QStringLiteral("&&")));
        connect(action, &QAction::triggered, this, [this, id] { openDocument(id); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::showImportDialog() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import files"), QString(),
        tr("Documents (*.pdf *.docx *.odt *.html *.htm *.xml *.txt);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::importFiles(const QStringList &paths) {
    auto *progress =
        new QProgressDialog(tr("Importing files…"), tr("Cancel"), 0, int(paths.size()), this);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    auto *watcher = new QFutureWatcher<ImportOutcome>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress] {
        progress->deleteLater();
        watcher->deleteLater();
        const ImportOutcome outcome =
            watcher->future().resultCount() > 0 ? watcher->result() : ImportOutcome{};
        m_library.announceDocumentsChanged();
        m_navigation->tree()->expand(m_model->categoryIndex(NavigationModel::Category::MyLibrary));
        const int imported = int(outcome.importedIds.size());
        const int duplicates = int(outcome.duplicateIds.size());
        statusBar()->showMessage(
            tr("%n file(s) imported", nullptr, imported) +
                (duplicates ? tr(", %n already in the library", nullptr, duplicates) : QString()),
            8000);
        if (!outcome.messages.isEmpty())
            QMessageBox::warning(this, tr("Import"), outcome.messages.join(QStringLiteral("\n\n")));
        if (imported + duplicates == 1)
            openDocument(imported ? outcome.importedIds.constFirst()
                                  : outcome.duplicateIds.constFirst());
        Q_EMIT importFinished(imported, duplicates, int(outcome.messages.size()));
    });
    watcher->setFuture(importInBackground(m_library.dataDirectory().root(),
                                          m_library.dataDirectory().libraryDatabasePath(), paths));
}

void MainWindow::openFiles(const QStringList &paths) {
    // Another start handed these over (or none: it wants this window in front).
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(this, tr("Open"), tr("%1: %2").arg(path, file.errorString()));
            continue;
        }
        // A file the library holds already opens as its document.
        const QString known =
            m_library.files().documentWithSha256(FileStore::sha256Of(file.readAll()));
        if (!known.isEmpty() && openDocument(known))
            continue;
        openExternalFile(path);
    }
}

void MainWindow::openExternalFile(const QString &path) {
    const DocumentDetails details = ExternalFileBar::detailsOf(path);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *open = qobject_cast<DocumentPage *>(m_tabs->widget(i));
        if (open && open->documentId() == details.summary.id) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *page = new DocumentPage(details, m_library.dataDirectory().cacheDirectory(), m_tabs);
    auto *bar = new ExternalFileBar(details.filePath, page);
    if (auto *layout = qobject_cast<QBoxLayout *>(page->layout()))
        layout->insertWidget(0, bar);
    connect(bar, &ExternalFileBar::importRequested, this, [this, page](const QString &file) {
        // The imported document takes the place of the file shown.
        connect(
            this, &MainWindow::importFinished, page,
            [this, page](int imported, int duplicates) {
                if (imported + duplicates > 0)
                    m_documents->close(m_tabs->indexOf(page));
            },
            Qt::SingleShotConnection);
        importFiles({file});
    });
    connect(page, &DocumentPage::markAsQuestion, m_questions, &QuestionDock::addQuestion);
    connect(page, &DocumentPage::textLoaded, this, [this, page] {
        if (page == currentPage())
            showQuestionsOf(page);
    });
    const int index = m_tabs->addTab(page, page->title());
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(details.filePath));
    nameTab(index);
    m_tabs->setCurrentIndex(index);
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
    // A running sync stops at a page boundary: what it committed stays, the next one resumes.
    if (m_syncDialog && m_syncDialog->isRunning())
        m_syncDialog->cancelSync();
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
    // The sync dialog is built in one language; a new one is made in the other when next shown.
    if (m_syncDialog && !m_syncDialog->isRunning()) {
        m_syncDialog->deleteLater();
        m_syncDialog = nullptr;
    }
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
