// A PDF's reading and drawing are bounded: a flate bomb (a few MB inflating to gigabytes of
// drawing instructions) is refused before Poppler spends minutes on it, a page that takes long
// to draw stops at its deadline or when cancelled, and a page of a million glyphs does not take
// gigabytes for its text. The hostile files are generated here (HostileFiles.h).

#include "HostileFiles.h"
#include "TestSupport.h"

#include "document/DocumentLimits.h"
#include "document/PdfText.h"
#include "document/PdfWords.h"
#include "document/PopplerBackend.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace overleg;

namespace {

class CountingVisitor : public PdfWordVisitor {
public:
    void beginPage(int) override {}
    void word(const char32_t *, std::size_t, double, double, double, double, char32_t) override {
        ++words;
    }
    long words = 0;
};

} // namespace

class TestPdfBounds : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The generator's bomb is what it claims: zlib inflates it to exactly the bytes repeated.
    void theBombInflatesAsGenerated() {
        qint64 inflated = 0;
        const QByteArray unit = "0 0 m ";
        const QByteArray bomb = test::zlibBomb(unit, 8 * kMiB, &inflated);
        QVERIFY(inflated >= 7 * kMiB && inflated <= 8 * kMiB);
        QByteArray out(qsizetype(inflated) + 16, '\0');
        uLongf length = uLongf(out.size());
        QCOMPARE(uncompress(reinterpret_cast<Bytef *>(out.data()), &length,
                            reinterpret_cast<const Bytef *>(bomb.constData()), uLong(bomb.size())),
                 Z_OK);
        QCOMPARE(qint64(length), inflated);
        out.resize(qsizetype(length));
        QCOMPARE(out, unit.repeated(qsizetype(inflated / unit.size())));
        QVERIFY2(bomb.size() * 500 < inflated, QByteArray::number(bomb.size()).constData());
    }

    // 2 GiB of spaces (the classic bomb: Poppler skips them without ever reaching an operator
    // it could stop at) or of text operators: the text is refused in about a second.
    void aFlateBombsTextIsRefused_data() {
        QTest::addColumn<QByteArray>("unit");
        QTest::addColumn<int>("where");
        const int contents = int(test::BombIn::Contents);
        QTest::newRow("spaces") << QByteArray(" ") << contents;
        QTest::newRow("text operators")
            << QByteArray("BT /F1 9 Tf 9 9 Td (Klopt het?) Tj ET\n") << contents;
        QTest::newRow("spaces in a form") << QByteArray(" ") << int(test::BombIn::Form);
        QTest::newRow("spaces in an annotation's appearance")
            << QByteArray(" ") << int(test::BombIn::Annotation);
    }
    void aFlateBombsTextIsRefused() {
        QFETCH(QByteArray, unit);
        QFETCH(int, where);
        const QByteArray pdf = test::flateBombPdf(2048 * kMiB, unit, test::BombIn(where));
        QVERIFY2(pdf.size() < 8 * kMiB, QByteArray::number(pdf.size()).constData());
        QElapsedTimer clock;
        clock.start();
        const auto text = extractPdfText(pdf);
        const qint64 ms = clock.elapsed();
        qInfo("text of a 2 GiB flate bomb (%lld bytes): %lld ms", qint64(pdf.size()), ms);
        QVERIFY(!text);
        QVERIFY2(text.error().contains(QLatin1String("compression bomb")),
                 qPrintable(text.error()));
        QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
    }

    // Under the content limit, a page of millions of glyphs: their text is dropped past the
    // page's limit and the document refused, in bounded time.
    void aPageOfMillionsOfGlyphsIsRefused() {
        const QByteArray pdf = test::flateBombPdf(
            48 * kMiB, "BT /F1 9 Tf 9 9 Td (" + QByteArray(200, 'a') + ") Tj ET\n");
        QElapsedTimer clock;
        clock.start();
        const auto text = extractPdfText(pdf);
        qInfo("text of a page of about 40 million glyphs: %lld ms", clock.elapsed());
        QVERIFY(!text);
        QVERIFY2(text.error().contains(QLatin1String("more text than Overleg reads")),
                 qPrintable(text.error()));
        QVERIFY(clock.elapsed() < 20000);
    }

    // The text reading's deadline: a document of 400,000 operators (fills, no text) with a
    // deadline of 1 ms is TimedOut, with the same document read whole without one.
    void readingTheTextStopsAtItsDeadline() {
        const QByteArray pdf = test::slowPagePdf(1);
        CountingVisitor visitor;
        QCOMPARE(readPdfWords(pdf.constData(), std::size_t(pdf.size()), visitor, nullptr, 1),
                 PdfReadStatus::TimedOut);
        CountingVisitor whole;
        QCOMPARE(readPdfWords(pdf.constData(), std::size_t(pdf.size()), whole), PdfReadStatus::Ok);
        QCOMPARE(whole.words, 3); // "Pagina met tekst" on the second page
    }

    // The viewer's and the CLI's drawing: a bomb page is refused (TooLarge) without drawing,
    // and the document's other page draws.
    void aFlateBombPageIsNotDrawn_data() {
        QTest::addColumn<int>("where");
        QTest::newRow("contents") << int(test::BombIn::Contents);
        QTest::newRow("form") << int(test::BombIn::Form);
        QTest::newRow("annotation") << int(test::BombIn::Annotation);
    }
    void aFlateBombPageIsNotDrawn() {
        QFETCH(int, where);
        auto doc = PdfDocument::open(test::flateBombPdf(2048 * kMiB, " ", test::BombIn(where)));
        QVERIFY(doc);
        QElapsedTimer clock;
        clock.start();
        RenderControl control;
        control.deadlineMs = 30000;
        const PageRendering bomb = doc.value()->render(0, 72, control);
        qInfo("render of a 2 GiB flate bomb page: %lld ms", clock.elapsed());
        QCOMPARE(bomb.status, PageRendering::Status::TooLarge);
        QVERIFY(bomb.image.isNull());
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(PageRendering::messageFor(bomb.status, 0).contains(QLatin1String("bomb")));
        RenderControl second;
        const PageRendering text = doc.value()->render(1, 72, second);
        QCOMPARE(text.status, PageRendering::Status::Rendered);
        QCOMPARE(text.image.size(), QSize(595, 842));
    }

    // A page of 400,000 fills stops at its deadline (Poppler looks between operators), and the
    // next page draws at once.
    void aSlowPageStopsAtItsDeadline() {
        auto doc = PdfDocument::open(test::slowPagePdf(1));
        QVERIFY(doc);
        RenderControl control;
        control.deadlineMs = 300;
        QElapsedTimer clock;
        clock.start();
        const PageRendering slow = doc.value()->render(0, 100, control);
        const qint64 ms = clock.elapsed();
        qInfo("a page of 400,000 fills, deadline 300 ms: stopped after %lld ms", ms);
        QCOMPARE(slow.status, PageRendering::Status::TimedOut);
        QVERIFY(slow.image.isNull());
        QVERIFY2(ms >= 300 && ms < 2000, qPrintable(QString::number(ms)));
        QVERIFY(control.startedMs.load() >= 0);
        RenderControl next;
        QCOMPARE(doc.value()->render(1, 100, next).status, PageRendering::Status::Rendered);
    }

    // Cancelled from another thread (the window closing the tab): the render stops at once.
    void aRenderIsCancelledFromAnotherThread() {
        auto doc = PdfDocument::open(test::slowPagePdf(1));
        QVERIFY(doc);
        RenderControl control;
        control.deadlineMs = 60000;
        QFuture<PageRendering> rendering =
            QtConcurrent::run([&] { return doc.value()->render(0, 100, control); });
        QTRY_VERIFY(control.startedMs.load() >= 0);
        QElapsedTimer clock;
        clock.start();
        control.cancel.store(true);
        rendering.waitForFinished();
        qInfo("cancelled render ended %lld ms after the cancel", clock.elapsed());
        QCOMPARE(rendering.result().status, PageRendering::Status::Cancelled);
        QVERIFY(clock.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestPdfBounds)
#include "test_pdfbounds.moc"
