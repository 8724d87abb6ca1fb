// Desktop integration of issue #18: one instance per data directory that takes the files of
// a second start; a file from outside shown without being imported; text readable in a light
// and a dark palette; dates in the user's format; the system's language by default; text of a
// PDF selected with the keyboard and marked as a question.

#include "TestSupport.h"
#include "WindowSupport.h"

#include "AppSettings.h"
#include "Contrast.h"
#include "DocumentPage.h"
#include "ExternalFileBar.h"
#include "MainWindow.h"
#include "QuestionDelegate.h"
#include "QuestionDock.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "library/FileStore.h"
#include "models/DisplayDate.h"
#include "models/NavigationModel.h"
#include "models/QuestionModel.h"
#include "store/NotesStore.h"
#include "viewer/PdfCaret.h"
#include "viewer/PdfView.h"
#include "viewer/PdfViewer.h"
#include "viewer/TextViewer.h"

#include <QApplication>
#include <QLabel>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QThread>

using namespace overleg;
using namespace overleg::ui;

namespace {

QPalette lightPalette() {
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    return p;
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2e, 0x31));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    return p;
}

} // namespace

class TestDesktop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { installTranslations(QStringLiteral("en")); }

    void contrastRatio_data() {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("ratio");
        QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("same") << QColor(0x80, 0x80, 0x80) << QColor(0x80, 0x80, 0x80) << 1.0;
        // WCAG's own example: #777 on white is 4.48.
        QTest::newRow("grey") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    }
    void contrastRatio() {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, ratio);
        QVERIFY2(std::abs(overleg::ui::contrastRatio(a, b) - ratio) < 0.01,
                 qPrintable(QString::number(overleg::ui::contrastRatio(a, b))));
    }

    // Tag chips: whatever colour a user gives a tag, its text reads on it (4.5 : 1).
    void chipTextReadsOnEveryColour() {
        int checked = 0;
        for (int r = 0; r < 256; r += 17)
            for (int g = 0; g < 256; g += 17)
                for (int b = 0; b < 256; b += 17) {
                    const QColor background(r, g, b);
                    const double ratio = overleg::ui::contrastRatio(
                        QuestionDelegate::chipText(background), background);
                    QVERIFY2(ratio >= kMinTextContrast,
                             qPrintable(background.name() + u' ' + QString::number(ratio)));
                    ++checked;
                }
        QCOMPARE(checked, 16 * 16 * 16);
        // The user's white and yellow take black text, navy white.
        QCOMPARE(QuestionDelegate::chipText(QColor(Qt::yellow)), QColor(Qt::black));
        QCOMPARE(QuestionDelegate::chipText(QColor(0, 0, 0x80)), QColor(Qt::white));
    }

    // The status word of a question row reads on the list in a light and a dark palette.
    void statusWordsReadInBothPalettes() {
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            const QColor base = palette.color(QPalette::Base);
            for (const QString &status : NotesStore::statuses()) {
                const QColor color = QuestionDelegate::statusTextColor(status, base);
                QVERIFY2(overleg::ui::contrastRatio(color, base) >= kMinTextContrast,
                         qPrintable(status + u' ' + base.name()));
            }
        }
        // Answered's green is too light on white as it is; made darker it keeps its hue.
        const QColor green = QuestionModel::statusColor(QStringLiteral("answered"));
        QVERIFY(overleg::ui::contrastRatio(green, Qt::white) < kMinTextContrast);
        const QColor readable =
            QuestionDelegate::statusTextColor(QStringLiteral("answered"), QColor(Qt::white));
        QVERIFY(std::abs(readable.hslHueF() - green.hslHueF()) < 0.02);
    }

    // Find in a text document: every match's text reads on its yellow or orange, in a dark
    // palette (light text) as in a light one.
    void findHighlightReadsInBothPalettes() {
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            TextViewer viewer(QStringLiteral("De minister schrijft. De minister antwoordt."));
            viewer.setPalette(palette);
            viewer.find(QStringLiteral("minister"), {}, false);
            const QList<QTextEdit::ExtraSelection> selections = viewer.editor()->extraSelections();
            QCOMPARE(selections.size(), 2);
            for (const QTextEdit::ExtraSelection &s : selections) {
                const QColor background = s.format.background().color();
                const QColor text = s.format.hasProperty(QTextFormat::ForegroundBrush)
                                        ? s.format.foreground().color()
                                        : palette.color(QPalette::Text);
                QVERIFY2(overleg::ui::contrastRatio(text, background) >= kMinTextContrast,
                         qPrintable(text.name() + QStringLiteral(" on ") + background.name()));
            }
        }
    }

    void datesInTheLocaleFormat() {
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        QCOMPARE(displayDate(QStringLiteral("2024-05-01")), QStringLiteral("01-05-2024"));
        QCOMPARE(displayDate(QStringLiteral("2024-05-01T10:30:00")), QStringLiteral("01-05-2024"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(displayDate(QStringLiteral("2024-05-01")), QStringLiteral("01/05/2024"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(displayDate(QStringLiteral("2024-05-01")), QStringLiteral("5/1/24"));
        QCOMPARE(displayDate(QStringLiteral("voorjaar 2024")), QStringLiteral("voorjaar 2024"));
        QLocale::setDefault(saved);
    }

    // The tree and the header show the date so, not as ISO.
    void treeAndHeaderShowLocaleDates() {
        test::TestWindow fixture(QStringLiteral("nl"));
        auto &[lib, settings, window] = fixture;
        const QString id = lib->queries().resolveDocument(QStringLiteral("kst-29338-289"));
        QVERIFY(window.openDocument(id));
        const QString iso = window.currentPage()->details().summary.datum;
        QVERIFY(QDate::fromString(iso.left(10), Qt::ISODate).isValid());
        const QString shown = displayDate(iso);
        QVERIFY(shown != iso);
        auto *header =
            window.currentPage()->findChild<QLabel *>(QStringLiteral("documentMetadata"));
        QVERIFY(header->text().contains(shown));
        QVERIFY(!header->text().contains(iso));
        // The document's row in the tree (under its committee or dossier) says the same date.
        NavigationModel *model = window.navigationModel();
        std::function<QModelIndex(const QModelIndex &, int)> find = [&](const QModelIndex &parent,
                                                                        int depth) -> QModelIndex {
            while (model->canFetchMore(parent))
                model->fetchMore(parent);
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                if (index.data(NavigationModel::DocumentIdRole).toString() == id)
                    return index;
                if (depth > 0)
                    if (const QModelIndex found = find(index, depth - 1); found.isValid())
                        return found;
            }
            return {};
        };
        const QModelIndex row = find({}, 3);
        QVERIFY(row.isValid());
        const QString subtitle = row.data(NavigationModel::SubtitleRole).toString();
        QVERIFY2(subtitle.contains(shown) && !subtitle.contains(iso), qPrintable(subtitle));
    }

    void systemLanguageByDefault() {
        QCOMPARE(AppSettings::languageFor(QLocale(QLocale::Dutch, QLocale::Netherlands)),
                 QStringLiteral("nl"));
        QCOMPARE(AppSettings::languageFor(QLocale(QLocale::Dutch, QLocale::Belgium)),
                 QStringLiteral("nl"));
        QCOMPARE(AppSettings::languageFor(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("en"));
        QCOMPARE(AppSettings::languageFor(QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("en"));
        // No language named (the C locale of a server or CI): the product's own, Dutch.
        QCOMPARE(AppSettings::languageFor(QLocale::c()), QStringLiteral("nl"));
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        QCOMPARE(settings.language(), AppSettings::languageFor(QLocale::system()));
        // Chosen in the menu, it stays.
        const QString other = settings.language() == QLatin1String("nl") ? QStringLiteral("en")
                                                                         : QStringLiteral("nl");
        settings.setLanguage(other);
        QCOMPARE(settings.language(), other);
        // The locale of dates follows the system's region where it speaks the language.
        QCOMPARE(localeFor(QStringLiteral("nl"), QLocale(QLocale::Dutch, QLocale::Belgium)),
                 QLocale(QLocale::Dutch, QLocale::Belgium));
        QCOMPARE(localeFor(QStringLiteral("en"), QLocale(QLocale::Dutch, QLocale::Belgium)),
                 QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(localeFor(QStringLiteral("en"), QLocale(QLocale::English, QLocale::UnitedStates)),
                 QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // The forwarding classes: a second instance hands its files to the first.
    void singleInstanceForwardsFiles() {
        QTemporaryDir data;
        SingleInstance first(data.path());
        SingleInstance second(data.path());
        QVERIFY(!second.forward({QStringLiteral("a.pdf")}, 500)); // nobody runs yet
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::filesReceived);
        bool forwarded = false;
        // forward() blocks; the first instance answers from the event loop of this thread,
        // so the second runs in another one.
        QThread *thread = QThread::create([&] {
            forwarded = SingleInstance(data.path())
                            .forward({QStringLiteral("/tmp/x y.pdf"), QStringLiteral("rel.odt")});
        });
        thread->start();
        QVERIFY(received.wait(5000));
        QVERIFY(thread->wait(5000));
        delete thread;
        QVERIFY(forwarded);
        QCOMPARE(received.first().first().toStringList(),
                 QStringList({QStringLiteral("/tmp/x y.pdf"),
                              QDir::current().absoluteFilePath(QStringLiteral("rel.odt"))}));
        // Another data directory is another instance.
        QVERIFY(SingleInstance::serverName(data.path()) !=
                SingleInstance::serverName(data.filePath(QStringLiteral("other"))));
        // A socket left by a crashed instance does not stop the next from listening.
        // (A file where the socket goes: what a killed instance leaves behind.)
        QTemporaryDir crashed;
        const QString socketPath =
            QDir::temp().filePath(SingleInstance::serverName(crashed.path()));
        {
            QFile stale(socketPath);
            QVERIFY(stale.open(QIODevice::WriteOnly));
        }
        QLocalServer blocked;
        QVERIFY(!blocked.listen(SingleInstance::serverName(crashed.path())));
        SingleInstance next(crashed.path());
        QVERIFY(!next.forward({}, 500));
        QVERIFY(next.listen());
    }

    // Two processes: the real application started a second time on the same data directory
    // forwards its file to the running one and exits at once, without a window.
    void secondStartForwardsToTheRunningOne() {
        QTemporaryDir data;
        SingleInstance running(data.path());
        QVERIFY(running.listen());
        QSignalSpy received(&running, &SingleInstance::filesReceived);
        const QString pdf = test::dataPath(QStringLiteral("kst-29338-289.pdf"));
        QProcess second;
        second.start(QStringLiteral(OVERLEG_APP_PATH),
                     {QStringLiteral("--data-dir"), data.path(), pdf});
        QVERIFY(received.wait(20000));
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(received.first().first().toStringList(), QStringList{pdf});
    }

    // "Open with" shows a file from outside without copying it; the bar above it imports it.
    void outsideFileIsShownNotImported() {
        test::TempLibrary lib;
        AppSettings settings(lib->dataDirectory().root());
        MainWindow window(*lib.library, settings);
        window.show();
        QTemporaryDir dir;
        const QString path = test::writeFile(
            dir, QStringLiteral("vragen.txt"),
            QByteArrayLiteral("Vragen van het lid De Vries (VVD) over de fietsbelasting.\n\n"
                              "Vraag 1\nKlopt het bericht dat er een fietsbelasting komt?\n"));
        const int documents = lib->queries().countDocuments();
        window.openFiles({path});
        QVERIFY(window.currentPage());
        QVERIFY(ExternalFileBar::isExternal(window.currentPage()->documentId()));
        QCOMPARE(window.currentPage()->details().filePath, path);
        QCOMPARE(lib->queries().countDocuments(), documents); // nothing imported
        QTRY_VERIFY_WITH_TIMEOUT(window.currentPage()->isTextLoaded(), 10000);
        // Opening it again switches to its tab.
        window.openFiles({path});
        QCOMPARE(window.documentTabs()->count(), 1);
        // Not reopened next time as a library document.
        window.close();
        QVERIFY(settings.openDocuments().isEmpty());
        // The import is offered: it copies the file, and its document replaces the view.
        auto *import =
            window.currentPage()->findChild<QPushButton *>(QStringLiteral("importExternalFile"));
        QVERIFY(import);
        QSignalSpy imported(&window, &MainWindow::importFinished);
        import->click();
        QVERIFY(imported.wait(20000));
        QCOMPARE(lib->queries().countDocuments(), documents + 1);
        QTRY_COMPARE(window.documentTabs()->count(), 1);
        QVERIFY(!ExternalFileBar::isExternal(window.currentPage()->documentId()));
        // A file the library holds opens as its document, not as an outside file.
        window.openFiles({path});
        QCOMPARE(window.documentTabs()->count(), 1);
        QVERIFY(!ExternalFileBar::isExternal(window.currentPage()->documentId()));
    }

    // The caret's steps over real word boxes: right and left by word, down and up by line,
    // Home and End to the line's ends.
    void caretMovesByWordsAndLines() {
        QTemporaryDir cache;
        DocumentPage page(test::fileDetails(test::dataPath(QStringLiteral("kst-29338-289.pdf"))),
                          cache.path());
        QTRY_VERIFY_WITH_TIMEOUT(page.isTextLoaded(), 20000);
        const DocumentText &text = page.documentText();
        const PdfCaret caret(text);
        QVERIFY(caret.wordCount() > 1000);
        using Move = PdfCaret::Move;
        QCOMPARE(caret.move(0, Move::Right), 1);
        QCOMPARE(caret.move(1, Move::Left), 0);
        QCOMPARE(caret.move(0, Move::Left), 0);
        QCOMPARE(caret.move(caret.wordCount(), Move::Right), caret.wordCount());
        // A line: its end is after its last word, the next line starts there, lower.
        const int start = caret.positionOfPage(1);
        const int end = caret.move(start, Move::LineEnd);
        QVERIFY(end > start + 1);
        QCOMPARE(caret.move(end - 1, Move::LineStart), start);
        const int down = caret.move(start, Move::Down);
        QCOMPARE(down, end); // the next line begins below the first word
        const auto [page1, first] = caret.wordAt(start);
        const auto [page2, below] = caret.wordAt(down);
        QCOMPARE(page1, 1);
        QVERIFY(text.words.at(page2).at(below).box.top() >
                text.words.at(page1).at(first).box.bottom() - 1);
        QCOMPARE(caret.move(down, Move::Up), start);
        // Across pages: the last word of page 1 is followed by the first of page 2.
        QCOMPARE(caret.wordAt(caret.positionOfPage(1) - 1).first, 0);
    }

    // Without a mouse: F7, Shift+arrows select words, Ctrl+M marks them as a question.
    void keyboardSelectionMarksAQuestion() {
        test::TestWindow fixture(QStringLiteral("en"));
        auto &[lib, settings, window] = fixture;
        QVERIFY(test::showActive(window));
        window.openFiles({test::dataPath(QStringLiteral("kst-29338-289.pdf"))});
        QTRY_VERIFY_WITH_TIMEOUT(window.currentPage()->isTextLoaded(), 20000);
        auto *viewer = qobject_cast<PdfViewer *>(window.currentPage()->viewer());
        QVERIFY(viewer);
        PdfView *view = viewer->view();
        QTRY_VERIFY(!view->text().words.isEmpty());
        QTest::keyClick(&window, Qt::Key_F7);
        QVERIFY(view->caretBrowsing());
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(view->caretPosition(), 0);
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        const DocumentText &text = view->text();
        const PdfCaret caret(text);
        QVERIFY(caret.wordCount() > 100);
        auto wordText = [&](int i) {
            const auto [page, word] = caret.wordAt(i);
            const TextWord &w = text.words.at(page).at(word);
            return text.pages.at(page).mid(w.start, w.length);
        };
        const QString selected = view->selectedText();
        QVERIFY2(selected.startsWith(wordText(1)) && selected.endsWith(wordText(3)),
                 qPrintable(selected));
        QVERIFY(!selected.contains(wordText(0) + u' ' + wordText(1)));
        // Shift+End selects to the end of the line; Right alone drops the selection.
        QTest::keyClick(view, Qt::Key_End, Qt::ShiftModifier);
        QVERIFY(view->selectedText().size() >= selected.size());
        QTest::keyClick(view, Qt::Key_Left);
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        const QString twoLines = view->selectedText();
        QVERIFY(!twoLines.isEmpty());
        QSignalSpy marked(view, &PdfView::markAsQuestion);
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(marked.size(), 1);
        QCOMPARE(marked.first().at(2).toString(), twoLines);
        const auto [from, to] = view->selectedRange();
        QCOMPARE(marked.first().at(0).toInt(), from);
        QCOMPARE(marked.first().at(1).toInt(), to);
        // F7 again leaves caret browsing.
        QTest::keyClick(&window, Qt::Key_F7);
        QVERIFY(!view->caretBrowsing());
    }
};

QTEST_MAIN(TestDesktop)
#include "test_desktop.moc"
