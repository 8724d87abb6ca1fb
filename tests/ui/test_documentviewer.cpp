#include "TestSupport.h"

#include "DocumentPage.h"
#include "store/LibraryQueries.h"
#include "viewer/FindBar.h"
#include "viewer/PdfView.h"
#include "viewer/PdfViewer.h"
#include "viewer/TextViewer.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>

using namespace overleg;
using namespace overleg::ui;

namespace {

struct OpenPage {
    QTemporaryDir cache;
    std::unique_ptr<DocumentPage> page;
    explicit OpenPage(const QString &path) {
        page = std::make_unique<DocumentPage>(test::fileDetails(path), cache.path());
        page->resize(900, 1000);
        page->show();
        if (!QTest::qWaitFor([this] { return page->isTextLoaded(); }, 20000))
            qFatal("document did not load");
    }
};

int darkPixels(const QImage &image, const QRect &area) {
    int dark = 0;
    for (int y = area.top(); y < area.bottom(); y += 2)
        for (int x = area.left(); x < area.right(); x += 2)
            dark += qGray(image.pixel(x, y)) < 100;
    return dark;
}

} // namespace

class TestDocumentViewer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pdfRendersOffTheGuiThread() {
        OpenPage open(test::dataPath(QStringLiteral("kst-29338-289.pdf")));
        auto *viewer = qobject_cast<PdfViewer *>(open.page->viewer());
        QVERIFY(viewer);
        PdfView *view = viewer->view();
        QCOMPARE(view->pageCount(), 17);
        QCOMPARE(view->fit(), PdfView::Fit::Width);
        // The first page arrives from the render thread and shows text (dark pixels).
        const QRect pageOne =
            view->toViewport(0, QRectF(0, 0, 595, 842)).toRect() & view->viewport()->rect();
        QVERIFY(QTest::qWaitFor(
            [&] { return darkPixels(view->viewport()->grab().toImage(), pageOne) > 200; }, 10000));
    }

    void findHighlightsAndCounts() {
        OpenPage open(test::dataPath(QStringLiteral("kst-29338-289.pdf")));
        const int expected =
            int(findAll(open.page->documentText(), QStringLiteral("fractie")).size());
        QVERIFY(expected > 50);
        open.page->showFind();
        auto *field = open.page->findBar()->findChild<QLineEdit *>(QStringLiteral("findField"));
        auto *result = open.page->findBar()->findChild<QLabel *>(QStringLiteral("findResult"));
        QVERIFY(field && result && open.page->findBar()->isVisible());
        QTest::keyClicks(field, QStringLiteral("fractie"));
        QCOMPARE(result->text(), QStringLiteral("1 of %1").arg(expected));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(result->text(), QStringLiteral("2 of %1").arg(expected));
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(result->text(), QStringLiteral("1 of %1").arg(expected));
        // Whole words: "fracties" no longer counts.
        open.page->findBar()
            ->findChild<QCheckBox *>(QStringLiteral("findWholeWords"))
            ->setChecked(true);
        const int whole = int(
            findAll(open.page->documentText(), QStringLiteral("fractie"), {false, true}).size());
        QVERIFY(whole < expected);
        QCOMPARE(result->text(), QStringLiteral("1 of %1").arg(whole));
        // The current match is in view: on the page the viewer shows.
        auto *view = qobject_cast<PdfViewer *>(open.page->viewer())->view();
        const TextSpan first =
            findAll(open.page->documentText(), QStringLiteral("fractie"), {false, true}).first();
        QCOMPARE(view->currentPage(), first.page);
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!open.page->findBar()->isVisible());
    }

    void zoomFitAndPages() {
        OpenPage open(test::dataPath(QStringLiteral("kst-29338-289.pdf")));
        auto *viewer = qobject_cast<PdfViewer *>(open.page->viewer());
        PdfView *view = viewer->view();
        const double fitWidth = view->zoom();
        viewer->zoomIn();
        QVERIFY(view->zoom() > fitWidth);
        QCOMPARE(view->fit(), PdfView::Fit::None);
        viewer->findChild<QToolButton *>(QStringLiteral("fitPage"))->click();
        QVERIFY(view->zoom() < fitWidth); // a whole A4 page is narrower than the width
        viewer->findChild<QToolButton *>(QStringLiteral("fitWidth"))->click();
        QVERIFY(qAbs(view->zoom() - fitWidth) < 0.01);

        auto *pageBox = viewer->findChild<QSpinBox *>(QStringLiteral("pageBox"));
        pageBox->setValue(5);
        QCOMPARE(view->currentPage(), 4);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(view->currentPage(), 16);
        QCOMPARE(pageBox->value(), 17);
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(view->currentPage(), 0);
        QTest::keyClick(view, Qt::Key_PageDown);
        QTest::keyClick(view, Qt::Key_PageDown);
        QVERIFY(view->currentPage() >= 1);
    }

    void selectWithTheMouseAndCopy() {
        OpenPage open(test::dataPath(QStringLiteral("kst-29338-289.pdf")));
        PdfView *view = qobject_cast<PdfViewer *>(open.page->viewer())->view();
        const DocumentText &text = open.page->documentText();
        // Drag from the first to the third word of "Verslag van een schriftelijk overleg".
        const qsizetype at =
            text.pages.at(0).indexOf(QStringLiteral("Verslag van een schriftelijk overleg"));
        QVERIFY(at >= 0);
        int first = -1;
        for (int i = 0; i < text.words.at(0).size(); ++i) {
            if (text.words.at(0).at(i).start == at)
                first = i;
        }
        QVERIFY(first >= 0);
        const QPoint from = view->toViewport(0, text.words.at(0).at(first).box).center().toPoint();
        const QPoint to =
            view->toViewport(0, text.words.at(0).at(first + 2).box).center().toPoint();
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, view->viewport()->mapToGlobal(to), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(view->selectedText(), QStringLiteral("Verslag van een"));
        view->setFocus();
        QTest::keySequence(view, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Verslag van een"));
    }

    void textDocumentsFindToo() {
        OpenPage open(test::dataPath(QStringLiteral("kv-tk-2024Z18792.txt")));
        auto *viewer = qobject_cast<TextViewer *>(open.page->viewer());
        QVERIFY(viewer);
        QVERIFY(viewer->editor()->toPlainText().contains(QStringLiteral("Boswijk")));
        QSignalSpy results(viewer, &DocumentViewer::findResult);
        viewer->find(QStringLiteral("vraag"), {}, false);
        QCOMPARE(results.last().at(1).toInt(), 5); // "Vraag 1" .. "Vraag 5"
        viewer->find(QStringLiteral("vraag"), {true, false}, false);
        QCOMPARE(results.last().at(1).toInt(), 0); // the file writes "Vraag"
    }

    void brokenFilesShowWhy_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray pdf = test::readFixture(QStringLiteral("ah-tk-20202021-3235.pdf"));
        QTest::newRow("truncated pdf") << pdf.left(5000) << "damaged or incomplete";
        QTest::newRow("encrypted pdf")
            << test::readFixture(QStringLiteral("encrypted-ah-tk-20202021-3235.pdf"))
            << "encrypted";
        QTest::newRow("junk") << QByteArray(3000, '\x01') << "Unsupported";
    }
    void brokenFilesShowWhy() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        OpenPage open(test::writeFile(dir, QStringLiteral("broken.pdf"), bytes));
        QVERIFY(!open.page->viewer());
        QVERIFY2(open.page->message().contains(message), qPrintable(open.page->message()));
    }

    void scanOpensWithNotice() {
        OpenPage open(test::dataPath(QStringLiteral("toezeggingen_commissie_bme.pdf")));
        QVERIFY(qobject_cast<PdfViewer *>(open.page->viewer()));
        QVERIFY(open.page->message().contains(QStringLiteral("no text layer")));
    }
};

QTEST_MAIN(TestDocumentViewer)
#include "test_documentviewer.moc"
