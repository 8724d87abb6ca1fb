// Benchmark: the PDF viewer on a long document.
//
// Opens a PDF in the real PdfView (offscreen), measures the time until the first page is on
// screen, then pages through the whole document waiting for every page to render, and reports
// the peak resident memory (VmHWM) against the page cache bound. Not a test.
//
//   bench_viewer FILE.pdf

#include "document/PopplerBackend.h"
#include "viewer/PageRenderer.h"
#include "viewer/PdfView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTest>

#include <cstdio>

using namespace overleg;

namespace {
long peakRssKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}
} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_viewer FILE.pdf\n");
        return 1;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = file.readAll();
    const long baseline = peakRssKiB();

    QElapsedTimer timer;
    timer.start();
    auto doc = PdfDocument::open(bytes);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(doc.error()));
        return 1;
    }
    ui::PdfView view(doc.value());
    view.resize(1000, 800);
    view.show();
    auto *renderer = view.findChild<ui::PageRenderer *>();
    int rendered = 0;
    int lastRendered = -1;
    QObject::connect(renderer, &ui::PageRenderer::pageReady, [&](int page) {
        ++rendered;
        lastRendered = page;
    });
    if (!QTest::qWaitFor([&] { return rendered > 0; }, 20000))
        return 1;
    const double firstPageMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf(
        "%s: %d pages; first page on screen after %.1f ms (open + layout + render at %.0f%% zoom, "
        "%.0f dpi)\n",
        argv[1], view.pageCount(), firstPageMs, view.zoom() * 100,
        72.0 * view.zoom() * view.logicalDpiY() / 72.0);

    // Page through the document as a reader holding PgDn would, waiting for each page.
    timer.restart();
    for (int page = 0; page < view.pageCount(); ++page) {
        view.goToPage(page);
        view.viewport()->repaint();
        if (!QTest::qWaitFor([&] { return lastRendered >= page; }, 20000))
            break;
    }
    const double scrollMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf(
        "paged through all pages in %.0f ms (%.1f ms per page, %d renders incl. prefetch)\n",
        scrollMs, scrollMs / view.pageCount(), rendered);
    std::printf(
        "peak resident memory: %.0f MiB (%.0f MiB before opening; page cache bound %lld MiB)\n",
        peakRssKiB() / 1024.0, baseline / 1024.0,
        static_cast<long long>(ui::PageRenderer::kCacheKiB / 1024));
    return 0;
}
