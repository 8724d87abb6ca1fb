#pragma once

#include <QList>
#include <QString>

// Compares the question extractor with the gold labels of ../shared/corpus/gold (copied to
// tests/data/gold): precision, recall and F1 on required units (a prediction that hits an
// optional unit counts neither way) and fractie accuracy on the matched units.
namespace overleg::eval {

struct DocumentScore {
    QString document;
    QString soort;
    QString detectedSoort; // what the extractor recognised from the text
    int required = 0;
    int predicted = 0;
    int truePositives = 0;
    int falsePositives = 0;
    int fractieChecked = 0;
    int fractieCorrect = 0;
    int answerChecked = 0; // gold units with a status, matched to a unit
    int answerCorrect = 0;
    QStringList answerErrors;
    QStringList missed;   // required gold texts not found
    QStringList spurious; // predicted texts matching nothing
    QString error;

    double precision() const {
        return predicted == 0 ? (required == 0 ? 1.0 : 0.0)
                              : double(truePositives) / (truePositives + falsePositives);
    }
    double recall() const { return required == 0 ? 1.0 : double(truePositives) / required; }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
    double answerAccuracy() const {
        return answerChecked == 0 ? 1.0 : double(answerCorrect) / answerChecked;
    }
    double fractieAccuracy() const {
        return fractieChecked == 0 ? 1.0 : double(fractieCorrect) / fractieChecked;
    }
};

// Word-level similarity of two question texts in [0, 1].
double similarity(const QString &a, const QString &b);

DocumentScore evaluate(const QString &goldFile, const QString &corpusRoot);
QList<DocumentScore> evaluateAll(const QString &goldDirectory, const QString &corpusRoot);

} // namespace overleg::eval
