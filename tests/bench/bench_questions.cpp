// Benchmark: question extraction on a 100-page document after its text is available.
// The document is the Verslag SO kst-29338-289 (17 pages) repeated to 102 pages. Not a test.
//
//   bench_questions [FILE.pdf]

#include "document/TextExtractor.h"
#include "questions/QuestionExtractor.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace overleg;

namespace {
// This thread's CPU time: on a machine busy with other work, wall time measures the others too.
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QString file = argc > 1
                             ? QString::fromLocal8Bit(argv[1])
                             : QStringLiteral(OVERLEG_SOURCE_DIR "/tests/data/kst-29338-289.pdf");
    auto text = extractTextFromFile(file);
    if (!text) {
        std::fprintf(stderr, "%s\n", qPrintable(text.error()));
        return 1;
    }
    DocumentText big = text.value();
    while (big.pages.size() < 100) {
        big.pages += text->pages;
        big.words += text->words;
    }
    std::vector<double> times;
    std::vector<double> cpuTimes;
    qsizetype units = 0;
    for (int run = 0; run < 9; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const QuestionExtraction extraction =
            QuestionExtractor::extract(big, QStringLiteral("bench"));
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpuTimes.push_back(threadCpuMs() - cpuStart);
        units = extraction.questions.size();
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    std::printf("question extraction, %lld pages, %lld units: median %.1f ms, worst %.1f ms "
                "(CPU time: median %.1f ms, worst %.1f ms; target: under 20 ms)\n",
                static_cast<long long>(big.pages.size()), static_cast<long long>(units),
                times[times.size() / 2], times.back(), cpuTimes[cpuTimes.size() / 2],
                cpuTimes.back());
    return 0;
}
