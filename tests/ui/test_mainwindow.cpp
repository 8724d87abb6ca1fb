#include "TestSupport.h"

#include "AppSettings.h"
#include "DocumentPage.h"
#include "MainWindow.h"
#include "NavigationDock.h"
#include "QuestionDock.h"
#include "Translations.h"
#include "models/NavigationModel.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

using namespace overleg;
using namespace overleg::ui;

namespace {

QModelIndex childContaining(QAbstractItemModel *model, const QModelIndex &parent,
                            const QString &text) {
    while (model->canFetchMore(parent))
        model->fetchMore(parent);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString().contains(text))
            return index;
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsThePanesAndOpensADocumentFromTheTree() {
        test::TempLibrary lib;
        AppSettings settings(lib->dataDirectory().root());
        installTranslations(QStringLiteral("en"));
        MainWindow window(*lib.library, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *nav = window.findChild<QDockWidget *>(QStringLiteral("navigationDock"));
        auto *questions = window.findChild<QuestionDock *>(QStringLiteral("questionDock"));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("documentTabs"));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("navigationTree"));
        QVERIFY(nav && questions && tabs && tree);
        QVERIFY(nav->isVisible() && questions->isVisible());
        QCOMPARE(window.dockWidgetArea(nav), Qt::LeftDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(questions), Qt::RightDockWidgetArea);
        QVERIFY(window.menuBar()->actions().size() >= 3);
        QVERIFY(questions->emptyStateText().contains(QStringLiteral("No document open")));
        QCOMPARE(tabs->count(), 0);

        // Commissies -> OCW -> the Verslag SO, activated as a user would (Enter on the row).
        QAbstractItemModel *model = tree->model();
        const QModelIndex commissies = model->index(0, 0);
        tree->expand(commissies);
        QCOMPARE(model->rowCount(commissies), 8); // the view fetched the category on expanding
        const QModelIndex ocw = childContaining(model, commissies, QStringLiteral("Onderwijs"));
        QVERIFY(ocw.isValid());
        tree->expand(ocw);
        const QModelIndex verslag =
            childContaining(model, ocw, QStringLiteral("schriftelijk overleg"));
        QVERIFY(verslag.isValid());
        tree->setCurrentIndex(verslag);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(tabs->count(), 1);

        auto *page = window.currentPage();
        QVERIFY(page);
        QVERIFY(QTest::qWaitFor([page] { return page->isTextLoaded(); }, 10000));
        QVERIFY(page->message().isEmpty());
        QVERIFY(page->text().contains(QStringLiteral("Vragen en opmerkingen uit de fracties")));
        auto *metadata = page->findChild<QLabel *>(QStringLiteral("documentMetadata"));
        QVERIFY(metadata->text().contains(QStringLiteral("Kamerstuk 29 338, nr. 289")));
        QVERIFY(metadata->text().contains(QStringLiteral("Onderwijs, Cultuur en Wetenschap")));
        QVERIFY(questions->emptyStateText().contains(QStringLiteral("NWO")));

        // Opening it again switches to the tab instead of adding one.
        QVERIFY(window.openDocument(page->documentId()));
        QCOMPARE(tabs->count(), 1);
    }

    void filterByTyping() {
        test::TempLibrary lib;
        AppSettings settings(lib->dataDirectory().root());
        MainWindow window(*lib.library, settings);
        window.show();
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("navigationFilter"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("quantumproof"));
        QVERIFY(QTest::qWaitFor(
            [&] { return window.navigationModel()->filter() == QStringLiteral("quantumproof"); },
            3000));
        const QModelIndex commissies =
            window.navigationModel()->categoryIndex(NavigationModel::Category::Commissies);
        QCOMPARE(window.navigationModel()->rowCount(commissies), 0);
        const QModelIndex leden =
            window.navigationModel()->categoryIndex(NavigationModel::Category::Kamerleden);
        QCOMPARE(window.navigationModel()->rowCount(leden), 1);
    }

    void remembersOpenDocumentsAndLayout() {
        test::TempLibrary lib;
        const QString so = lib->queries().resolveDocument(QStringLiteral("kst-29338-289"));
        const QString kv = lib->queries().resolveDocument(QStringLiteral("ah-tk-20232024-1178"));
        {
            AppSettings settings(lib->dataDirectory().root());
            MainWindow window(*lib.library, settings);
            window.show();
            QVERIFY(window.openDocument(so));
            QVERIFY(window.openDocument(kv));
            window.questionDock()->hide();
            window.close();
        }
        AppSettings settings(lib->dataDirectory().root());
        QCOMPARE(settings.openDocuments(), (QStringList{so, kv}));
        QCOMPARE(settings.recentDocuments().first(), kv);
        MainWindow window(*lib.library, settings);
        window.restoreSession();
        window.show();
        QCOMPARE(window.documentTabs()->count(), 2);
        QCOMPARE(window.currentPage()->documentId(), kv);
        QVERIFY(!window.questionDock()->isVisible());
    }

    void importsDroppedOrChosenFiles() {
        test::TempLibrary lib;
        AppSettings settings(lib->dataDirectory().root());
        MainWindow window(*lib.library, settings);
        window.show();
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QTemporaryDir dir;
        const QString broken =
            test::writeFile(dir, QStringLiteral("kapot.docx"), QByteArray("PK\x03\x04 broken", 13));
        // A message box reports the broken file; close it when it appears.
        QTimer closer;
        QObject::connect(&closer, &QTimer::timeout, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        closer.start(50);
        // A question set the library does not know (the sample's own documents would join
        // their library document instead of Mijn bibliotheek).
        const QString own = test::writeFile(
            dir, QStringLiteral("vragen.txt"),
            QStringLiteral("Vragen van het lid De Vries (VVD) aan de minister van Financiën over "
                           "de fietsbelasting (ingezonden 1 mei 2024).\n\nVraag 1\nKlopt het "
                           "bericht dat er een fietsbelasting komt?\n")
                .toUtf8());
        window.importFiles({own, broken});
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(finished.first().at(2).toInt(), 1);
        const QModelIndex mine =
            window.navigationModel()->categoryIndex(NavigationModel::Category::MyLibrary);
        QCOMPARE(window.navigationModel()->rowCount(mine), 1);
        // One file imported: it is opened.
        QVERIFY(window.currentPage());
        QVERIFY(window.currentPage()->details().isLocal);
    }

    void dutchByDefault() {
        test::TempLibrary lib;
        AppSettings settings(lib->dataDirectory().root());
        QCOMPARE(settings.language(), QStringLiteral("nl"));
        installTranslations(settings.language());
        MainWindow window(*lib.library, settings);
        QCOMPARE(window.navigationModel()
                     ->categoryIndex(NavigationModel::Category::Commissies)
                     .data()
                     .toString(),
                 QStringLiteral("Commissies"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Bestand"));
        installTranslations(QStringLiteral("en"));
        window.navigationModel()->reload();
        QCOMPARE(window.navigationModel()
                     ->categoryIndex(NavigationModel::Category::Commissies)
                     .data()
                     .toString(),
                 QStringLiteral("Committees"));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
