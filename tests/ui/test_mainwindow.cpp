#include "ModelSupport.h"
#include "TestSupport.h"
#include "WindowSupport.h"

#include "AppSettings.h"
#include "AppShortcuts.h"
#include "DocumentPage.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "NavigationDock.h"
#include "QuestionDock.h"
#include "Translations.h"
#include "WindowGeometry.h"
#include "models/NavigationModel.h"
#include "models/QuestionModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace overleg;
using namespace overleg::ui;

namespace {

using test::childContaining;

// The Dutch texts of the interface: every translation in overleg_nl.ts that differs from its
// English source (and is no English source itself), as a pattern over a whole text, with its
// arguments as wildcards, and its longer pieces as patterns found anywhere in a text.
// Ampersands of mnemonics are dropped on both sides.
QList<QRegularExpression> dutchPatterns() {
    QFile file(test::dataPath(QStringLiteral("../../translations/overleg_nl.ts")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no overleg_nl.ts");
    QXmlStreamReader xml(&file);
    QSet<QString> sources;
    QStringList dutch;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source"))
            sources.insert(source = xml.readElementText());
        else if (xml.name() == QLatin1String("translation")) {
            QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.isEmpty() && text != source)
                dutch << text;
        } else if (xml.name() == QLatin1String("numerusform")) {
            const QString text = xml.readElementText();
            if (!text.isEmpty() && text != source)
                dutch << text;
        }
    }
    QList<QRegularExpression> patterns;
    const QRegularExpression argument(QStringLiteral("%L?[0-9n]"));
    for (QString text : std::as_const(dutch)) {
        if (sources.contains(text))
            continue;
        text.remove(u'&');
        QStringList parts = text.split(argument);
        int fixed = 0;
        for (QString &part : parts) {
            fixed += int(part.trimmed().size());
            part = QRegularExpression::escape(part);
        }
        if (fixed < 4) // "%1 (%2)" says nothing about a language
            continue;
        // Pieces long enough to be told apart from data, to find in texts made of several
        // translated parts (the document's metadata, the answer line).
        QString plain = QTextDocumentFragment::fromHtml(text).toPlainText();
        for (const QString &piece : plain.split(argument)) {
            if (piece.trimmed().size() >= 12 && piece.contains(u' '))
                patterns << QRegularExpression(QRegularExpression::escape(piece.trimmed()));
        }
        patterns << QRegularExpression(QStringLiteral("^") + parts.join(QStringLiteral(".*")) +
                                           QStringLiteral("$"),
                                       QRegularExpression::DotMatchesEverythingOption);
    }
    return patterns;
}

// Every text the window shows: labels, buttons, actions and menus, combo box items,
// placeholders, tooltips, window titles, and the question panel's and the navigation's rows.
QStringList visibleTexts(MainWindow &window) {
    QStringList texts;
    auto add = [&texts](const QString &text) {
        if (text.isEmpty())
            return;
        texts << text;
        if (Qt::mightBeRichText(text))
            texts << QTextDocumentFragment::fromHtml(text).toPlainText();
    };
    QList<QWidget *> widgets = window.findChildren<QWidget *>();
    widgets << &window;
    for (QWidget *w : std::as_const(widgets)) {
        add(w->toolTip());
        add(w->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        for (QAction *action : w->actions()) {
            add(action->text());
            add(action->toolTip());
        }
        if (auto *menu = qobject_cast<QMenu *>(w))
            add(menu->title());
    }
    for (QAction *action : window.findChildren<QAction *>()) {
        add(action->text());
        add(action->toolTip());
    }
    std::function<void(QAbstractItemModel *, const QModelIndex &, int)> walk =
        [&](QAbstractItemModel *model, const QModelIndex &parent, int depth) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                add(index.data().toString());
                add(index.data(QuestionModel::CountsRole).toString());
                if (depth < 3)
                    walk(model, index, depth + 1);
            }
        };
    walk(window.questionDock()->list()->model(), {}, 0);
    walk(window.navigationModel(), {}, 0);
    return texts;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsThePanesAndOpensADocumentFromTheTree() {
        test::TestWindow fixture(QStringLiteral("en"));
        auto &[lib, settings, window] = fixture;
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
        // The panel is about this document (its title, shortened in the header, whole in the
        // header's tooltip).
        QTRY_VERIFY(questions->headerText().contains(QStringLiteral("Verslag van een")));
        QVERIFY(questions->findChild<QLabel *>(QStringLiteral("questionHeader"))
                    ->toolTip()
                    .contains(QStringLiteral("NWO")));

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
            10000)); // an upper bound for a sanitized build, not a speed claim
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
        const QString broken = test::writeFile(dir, QStringLiteral("kapot.docx"),
                                               QByteArrayLiteral("PK\x03\x04 broken"));
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

    // The system's language until the user chooses one (test_desktop has the cases); Dutch
    // when chosen.
    void dutchWhenChosen() {
        test::TempLibrary lib;
        AppSettings settings(lib->dataDirectory().root());
        QCOMPARE(settings.language(), AppSettings::languageFor(QLocale::system()));
        settings.setLanguage(QStringLiteral("nl"));
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

    // View > Language > English turns every text of the window English at once: menus,
    // actions (Undo/Redo too), the panel's filters, header, editor and answer line, the
    // document's metadata labels, the navigation with Open questions.
    void languageSwitchRetranslatesEverything_data() {
        QTest::addColumn<QString>("document"); // a library document, or
        QTest::addColumn<QString>("file");     // a file to import
        QTest::newRow("Verslag SO, answers in itself")
            << QStringLiteral("kst-29338-289") << QString();
        QTest::newRow("Kamervragen, answered elsewhere")
            << QStringLiteral("ec467449-476b-5553-a381-1f3b1a33bf50") << QString();
        QTest::newRow("imported file") << QString() << QStringLiteral("vragen.txt");
    }

    void languageSwitchRetranslatesEverything() {
        QFETCH(QString, document);
        QFETCH(QString, file);
        test::TempLibrary lib;
        AppSettings settings(lib->dataDirectory().root());
        settings.setLanguage(QStringLiteral("nl"));
        installTranslations(settings.language());
        MainWindow window(*lib.library, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QModelIndex open =
            window.navigationModel()->categoryIndex(NavigationModel::Category::OpenQuestions);
        window.navigationDock()->tree()->expand(open);
        QTemporaryDir dir;
        if (!file.isEmpty()) {
            // A question set the library does not know: it stays an imported file of its own.
            const QString path = test::writeFile(
                dir, file,
                QStringLiteral("Vragen van het lid De Vries (VVD) aan de minister van Financiën "
                               "over de fietsbelasting (ingezonden 1 mei 2024).\n\nVraag 1\nKlopt "
                               "het bericht dat er een fietsbelasting komt?\n")
                    .toUtf8());
            QSignalSpy imported(&window, &MainWindow::importFinished);
            window.importFiles({path});
            QVERIFY(imported.wait(20000));
            QVERIFY(window.currentPage() && window.currentPage()->details().isLocal);
        } else {
            QVERIFY(window.openDocument(lib->queries().resolveDocument(document)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(window.currentPage()->isTextLoaded(), 10000);
        QuestionDock *dock = window.questionDock();
        if (!dock->model()->extraction().questions.isEmpty())
            QTRY_VERIFY_WITH_TIMEOUT(dock->model()->hasAnswers(), 10000);
        // A question without an answer, so "Geen antwoord gevonden" is on screen.
        QString unanswered;
        for (const QuestionUnit &unit : dock->model()->extraction().questions)
            if (unanswered.isEmpty() || !dock->model()->answerOf(unit.id)) {
                unanswered = unit.id;
                if (!dock->model()->answerOf(unit.id))
                    break;
            }
        dock->selectQuestion(unanswered);
        const QList<QRegularExpression> dutch = dutchPatterns();
        QVERIFY(dutch.size() > 300);
        auto dutchLeft = [&] {
            QStringList found;
            for (const QString &text : visibleTexts(window)) {
                QString plain = text;
                plain.remove(u'&');
                for (const QRegularExpression &pattern : dutch)
                    if (pattern.match(plain).hasMatch()) {
                        found << text + QStringLiteral("  [") + pattern.pattern() + u']';
                        break;
                    }
            }
            found.removeDuplicates();
            return found;
        };
        // The check sees Dutch when there is Dutch.
        QVERIFY(dutchLeft().size() > 20);

        QAction *english = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == QLatin1String("English"))
                english = action;
        QVERIFY(english);
        english->trigger();
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QStringList left;
        QTRY_VERIFY2_WITH_TIMEOUT((left = dutchLeft()).isEmpty(),
                                  qPrintable(left.join(QStringLiteral("\n"))), 10000);
        installTranslations(QStringLiteral("en"));
    }

    // J, K, 1-5, T, N and Delete are listed under Questions with their keys; F1 shows the
    // shortcut sheet with every command that has a shortcut.
    void questionsMenuAndShortcutSheet() {
        test::TestWindow fixture(QStringLiteral("en"));
        auto &[lib, settings, window] = fixture;
        QVERIFY(test::showActive(window));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("questionsMenu"));
        QVERIFY(menu);
        QStringList keys;
        for (QAction *action : menu->actions())
            keys << action->shortcut().toString();
        for (const QString &key : {QStringLiteral("J"), QStringLiteral("K"), QStringLiteral("1"),
                                   QStringLiteral("5"), QStringLiteral("T"), QStringLiteral("N"),
                                   QStringLiteral("Del"), QStringLiteral("F1")})
            QVERIFY2(keys.contains(key), qPrintable(key));

        QList<std::pair<QString, QString>> rows;
        QTimer::singleShot(0, this, [&rows] {
            auto *sheet = qobject_cast<ShortcutSheet *>(QApplication::activeModalWidget());
            if (!sheet)
                return;
            rows = sheet->rows();
            sheet->reject();
        });
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(!rows.isEmpty());
        QStringList shortcuts;
        for (const auto &[command, shortcut] : rows)
            shortcuts << shortcut;
        QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+E")));
        QVERIFY(shortcuts.contains(QStringLiteral("J")));
        QVERIFY(shortcuts.contains(QStringLiteral("Del")));
        QVERIFY(shortcuts.contains(QStringLiteral("Esc")));
        QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+Return")));
    }

    // Ctrl+E in the navigation filter opens the export, though QLineEdit claims Ctrl+E as
    // "end of line"; Ctrl+A there still selects the filter's text.
    void applicationShortcutsWinOverLineEdits() {
        test::TestWindow fixture(QStringLiteral("en"));
        auto &[lib, settings, window] = fixture;
        QVERIFY(test::showActive(window));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("navigationFilter"));
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        QString opened;
        QTimer::singleShot(0, this, [&opened] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                opened = modal->objectName();
                modal->close();
            }
        });
        QTest::keyClick(filter, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(opened, QStringLiteral("exportDialog"));
        QTest::keyClicks(filter, QStringLiteral("abc"));
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(filter->selectedText(), QStringLiteral("abc"));
        // Offscreen keys follow the Windows scheme, where Ctrl+E is no line edit key; on X11
        // it is (end of line). The mechanism, with a key every scheme gives the line edit
        // (next word): a window command on it wins, the field keeps it otherwise.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        filter->setCursorPosition(0);
        QTest::keyClick(filter, Qt::Key_Right, Qt::ControlModifier);
        QVERIFY(filter->cursorPosition() > 0);
        QAction command(&window);
        command.setShortcut(QKeySequence::keyBindings(QKeySequence::MoveToNextWord).first());
        window.addAction(&command);
        QSignalSpy triggered(&command, &QAction::triggered);
        filter->setCursorPosition(0);
        QTest::keyClick(filter, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(triggered.size(), 1);
        QCOMPARE(filter->cursorPosition(), 0);
    }

    void clampsToTheScreen_data() {
        QTest::addColumn<QRect>("frame");
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("expected");
        const QRect laptop(0, 0, 1366, 728);
        QTest::newRow("fits") << QRect(10, 10, 800, 600) << laptop << QRect(10, 10, 800, 600);
        QTest::newRow("from a 1920x1200 screen, bottom right")
            << QRect(1200, 500, 700, 600) << laptop << QRect(666, 128, 700, 600);
        QTest::newRow("larger than the screen") << QRect(100, 50, 1900, 1150) << laptop << laptop;
        QTest::newRow("left of a second screen")
            << QRect(-1800, 20, 1000, 700) << QRect(0, 0, 1366, 728) << QRect(0, 20, 1000, 700);
        QTest::newRow("screen with a top panel")
            << QRect(0, 0, 1000, 700) << QRect(0, 32, 1366, 736) << QRect(0, 32, 1000, 700);
    }

    void clampsToTheScreen() {
        QFETCH(QRect, frame);
        QFETCH(QRect, available);
        QFETCH(QRect, expected);
        QCOMPARE(clampToScreen(frame, available), expected);
    }

    // The first window fits a 1366x768 screen; a geometry saved on a larger screen comes back
    // on this one.
    void windowFitsTheScreen() {
        const QSize laptop = defaultWindowSize(QRect(0, 0, 1366, 728));
        QVERIFY(laptop.width() <= 1366 - 16 && laptop.height() <= 728 - 48);
        QCOMPARE(defaultWindowSize(QRect(0, 0, 2560, 1400)), QSize(1280, 760));

        test::TempLibrary lib;
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        {
            AppSettings settings(lib->dataDirectory().root());
            MainWindow window(*lib.library, settings);
            QVERIFY(window.width() <= available.width() && window.height() <= available.height());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // As saved on a screen twice as large, at its far corner.
            window.setGeometry(available.width() + 200, available.height() + 100,
                               available.width() * 2, available.height() * 2);
            window.close();
        }
        AppSettings settings(lib->dataDirectory().root());
        MainWindow window(*lib.library, settings);
        window.restoreSession();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4 on %5x%6")
                                .arg(window.frameGeometry().x())
                                .arg(window.frameGeometry().y())
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    // One click on a document in the tree opens it, as the empty page invites.
    void singleClickOpensADocument() {
        test::TestWindow fixture(QStringLiteral("en"));
        auto &[lib, settings, window] = fixture;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("navigationTree"));
        QAbstractItemModel *model = tree->model();
        const QModelIndex commissies = model->index(0, 0);
        tree->expand(commissies);
        const QModelIndex ocw = childContaining(model, commissies, QStringLiteral("Onderwijs"));
        tree->expand(ocw);
        const QModelIndex verslag =
            childContaining(model, ocw, QStringLiteral("schriftelijk overleg"));
        QVERIFY(verslag.isValid());
        tree->scrollTo(verslag);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(verslag).center());
        QTRY_COMPARE(window.documentTabs()->count(), 1);
        QVERIFY(window.currentPage()->title().size() > 0);
    }

    // After an export the status bar says where the file went and offers to open its folder;
    // the dialog offers the same folder and format next time.
    void exportSaysWhereTheFileWent() {
        test::TestWindow fixture(QStringLiteral("en"));
        auto &[lib, settings, window] = fixture;
        window.show();
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("notes.md"));
        QTimer::singleShot(0, this, [&path] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
            format->setCurrentIndex(format->findData(QStringLiteral("md")));
            if (dialog->exportTo(path))
                dialog->accept();
            else
                dialog->reject();
        });
        window.findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
        QVERIFY(QFile::exists(path));
        QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)),
                 qPrintable(window.statusBar()->currentMessage()));
        auto *openFolder = window.findChild<QToolButton *>(QStringLiteral("openExportFolder"));
        QVERIFY(openFolder && openFolder->isVisible());
        QCOMPARE(openFolder->text(), QStringLiteral("Open folder"));
        QCOMPARE(settings.exportFolder(), QFileInfo(path).absolutePath());
        QCOMPARE(settings.exportFormat(), QStringLiteral("md"));
        window.statusBar()->clearMessage();
        QVERIFY(!openFolder->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
