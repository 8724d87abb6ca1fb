// The sync as a user meets it: Bestand > Synchroniseren on an empty library against the fixture
// SyncFeed server, progress and the outcome in the dialog, the tree filled afterwards, following a
// dossier from the tree, a document's file fetched when it is opened, and a clear message when
// the Kamer cannot be reached.

#include "FeedServer.h"
#include "ModelSupport.h"
#include "TestSupport.h"

#include "AppSettings.h"
#include "DocumentPage.h"
#include "MainWindow.h"
#include "NavigationDock.h"
#include "SyncDialog.h"
#include "Translations.h"
#include "library/FileStore.h"
#include "library/Library.h"
#include "models/NavigationModel.h"
#include "store/FollowStore.h"
#include "store/LibraryStore.h"
#include "sync/SyncOptions.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>

using namespace overleg;
using namespace overleg::ui;
using namespace overleg::test;

class TestSyncWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QStringLiteral("en"));
    }

    void synchronisesFollowsAndFetchesOnOpen() {
        FeedServer server;
        server.loadFeedDirectory(QStringLiteral(OVERLEG_SOURCE_DIR "/resources/sample"));
        server.setPageSize(20);
        QVERIFY(server.listen());

        TempLibrary lib(false);
        AppSettings settings(lib->dataDirectory().root());
        MainWindow window(*lib.library, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("navigationTree"));
        QAbstractItemModel *model = tree->model();
        QCOMPARE(model->rowCount(model->index(0, 0)), 0); // no commissies yet

        auto *syncAction = window.findChild<QAction *>(QStringLiteral("syncAction"));
        QVERIFY(syncAction);
        syncAction->trigger();
        auto *dialog = window.findChild<SyncDialog *>(QStringLiteral("syncDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto *feed = dialog->findChild<QLineEdit *>(QStringLiteral("syncFeedUrl"));
        QVERIFY(feed->text().startsWith(QLatin1String("https://gegevensmagazijn.tweedekamer.nl")));
        feed->setText(server.baseUrl());
        auto *since = dialog->findChild<QDateEdit *>(QStringLiteral("syncSince"));
        QVERIFY(since->isEnabled()); // a library that never synced may choose a start date
        since->setDate(QDate(2015, 1, 1));

        QSignalSpy done(dialog, &SyncDialog::syncFinished);
        QSignalSpy progress(lib.library.get(), &Library::syncProgress);
        QSignalSpy documentsChanged(lib.library.get(), &Library::documentsChanged);
        dialog->findChild<QPushButton *>(QStringLiteral("syncStart"))->click();
        QVERIFY(dialog->isRunning());
        QVERIFY(done.wait(30000));
        const auto summary = done.first().first().value<SyncSummary>();
        QVERIFY2(summary.ok(), qPrintable(summary.errors.join(u'\n')));
        // The library said how far the sync got, and that its documents changed.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(documentsChanged.size(), 1);
        // With the dialog closed, progress shows in the status bar, in words.
        dialog->hide();
        lib->announceSyncProgress(QStringLiteral("FractieZetelPersoon"), 1234);
        QVERIFY2(window.statusBar()->currentMessage().contains(
                     SyncDialog::categoryLabel(QStringLiteral("FractieZetelPersoon"))),
                 qPrintable(window.statusBar()->currentMessage()));
        dialog->show();
        auto *categories = dialog->findChild<QTreeWidget *>(QStringLiteral("syncCategories"));
        // Rows are named in words, not by the Kamer's entity names.
        const auto documentRow =
            categories->findItems(QStringLiteral("Documents"), Qt::MatchExactly).value(0);
        QVERIFY(documentRow);
        QCOMPARE(documentRow->data(0, Qt::UserRole).toString(), QStringLiteral("Document"));
        QVERIFY(categories->findItems(QStringLiteral("Members of the groups"), Qt::MatchExactly)
                    .size() == 1);
        QVERIFY(categories->findItems(QStringLiteral("FractieZetelPersoon"), Qt::MatchExactly)
                    .isEmpty());
        QCOMPARE(documentRow->text(2), QStringLiteral("up to date"));
        QVERIFY(documentRow->text(1).toInt() > 20);
        const QString status = dialog->findChild<QLabel *>(QStringLiteral("syncStatus"))->text();
        QVERIFY2(status.contains(QLatin1String("entities fetched")), qPrintable(status));
        QVERIFY(!since->isEnabled()); // from now on every sync continues where it stopped
        QCOMPARE(settings.feedUrl(), server.baseUrl());

        // The tree now holds the Kamer's commissies and dossiers; the status bar tells when.
        const QModelIndex commissies = model->index(0, 0);
        tree->expand(commissies);
        // Economische Zaken en Klimaat: three documents in the sample feed.
        const QModelIndex ezk = childContaining(model, commissies, QStringLiteral("Economische"));
        QVERIFY(ezk.isValid());
        QVERIFY(window.findChild<QLabel *>() != nullptr);

        // Follow the commissie from its context action: it is starred and stored.
        QVERIFY(!ezk.data(NavigationModel::FollowedRole).toBool());
        auto *nav = window.findChild<NavigationDock *>();
        Q_EMIT nav->followToggled(QStringLiteral("commissie"),
                                  ezk.data(NavigationModel::NodeIdRole).toString(), true);
        QVERIFY(ezk.data(NavigationModel::FollowedRole).toBool());
        QCOMPARE(FollowStore(lib->notesDatabase()).follows().size(), 1);

        // Opening a synced document whose file we lack fetches it, then shows it.
        const QModelIndex doc = childContaining(model, ezk, QString());
        QVERIFY(doc.isValid());
        const QString docId = doc.data(NavigationModel::DocumentIdRole).toString();
        QVERIFY(lib->files().pathFor(docId).isEmpty());
        QVERIFY(window.openDocument(docId));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("documentTabs"));
        QTRY_VERIFY_WITH_TIMEOUT(!lib->files().pathFor(docId).isEmpty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<DocumentPage *>(tabs->currentWidget()) &&
                                     qobject_cast<DocumentPage *>(tabs->currentWidget())->viewer(),
                                 15000);
        QCOMPARE(qobject_cast<DocumentPage *>(tabs->currentWidget())->documentId(), docId);
        QCOMPARE(tabs->count(), 1);

        // The next sync downloads the rest of the followed commissie's documents.
        QSignalSpy again(dialog, &SyncDialog::syncFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("syncStart"))->click();
        QVERIFY(again.wait(30000));
        const auto second = again.first().first().value<SyncSummary>();
        QVERIFY(second.ok());
        QCOMPARE(second.entities, 0);
        QVERIFY2(second.files > 0,
                 qPrintable(QStringLiteral("files %1 failures %2 follows %3")
                                .arg(second.files)
                                .arg(second.fileFailures)
                                .arg(FollowStore(lib->notesDatabase()).follows().first().key)));
        QCOMPARE(dialog->findChild<QProgressBar *>(QStringLiteral("syncFiles"))->value(),
                 second.files);
    }

    void tellsClearlyWhenTheKamerCannotBeReached() {
        TempLibrary lib(true);
        AppSettings settings(lib->dataDirectory().root());
        const qint64 documentsBefore = lib->store().count(QStringLiteral("document"));
        SyncDialog dialog(*lib.library, settings);
        dialog.show();
        // Port 9 (discard) on this machine: nothing listens, the connection is refused.
        dialog.findChild<QLineEdit *>(QStringLiteral("syncFeedUrl"))
            ->setText(QStringLiteral("http://127.0.0.1:9/SyncFeed/2.0/"));
        QSignalSpy done(&dialog, &SyncDialog::syncFinished);
        dialog.startSync();
        // The fetcher backs off before giving up: cancel instead of waiting for it, at once (the
        // sync's engine is built on its thread; a cancel before it exists still counts).
        QVERIFY(dialog.isRunning());
        dialog.cancelSync();
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().value<SyncSummary>().cancelled);
        QString status = dialog.findChild<QLabel *>(QStringLiteral("syncStatus"))->text();
        QVERIFY2(status.contains(QLatin1String("Cancelled")), qPrintable(status));
        QCOMPARE(lib->store().count(QStringLiteral("document")), documentsBefore);

        // An address that is not a web address is refused before anything starts.
        dialog.findChild<QLineEdit *>(QStringLiteral("syncFeedUrl"))
            ->setText(QStringLiteral("gegevensmagazijn"));
        dialog.startSync();
        QVERIFY(!dialog.isRunning());
        status = dialog.findChild<QLabel *>(QStringLiteral("syncStatus"))->text();
        QVERIFY2(status.contains(QLatin1String("not a web address")), qPrintable(status));
    }
};

QTEST_MAIN(TestSyncWindow)
#include "test_syncwindow.moc"
