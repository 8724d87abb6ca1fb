// Prints how the question extractor does against the gold labels, per document:
//   eval_questions [GOLD_DIR CORPUS_DIR] [--verbose]
// Defaults to tests/data/gold and tests/data/corpus of the source tree.

#include "GoldEvaluation.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    const QString gold = args.value(0, QStringLiteral(OVERLEG_SOURCE_DIR "/tests/data/gold"));
    const QString corpus = args.value(1, QStringLiteral(OVERLEG_SOURCE_DIR "/tests/data/corpus"));
    const auto scores = overleg::eval::evaluateAll(gold, corpus);
    std::printf("%-42s %5s %5s %5s %7s %7s %7s %8s\n", "document", "gold", "pred", "tp", "prec",
                "recall", "F1", "fractie");
    int tp = 0, fp = 0, required = 0, checked = 0, correct = 0, answersChecked = 0,
        answersCorrect = 0;
    for (const auto &s : scores) {
        if (!s.error.isEmpty()) {
            std::printf("%-42s error: %s\n", qPrintable(s.document), qPrintable(s.error));
            continue;
        }
        std::printf("%-42s %5d %5d %5d %7.3f %7.3f %7.3f %8.3f %8.3f%s\n", qPrintable(s.document),
                    s.required, s.predicted, s.truePositives, s.precision(), s.recall(), s.f1(),
                    s.fractieAccuracy(), s.answerAccuracy(),
                    s.detectedSoort == s.soort
                        ? ""
                        : qPrintable(QStringLiteral("  (recognised as %1)").arg(s.detectedSoort)));
        tp += s.truePositives;
        fp += s.falsePositives;
        required += s.required;
        checked += s.fractieChecked;
        correct += s.fractieCorrect;
        answersChecked += s.answerChecked;
        answersCorrect += s.answerCorrect;
        if (verbose) {
            for (const QString &m : s.missed)
                std::printf("    missed:   %s\n", qPrintable(m.left(150)));
            for (const QString &m : s.spurious)
                std::printf("    spurious: %s\n", qPrintable(m.left(150)));
            for (const QString &m : s.answerErrors)
                std::printf("    answer:   %s\n", qPrintable(m));
        }
    }
    const double p = tp + fp ? double(tp) / (tp + fp) : 0, r = required ? double(tp) / required : 0;
    std::printf("%-42s %5d %5d %5d %7.3f %7.3f %7.3f %8.3f %8.3f\n", "ALL", required, tp + fp, tp,
                p, r, p + r ? 2 * p * r / (p + r) : 0.0, checked ? double(correct) / checked : 1.0,
                answersChecked ? double(answersCorrect) / answersChecked : 1.0);
    return 0;
}
