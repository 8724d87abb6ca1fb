// The accessibility pass of issue #18: every interactive widget of the main window and its
// dialogs has a name a screen reader can say; every menu's mnemonics are unique in both
// languages; a question row says its status in words; the panel's links have keys.

#include "TestSupport.h"
#include "WindowSupport.h"

#include "Accessibility.h"
#include "AppSettings.h"
#include "AppShortcuts.h"
#include "DocumentPage.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "NavigationDock.h"
#include "QuestionDock.h"
#include "SyncDialog.h"
#include "TagManagerDialog.h"
#include "Translations.h"
#include "models/QuestionModel.h"
#include "viewer/DocumentViewer.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

using namespace overleg;
using namespace overleg::ui;

namespace {

QString unnamedReport(QWidget *root) {
    QStringList names;
    for (QWidget *w : unnamedInteractiveWidgets(root))
        names << describeWidget(w);
    return names.join(QStringLiteral("\n"));
}

// The mnemonic letter of a menu text ("&File" -> 'f'); none for "&&" or no ampersand.
QChar mnemonicOf(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Duplicate mnemonics among the actions of one menu (or the menu bar), then in its submenus.
void collectDuplicates(const QString &where, const QList<QAction *> &actions,
                       QStringList &duplicates, int &menusChecked) {
    ++menusChecked;
    QHash<QChar, QString> seen;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = mnemonicOf(action->text());
        if (!key.isNull()) {
            if (seen.contains(key))
                duplicates << QStringLiteral("%1: '%2' in %3 and %4")
                                  .arg(where, key, seen.value(key), action->text());
            seen.insert(key, action->text());
        }
        if (QMenu *menu = action->menu())
            collectDuplicates(where + QStringLiteral(" > ") + action->text(), menu->actions(),
                              duplicates, menusChecked);
    }
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { installTranslations(QStringLiteral("en")); }

    // Every interactive widget on screen, with a PDF open and a question selected (so the
    // editor, the viewer's controls, the find bar and the import bar are shown), has a name.
    void everyInteractiveWidgetIsNamed_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("nl") << QStringLiteral("nl");
    }
    void everyInteractiveWidgetIsNamed() {
        QFETCH(QString, language);
        test::TestWindow fixture(language);
        auto &[lib, settings, window] = fixture;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The check sees what it should: a field without a name is reported.
        auto *probe = new QLineEdit(window.questionDock());
        probe->show();
        QVERIFY(unnamedInteractiveWidgets(&window).contains(probe));
        delete probe;

        // A PDF from outside the library (shown with its import bar) and a document with
        // questions from the library.
        QVERIFY(
            window.openDocument(lib->queries().resolveDocument(QStringLiteral("kst-29338-289"))));
        QTRY_VERIFY_WITH_TIMEOUT(window.currentPage()->isTextLoaded(), 20000);
        QuestionDock *dock = window.questionDock();
        QTRY_VERIFY_WITH_TIMEOUT(!dock->model()->extraction().questions.isEmpty(), 10000);
        dock->selectQuestion(dock->model()->extraction().questions.first().id);
        window.openFiles({test::dataPath(QStringLiteral("toezeggingen_commissie_bme.pdf"))});
        QTRY_VERIFY_WITH_TIMEOUT(window.currentPage()->isTextLoaded(), 20000);
        window.currentPage()->showFind();
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("externalFileBar")));
        QVERIFY(window.currentPage()->findChild<QWidget *>(QStringLiteral("pdfView"))->isVisible());
        const QString unnamed = unnamedReport(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("Without a name:\n") + unnamed));
        // The panel's fields have a description too.
        for (const char *name : {"questionFilter", "questionStatusFilter", "questionTagFilter",
                                 "questionFractieFilter", "questionList", "questionNote",
                                 "questionTagInput", "navigationTree", "navigationFilter"}) {
            auto *w = window.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(w, name);
            QVERIFY2(!w->accessibleDescription().isEmpty(), name);
        }
    }

    void dialogsAreNamed() {
        test::TempLibrary lib;
        AppSettings settings(lib->dataDirectory().root());
        installTranslations(QStringLiteral("nl"));
        const QString verslag = lib->queries().resolveDocument(QStringLiteral("kst-29338-289"));
        MainWindow window(*lib.library, settings);
        SyncDialog sync(*lib.library, settings);
        ExportDialog exporter(*lib.library, verslag, QStringLiteral("nl"));
        TagManagerDialog tags(lib->notes());
        ShortcutSheet sheet(window.menuBar());
        for (QDialog *dialog : std::initializer_list<QDialog *>{&sync, &exporter, &tags, &sheet}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QString unnamed = unnamedReport(dialog);
            QVERIFY2(unnamed.isEmpty(), qPrintable(dialog->objectName() +
                                                   QStringLiteral(" without a name:\n") + unnamed));
            dialog->hide();
        }
    }

    // No two entries of one menu (or of the menu bar) share a mnemonic, in either language.
    void mnemonicsAreUnique_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("nl") << QStringLiteral("nl");
    }
    void mnemonicsAreUnique() {
        QFETCH(QString, language);
        test::TestWindow fixture(language);
        auto &[lib, settings, window] = fixture;
        // Recent documents filled, so their titles are checked too.
        QVERIFY(
            window.openDocument(lib->queries().resolveDocument(QStringLiteral("kst-29338-289"))));
        QStringList duplicates;
        int menus = 0;
        collectDuplicates(QStringLiteral("menu bar"), window.menuBar()->actions(), duplicates,
                          menus);
        QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u'\n')));
        QVERIFY(menus >= 7); // the bar, five menus, recent documents and language
        // The checker finds a duplicate when there is one.
        QMenu probe;
        probe.addAction(QStringLiteral("&Open"));
        probe.addAction(QStringLiteral("Cl&ose"));
        QStringList found;
        collectDuplicates(QStringLiteral("probe"), probe.actions(), found, menus);
        QCOMPARE(found.size(), 1);
    }

    // A question row says its status in words to a screen reader, not only by colour.
    void rowSaysItsStatus() {
        test::TestWindow fixture(QStringLiteral("nl"));
        auto &[lib, settings, window] = fixture;
        QVERIFY(
            window.openDocument(lib->queries().resolveDocument(QStringLiteral("kst-29338-289"))));
        QuestionDock *dock = window.questionDock();
        QTRY_VERIFY_WITH_TIMEOUT(!dock->model()->extraction().questions.isEmpty(), 20000);
        dock->selectQuestion(dock->model()->extraction().questions.first().id);
        dock->setStatus(QStringLiteral("partial"));
        const QModelIndex row = dock->list()->currentIndex();
        const QString spoken = row.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(QuestionModel::statusLabel(QStringLiteral("partial"))),
                 qPrintable(spoken));
        QVERIFY(spoken.contains(row.data(QuestionModel::TextRole).toString()));
        QVERIFY(!row.parent().data(Qt::AccessibleTextRole).toString().isEmpty());
    }

    // The panel's links have keys in the list and entries in the Questions menu: R removes a
    // tag (the chip's ✕), A accepts the proposal (Overnemen), O opens the answer (Openen).
    void panelLinksHaveKeys() {
        test::TestWindow fixture(QStringLiteral("en"));
        auto &[lib, settings, window] = fixture;
        QVERIFY(test::showActive(window));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("questionsMenu"));
        QStringList keys;
        for (QAction *action : menu->actions())
            keys << action->shortcut().toString();
        for (const QString &key : {QStringLiteral("A"), QStringLiteral("O"), QStringLiteral("R")})
            QVERIFY2(keys.contains(key), qPrintable(key));

        QVERIFY(
            window.openDocument(lib->queries().resolveDocument(QStringLiteral("kst-29338-289"))));
        QuestionDock *dock = window.questionDock();
        QTRY_VERIFY_WITH_TIMEOUT(dock->model()->hasAnswers(), 20000);
        // A question with an answer found and a proposal.
        QString withAnswer;
        for (const QuestionUnit &unit : dock->model()->extraction().questions)
            if (dock->model()->answerOf(unit.id)) {
                withAnswer = unit.id;
                break;
            }
        QVERIFY(!withAnswer.isEmpty());
        dock->selectQuestion(withAnswer);
        dock->list()->setFocus();
        QTRY_VERIFY(dock->list()->hasFocus());
        const QModelIndex row = dock->list()->currentIndex();
        const QString proposed = row.data(QuestionModel::ProposedStatusRole).toString();
        QVERIFY(!proposed.isEmpty() && proposed != QLatin1String("open"));

        QSignalSpy opened(dock, &QuestionDock::answerActivated);
        QTest::keyClick(dock->list(), Qt::Key_O);
        QCOMPARE(opened.size(), 1);
        QVERIFY(!opened.first().at(3).toString().isEmpty());
        dock->selectQuestion(withAnswer); // the answer opened in the same document
        QTest::keyClick(dock->list(), Qt::Key_A);
        QCOMPARE(dock->model()->annotationOf(withAnswer).status, proposed);

        dock->addTag(QStringLiteral("budget"));
        QVERIFY(dock->model()->annotationOf(withAnswer).tags.contains(QStringLiteral("budget")));
        QTimer::singleShot(0, this, [] {
            if (QWidget *dialog = QApplication::activeModalWidget())
                QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(dock->list(), Qt::Key_R);
        QVERIFY(dock->model()->annotationOf(withAnswer).tags.isEmpty());
        // The chips' label takes Tab and Enter for its links.
        auto *chips = window.findChild<QLabel *>(QStringLiteral("questionTags"));
        QVERIFY(chips->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
