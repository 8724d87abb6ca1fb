#include "MainWindow.h"

#include "AppSettings.h"
#include "AppShortcuts.h"
#include "DocumentPage.h"
#include "ExportDialog.h"
#include "NavigationDock.h"
#include "OpenQuestionsController.h"
#include "QuestionDock.h"
#include "SyncDialog.h"
#include "TagManagerDialog.h"
#include "Translations.h"
#include "UndoActions.h"
#include "WindowGeometry.h"
#include "WorkspaceDialog.h"
#include "document/TextExtractor.h"
#include "export/NotesBundle.h"
#include "library/AnswerLocator.h"
#include "library/BackgroundImport.h"
#include "library/FileStore.h"
#include "library/Library.h"
#include "models/NavigationModel.h"
#include "models/QuestionModel.h"
#include "questions/AnswerSet.h"
#include "store/FollowStore.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"
#include "sync/FeedEndpoint.h"
#include "sync/FileDownloader.h"
#include "sync/HttpFetcher.h"
#include "sync/SyncOptions.h"
#include "viewer/DocumentViewer.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

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
    , m_centre(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_libraryStatus(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/overleg/icons/overleg.svg")));
    setAcceptDrops(true);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(defaultWindowSize(screen->availableGeometry()));
    new AppShortcutGuard(this);

    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
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
    m_exportNotice = new ExportNotice(statusBar(), this);
    statusBar()->addPermanentWidget(m_libraryStatus);

    connect(m_navigation, &NavigationDock::documentActivated, this, &MainWindow::openDocument);
    connect(m_navigation, &NavigationDock::followToggled, this, &MainWindow::setFollowed);
    connect(m_navigation, &NavigationDock::questionActivated, this, &MainWindow::openQuestion);
    // Statuses, tags and corrections change what is open (undo and redo too).
    connect(m_undoStack, &QUndoStack::indexChanged, m_openQuestions,
            &OpenQuestionsController::libraryChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    connect(m_questions, &QuestionDock::answerActivated, this, &MainWindow::openAnswer);
    connect(m_questions, &QuestionDock::questionActivated, this,
            [this](int start, int end, const QString &text) {
                if (DocumentPage *page = currentPage())
                    page->highlightSpan(start, end, text);
            });

    createActions();
    createMenus();
    retranslate();
    updateStatus();
    updateCentre();
    refreshFollowed();
    refreshLinkedByHand();
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
    connect(m_linkAnswerAction, &QAction::triggered, this, &MainWindow::linkAnswerDocument);
    m_unlinkAnswerAction = new QAction(this);
    m_unlinkAnswerAction->setObjectName(QStringLiteral("unlinkAnswerAction"));
    connect(m_unlinkAnswerAction, &QAction::triggered, this, &MainWindow::unlinkAnswerDocuments);
    m_importNotesAction = new QAction(this);
    m_importNotesAction->setObjectName(QStringLiteral("importNotesAction"));
    connect(m_importNotesAction, &QAction::triggered, this, &MainWindow::importNotes);
    m_workspaceAction = new QAction(this);
    m_workspaceAction->setObjectName(QStringLiteral("workspaceAction"));
    connect(m_workspaceAction, &QAction::triggered, this, &MainWindow::showWorkspaceDialog);

    m_closeTabAction = new QAction(this);
    m_closeTabAction->setShortcut(QKeySequence::Close);
    connect(m_closeTabAction, &QAction::triggered, this,
            [this] { closeTab(m_tabs->currentIndex()); });

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
    m_editMenu->addSeparator();
    m_manageTagsAction = m_editMenu->addAction(QString(), this, [this] {
        TagManagerDialog dialog(m_library.notes(), this);
        connect(&dialog, &TagManagerDialog::tagsChanged, m_questions, &QuestionDock::refresh);
        connect(&dialog, &TagManagerDialog::tagsChanged, m_openQuestions,
                &OpenQuestionsController::libraryChanged);
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
    m_unlinkAnswerAction->setText(tr("&Unlink answer documents"));
    m_closeTabAction->setText(tr("&Close document"));
    m_quitAction->setText(tr("&Quit"));
    m_filterAction->setText(tr("&Filter navigation"));
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
    QStringList open;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *tab = qobject_cast<DocumentPage *>(m_tabs->widget(i)))
            open << tab->documentId();
    ExportDialog dialog(m_library, page ? page->documentId() : QString(), m_settings.language(),
                        open, this);
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

void MainWindow::updateAnswers(DocumentPage *page) {
    const QuestionExtraction extraction = m_questions->model()->extraction();
    const QString documentId = page->documentId();
    if (extraction.questions.isEmpty())
        return;
    const AnswerLocator locator(m_library.libraryDatabase(), m_library.notesDatabase());
    const QList<AnswerLocator::Source> sources = locator.answersFor(documentId, extraction.kind);
    QList<std::pair<QString, QString>> paths;
    QStringList described;
    for (const AnswerLocator::Source &s : sources) {
        const QString path = m_library.files().pathFor(s.documentId);
        described << QStringLiteral("%1 (%2)%3")
                         .arg(s.titel.toHtmlEscaped(), s.datum,
                              path.isEmpty() ? QStringLiteral(" — ") + tr("file not here yet")
                                             : QString());
        if (!path.isEmpty())
            paths.append({s.documentId, path});
    }
    QString info;
    // Open questions show when their answer is due, as long as no answer document is known.
    const QDate deadline = described.isEmpty() && !holdsOwnAnswers(extraction.kind)
                               ? locator.deadlineFor(documentId)
                               : QDate();
    m_questions->setDeadline(deadline);
    if (!described.isEmpty()) {
        info = tr("Answers from: %1").arg(described.join(QStringLiteral("; ")));
    } else {
        if (deadline.isValid()) {
            const qint64 overdue = deadline.daysTo(QDate::currentDate());
            info = tr("No answer yet. Due %1%2.")
                       .arg(QLocale().toString(deadline, QLocale::ShortFormat),
                            overdue > 0 ? QStringLiteral(", ") +
                                              tr("%n day(s) overdue", nullptr, int(overdue))
                                        : QString());
        }
    }
    // Text and matching off the GUI thread: answer documents can be long.
    const DocumentText own = page->documentText();
    auto *watcher = new QFutureWatcher<QHash<QString, FoundAnswer>>(this);
    // Without an answering document here (and none inside it) no answer can be found yet.
    const bool answersPossible = !paths.isEmpty() || holdsOwnAnswers(extraction.kind);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, documentId, info, answersPossible] {
                watcher->deleteLater();
                if (m_questions->model()->documentId() == documentId)
                    m_questions->setAnswers(watcher->result(), info, answersPossible);
            });
    watcher->setFuture(QtConcurrent::run([extraction, documentId, own, paths] {
        QList<std::pair<QString, DocumentText>> docs;
        for (const auto &[id, path] : paths)
            if (auto text = extractTextFromFile(path))
                docs.append({id, text.value()});
        return findAnswers(extraction, documentId, own, docs);
    }));
}

void MainWindow::openAnswer(const QString &documentId, int start, int end, const QString &text) {
    if (documentId.isEmpty())
        return;
    if (!openDocument(documentId))
        return;
    DocumentPage *page = currentPage();
    if (!page)
        return;
    auto show = [page, start, end, text] { page->highlightSpan(start, end, text); };
    if (page->isTextLoaded())
        show();
    else
        connect(page, &DocumentPage::textLoaded, page, show, Qt::SingleShotConnection);
}

void MainWindow::openQuestion(const QString &documentId, const QString &questionId) {
    if (!openDocument(documentId))
        return;
    DocumentPage *page = currentPage();
    if (!page)
        return;
    // The dock lists the document's questions once its text is read.
    auto select = [this, questionId] { m_questions->selectQuestion(questionId); };
    if (page->isTextLoaded())
        select();
    else
        connect(page, &DocumentPage::textLoaded, this, select, Qt::SingleShotConnection);
}

void MainWindow::linkAnswerDocument() {
    DocumentPage *page = currentPage();
    if (!page) {
        statusBar()->showMessage(tr("Open the document with the questions first."), 5000);
        return;
    }
    bool ok = false;
    const QString reference = QInputDialog::getText(
        this, tr("Link an answer document"),
        tr("The document that answers \"%1\" (its number, e.g. 2025D01234, or kamerstuk id):")
            .arg(page->details().summary.titel),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || reference.trimmed().isEmpty())
        return;
    const QString answerId = m_library.queries().resolveDocument(reference.trimmed());
    if (answerId.isEmpty() || answerId == page->documentId()) {
        QMessageBox::warning(this, tr("Link an answer document"),
                             tr("No other document '%1' in the library.").arg(reference));
        return;
    }
    AnswerLocator locator(m_library.libraryDatabase(), m_library.notesDatabase());
    if (const Status linked = locator.link(page->documentId(), answerId); !linked) {
        QMessageBox::warning(this, tr("Link an answer document"), linked.error());
        return;
    }
    refreshLinkedByHand();
    updateAnswers(page);
    m_openQuestions->libraryChanged();
}

void MainWindow::unlinkAnswerDocuments() {
    DocumentPage *page = currentPage();
    if (!page)
        return;
    AnswerLocator locator(m_library.libraryDatabase(), m_library.notesDatabase());
    const auto sources = locator.answersFor(page->documentId(), DocumentKind::Other);
    for (const AnswerLocator::Source &s : sources)
        if (s.manual)
            locator.unlink(page->documentId(), s.documentId);
    refreshLinkedByHand();
    showQuestionsOf(page);
    m_openQuestions->libraryChanged();
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
    m_questions->refresh();
    m_openQuestions->libraryChanged();
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
    // The sync wrote through its own connection; re-read the tree and the counts.
    m_model->reload();
    refreshFollowed();
    updateStatus();
    m_openQuestions->libraryChanged();
    if (summary.ok())
        statusBar()->showMessage(tr("Synchronised: %n entities fetched", nullptr,
                                    int(summary.entities + summary.deleted)),
                                 8000);
}

void MainWindow::refreshLinkedByHand() {
    QSet<QString> linked;
    QSqlQuery q = m_library.notesDatabase().run(
        QStringLiteral("SELECT DISTINCT question_document_id FROM document_link"));
    while (q.next())
        linked.insert(q.value(0).toString());
    m_model->setLinkedByHand(linked);
}

void MainWindow::refreshFollowed() {
    QSet<QString> keys;
    for (const FollowStore::Follow &f : FollowStore(m_library.notesDatabase()).follows())
        keys.insert(f.kind + u':' + f.key);
    m_model->setFollowed(keys);
}

void MainWindow::setFollowed(const QString &kind, const QString &id, bool follow) {
    FollowStore follows(m_library.notesDatabase());
    const Status changed = follow ? follows.follow(kind, id) : follows.unfollow(kind, id);
    if (!changed) {
        QMessageBox::warning(this, tr("Follow"), changed.error());
        return;
    }
    refreshFollowed();
    statusBar()->showMessage(follow ? tr("Followed: its documents are downloaded with every sync.")
                                    : tr("No longer followed."),
                             6000);
}

void MainWindow::downloadFileOf(DocumentPage *page) {
    if (!m_downloader) {
        m_network = new QNetworkAccessManager(this);
        m_fetcher = std::make_unique<HttpFetcher>(m_network, FetchPolicy{});
        m_downloader = std::make_unique<FileDownloader>(
            *m_fetcher, FeedEndpoint(m_settings.feedUrl()), m_library.files());
        connect(m_downloader.get(), &FileDownloader::fileFinished, this,
                &MainWindow::fileDownloaded);
    }
    page->showDownloadState(tr("Fetching the file from the Tweede Kamer…"));
    m_downloader->download({page->documentId()});
}

void MainWindow::fileDownloaded(const QString &documentId, const QString &error) {
    if (error.isEmpty())
        m_openQuestions->libraryChanged(); // its questions can be read now
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<DocumentPage *>(m_tabs->widget(i));
        if (!page || page->documentId() != documentId)
            continue;
        if (!error.isEmpty()) {
            page->showDownloadState(
                tr("The file could not be fetched from the Tweede Kamer: %1 Check the connection "
                   "and open the document again.")
                    .arg(error));
            return;
        }
        // Replace the page by one that reads the file we now hold.
        const bool current = m_tabs->currentIndex() == i;
        closeTab(i);
        openDocument(documentId);
        const int opened = m_tabs->currentIndex();
        if (opened != i && opened >= 0)
            m_tabs->tabBar()->moveTab(opened, i);
        if (!current && m_tabs->count() > 0)
            m_tabs->setCurrentIndex(std::min(i, int(m_tabs->count()) - 1));
        return;
    }
}

DocumentPage *MainWindow::currentPage() const {
    return qobject_cast<DocumentPage *>(m_tabs->currentWidget());
}

bool MainWindow::openDocument(const QString &documentId) {
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<DocumentPage *>(m_tabs->widget(i));
        if (page && page->documentId() == documentId) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    const auto details = m_library.queries().details(documentId, m_library.dataDirectory().root());
    if (!details) {
        statusBar()->showMessage(tr("This document is no longer in the library."), 5000);
        return false;
    }
    auto *page = new DocumentPage(*details, m_library.dataDirectory().cacheDirectory(), m_tabs);
    connect(page, &DocumentPage::markAsQuestion, m_questions, &QuestionDock::addQuestion);
    connect(page, &DocumentPage::textLoaded, this, [this, page] {
        if (page == currentPage())
            showQuestionsOf(page);
    });
    const int index = m_tabs->addTab(page, page->title());
    m_tabs->setTabToolTip(index, details->summary.titel);
    m_tabs->setCurrentIndex(index);
    // A synced document whose file we do not hold yet: fetch it now (ids that are not the
    // Kamer's GUIDs never reach a URL).
    if (details->filePath.isEmpty() && FeedEndpoint::isGuid(documentId))
        downloadFileOf(page);
    m_settings.addRecentDocument(documentId);
    updateRecentMenu();
    return true;
}

void MainWindow::closeTab(int index) {
    if (index < 0)
        return;
    QWidget *page = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete page;
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
        updateAnswers(page);
}

void MainWindow::currentTabChanged() {
    updateCentre();
    showQuestionsOf(currentPage());
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDocuments();
    const QString root = m_library.dataDirectory().root();
    for (const QString &id : recent) {
        const auto details = m_library.queries().details(id, root);
        if (!details)
            continue;
        QAction *action = m_recentMenu->addAction(details->summary.titel);
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
        m_model->reload();
        m_openQuestions->libraryChanged();
        m_navigation->tree()->expand(m_model->categoryIndex(NavigationModel::Category::MyLibrary));
        updateStatus();
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
    QStringList open;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<DocumentPage *>(m_tabs->widget(i)))
            open << page->documentId();
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
    // The tree's labels are made by the model, which does not see LanguageChange.
    m_model->reload();
    m_openQuestions->libraryChanged(); // "Question 3" under Open questions
    // Where the panel's answers come from, or when they are due, is said in words made here.
    if (DocumentPage *page = currentPage(); page && page->isTextLoaded())
        updateAnswers(page);
    refreshFollowed();
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
