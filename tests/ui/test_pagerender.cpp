// The window never freezes on a page: pages render off the GUI thread, a page not drawn within
// its deadline is abandoned with a message on the page (whether Poppler stops or not), a flate
// bomb page says so, scrolling on or closing the view cancels what runs, and the event loop keeps
// turning meanwhile. The hostile PDFs are generated (HostileFiles.h).

#include "HostileFiles.h"
#include "TestSupport.h"

#include "document/PopplerBackend.h"
#include "viewer/PageRenderer.h"
#include "viewer/PdfView.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QTimer>

#include <memory>

using namespace overleg;
using namespace overleg::ui;

namespace {

// Measures the longest time the event loop went without turning, with a 10 ms ticker.
class LoopWatch {
public:
    LoopWatch() {
        m_clock.start();
        m_last = 0;
        QObject::connect(&m_ticker, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longestGap = qMax(m_longestGap, now - m_last);
            m_last = now;
            ++m_ticks;
        });
        m_ticker.start(10);
    }
    qint64 longestGap() const { return m_longestGap; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_ticker;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestGap = 0;
    int m_ticks = 0;
};

std::unique_ptr<PdfView> openView(const QByteArray &pdf, int deadlineMs) {
    auto doc = PdfDocument::open(pdf);
    if (!doc)
        qFatal("cannot open the generated PDF: %s", qPrintable(doc.error()));
    auto view = std::make_unique<PdfView>(doc.value());
    view->findChild<PageRenderer *>()->setDeadline(deadlineMs);
    view->resize(700, 900);
    view->show();
    return view;
}

} // namespace

class TestPageRender : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() {
        // Every render of a test has ended (cancelled or abandoned ones included) before the next.
        QTRY_COMPARE_WITH_TIMEOUT(PageRenderer::runningRenders(), 0, 30000);
    }

    // A page of 400,000 fills (minutes of drawing): after the deadline the page says it could
    // not be rendered in time, the loop never stood still meanwhile, and the next page draws.
    void aSlowPageIsAbandonedWithAMessage() {
        constexpr int kDeadlineMs = 1500;
        auto view = openView(test::slowPagePdf(1), kDeadlineMs);
        LoopWatch watch;
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(!view->pageMessage(0).isEmpty(), 15000);
        const qint64 ms = clock.elapsed();
        qInfo("slow page: message after %lld ms (deadline %d ms); event loop: %d ticks, longest "
              "gap %lld ms",
              ms, kDeadlineMs, watch.ticks(), watch.longestGap());
        QVERIFY2(view->pageMessage(0).contains(QLatin1String("could not be rendered in time")),
                 qPrintable(view->pageMessage(0)));
        QVERIFY(ms >= kDeadlineMs);
        QVERIFY(!view->isPageRendered(0));
        QVERIFY2(watch.longestGap() < kDeadlineMs / 2,
                 qPrintable(QString::number(watch.longestGap())));
        view->goToPage(1);
        QTRY_VERIFY(view->isPageRendered(1));
        QVERIFY(view->pageMessage(1).isEmpty());
    }

    // One image of 12,000 x 12,000 pixels is one operator Poppler does not stop inside: the
    // window abandons it at the deadline all the same, and the thread ends on its own later.
    void aRenderPopplerCannotStopIsAbandoned() {
        constexpr int kDeadlineMs = 300;
        auto view = openView(test::hugeImagePdf(), kDeadlineMs);
        LoopWatch watch;
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(!view->pageMessage(0).isEmpty(), 10000);
        const qint64 ms = clock.elapsed();
        const int running = PageRenderer::runningRenders();
        qInfo("huge image: message after %lld ms with %d render(s) still running; longest gap "
              "%lld ms",
              ms, running, watch.longestGap());
        QVERIFY(view->pageMessage(0).contains(QLatin1String("could not be rendered in time")));
        QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
        QVERIFY(watch.longestGap() < 1000);
    }

    // A flate bomb page says what it is, at once; the other page draws.
    void aFlateBombPageSaysSo() {
        auto view = openView(test::flateBombPdf(2048 * kMiB), kPageRenderDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(!view->pageMessage(0).isEmpty(), 10000);
        QVERIFY2(view->pageMessage(0).contains(QLatin1String("compression bomb")),
                 qPrintable(view->pageMessage(0)));
        view->goToPage(1);
        QTRY_VERIFY(view->isPageRendered(1));
    }

    // Closing the view while a page renders returns at once and stops the render (well before
    // its deadline): nothing waits for Poppler.
    void closingTheViewCancelsItsRender() {
        auto view = openView(test::slowPagePdf(1), 60000);
        QTRY_COMPARE(PageRenderer::runningRenders(), 1);
        QElapsedTimer clock;
        clock.start();
        view.reset();
        const qint64 closeMs = clock.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(PageRenderer::runningRenders(), 0, 2000);
        qInfo("closed in %lld ms; the render stopped %lld ms after the close", closeMs,
              clock.elapsed());
        QVERIFY(closeMs < 200);
    }

    // Scrolling to the end while the first page renders: that render stops (no longer wanted),
    // the pages in view draw, and the first page has no message (it was not abandoned).
    void scrollingOnCancelsRendersOutOfView() {
        auto view = openView(test::slowPagePdf(8), 60000);
        QTRY_COMPARE(PageRenderer::runningRenders(), 1);
        QElapsedTimer clock;
        clock.start();
        view->goToPage(8);
        QTRY_VERIFY_WITH_TIMEOUT(view->isPageRendered(8), 5000);
        qInfo("last page drawn %lld ms after scrolling away from the slow one", clock.elapsed());
        QVERIFY(view->pageMessage(0).isEmpty());
        QVERIFY(!view->isPageRendered(0));
        QVERIFY(clock.elapsed() < 5000);
    }
};

QTEST_MAIN(TestPageRender)
#include "test_pagerender.moc"
