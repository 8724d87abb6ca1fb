#include "GoldEvaluation.h"

#include "document/TextExtractor.h"
#include "questions/AnswerMatcher.h"
#include "questions/QuestionExtractor.h"
#include "questions/TextSimilarity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace overleg::eval {

double similarity(const QString &a, const QString &b) {
    return textSimilarity(a, b);
}

DocumentScore evaluate(const QString &goldFile, const QString &corpusRoot) {
    DocumentScore score;
    QFile file(goldFile);
    if (!file.open(QIODevice::ReadOnly)) {
        score.error = QStringLiteral("cannot read ") + goldFile;
        return score;
    }
    const QJsonObject gold = QJsonDocument::fromJson(file.readAll()).object();
    score.document = gold.value(QStringLiteral("document")).toString();
    score.soort = gold.value(QStringLiteral("soort")).toString();
    const auto text = extractTextFromFile(
        QDir(corpusRoot).filePath(gold.value(QStringLiteral("file")).toString()));
    if (!text) {
        score.error = text.error();
        return score;
    }
    // From the text alone, as for a file the library knows nothing about.
    const QuestionExtraction extraction = QuestionExtractor::extract(text.value(), score.document);
    score.detectedSoort = soortOf(extraction.kind);
    score.predicted = int(extraction.questions.size());
    // Every gold document holds its own answers (or, for a Mededeling, none).
    QHash<QString, QString> answers;
    for (const AnswerMatch &m : AnswerMatcher::match(extraction, text.value()))
        answers.insert(m.questionId, toStored(m.status));

    const QJsonArray questions = gold.value(QStringLiteral("questions")).toArray();
    QList<bool> used(extraction.questions.size(), false);
    for (const QJsonValue &value : questions) {
        const QJsonObject q = value.toObject();
        const bool required =
            q.value(QStringLiteral("label")).toString() == QLatin1String("required");
        score.required += required ? 1 : 0;
        const QString goldText = q.value(QStringLiteral("text")).toString();
        int best = -1;
        double bestSimilarity = 0.8; // below this it is another sentence
        for (int i = 0; i < extraction.questions.size(); ++i) {
            if (used[i])
                continue;
            double s = similarity(goldText, extraction.questions.at(i).text);
            // Numbered items are matched by their number first.
            if (extraction.questions.at(i).kind == QuestionUnit::Kind::Numbered &&
                extraction.questions.at(i).n == q.value(QStringLiteral("n")).toInt())
                s += 0.05;
            if (s > bestSimilarity) {
                bestSimilarity = s;
                best = i;
            }
        }
        if (best < 0) {
            if (required)
                score.missed << goldText;
            continue;
        }
        used[best] = true;
        // An optional unit is "neither rewarded nor penalised" (LABELING.md): like its fractie,
        // its answer status is not scored; a difference is still listed for the developer.
        if (q.contains(QStringLiteral("status"))) {
            const QString expected = q.value(QStringLiteral("status")).toString();
            const QString predicted = answers.value(extraction.questions.at(best).id);
            if (required) {
                ++score.answerChecked;
                score.answerCorrect += predicted == expected;
            }
            if (predicted != expected)
                score.answerErrors
                    << QStringLiteral("%1: gold %2, found %3%4")
                           .arg(q.value(QStringLiteral("n")).toInt())
                           .arg(expected, predicted,
                                required ? QString() : QStringLiteral(" (optional: not scored)"));
        }
        if (!required)
            continue;
        ++score.truePositives;
        if (q.contains(QStringLiteral("fractie"))) {
            ++score.fractieChecked;
            score.fractieCorrect += extraction.questions.at(best).fractie ==
                                    q.value(QStringLiteral("fractie")).toString();
        }
    }
    for (int i = 0; i < extraction.questions.size(); ++i) {
        if (!used[i]) {
            ++score.falsePositives;
            score.spurious << extraction.questions.at(i).text;
        }
    }
    return score;
}

QList<DocumentScore> evaluateAll(const QString &goldDirectory, const QString &corpusRoot) {
    QList<DocumentScore> scores;
    const QDir dir(goldDirectory);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        scores << evaluate(dir.filePath(name), corpusRoot);
    return scores;
}

} // namespace overleg::eval
