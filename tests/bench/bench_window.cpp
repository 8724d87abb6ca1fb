// Benchmark: opening a library in the real main window (offscreen), as `overleg --data-dir DIR`
// does: the time until the window is shown with the navigation tree's top level and the event
// loop takes input, each step on the way, when the filter index is there (read in the
// background), and the resident memory then. Not a test: nothing fails here.
//
//   bench_window --data-dir DIR      (e.g. the 1,000,000-document library bench_navigation keeps)

#include "AppSettings.h"
#include "MainWindow.h"
#include "library/Library.h"
#include "store/LibraryQueries.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <ctime>

using namespace overleg;

namespace {

// The process's resident memory now and at its peak (MB), from /proc.
std::pair<double, double> memoryMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    long rss = 0, peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').first().toLong();
            else if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return {double(rss) / 1024, double(peak) / 1024};
}

double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char *argv[]) {
    QElapsedTimer clock;
    clock.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString dataDir;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--data-dir"))
            dataDir = args.at(i + 1);
    }
    if (dataDir.isEmpty()) {
        std::fprintf(stderr, "usage: bench_window --data-dir DIR\n");
        return 2;
    }
    auto step = [&](const char *what) {
        std::printf("%-52s %8.1f ms wall %8.1f ms cpu (process)\n", what,
                    double(clock.nsecsElapsed()) / 1e6, cpuMs());
    };
    step("application");
    auto library = Library::open(dataDir);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error()));
        return 1;
    }
    step("library open (both databases)");
    ui::AppSettings settings(library.value()->dataDirectory().settingsDirectory());
    ui::MainWindow window(*library.value(), settings);
    step("main window built");
    window.restoreSession();
    window.show();
    step("shown");
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("navigationTree"));
    // The first turn of the event loop: the window is painted and takes input.
    QTimer::singleShot(0, &app, [&] {
        step("usable: event loop running");
        const QAbstractItemModel *model = tree ? tree->model() : nullptr;
        std::printf("navigation tree: %d top-level rows, first category has %d rows\n",
                    model ? model->rowCount() : -1,
                    model && model->rowCount() > 0 ? model->rowCount(model->index(0, 0)) : -1);
        const auto [rss, peak] = memoryMb();
        std::printf("memory when usable: %.0f MB resident (peak %.0f MB)\n", rss, peak);
        QElapsedTimer index;
        index.start();
        const bool ready = library.value()->queries().waitForFilterIndex();
        step(!ready ? "filter index failed"
             : library.value()->queries().filterIndexFromFile()
                 ? "filter index read from its kept file (background)"
                 : "filter index built (background)");
        const auto [rssIndexed, peakIndexed] = memoryMb();
        std::printf("memory with the filter index: %.0f MB resident (peak %.0f MB)\n", rssIndexed,
                    peakIndexed);
        window.close();
        app.quit();
    });
    return app.exec();
}
