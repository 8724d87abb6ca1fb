#include "CliOutput.h"
#include "Commands.h"

#include "document/TextExtractor.h"
#include "questions/AnswerMatcher.h"
#include "questions/QuestionExtractor.h"
#include "questions/TextFlow.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace overleg::cli {

// overleg-cli answers FILE [--questions QFILE] [--json]: the answer status of every question;
// the questions come from QFILE when given, else from FILE itself (a Verslag SO, an Antwoord
// schriftelijke vragen or a Nota repeat them).
int runAnswers(const Invocation &inv) {
    const QString usage =
        QStringLiteral("usage: overleg-cli answers FILE|DOC [--questions QFILE|DOC] [--json]");
    QString file, questionsFile;
    for (qsizetype i = 0; i < inv.args.size(); ++i) {
        if (inv.args.at(i) == QLatin1String("--questions") && i + 1 < inv.args.size())
            questionsFile = inv.args.at(++i);
        else if (!inv.args.at(i).startsWith(QLatin1String("--")) && file.isEmpty())
            file = inv.args.at(i);
        else
            return fail(usage);
    }
    if (file.isEmpty())
        return fail(usage);
    auto load = [&](const QString &argument, QString *error) -> std::optional<DocumentText> {
        const QString path = resolveFileArgument(argument, inv.dataDir, error);
        if (path.isEmpty())
            return std::nullopt;
        auto text = extractTextFromFile(path);
        if (!text) {
            *error = QStringLiteral("%1: %2").arg(argument, text.error());
            return std::nullopt;
        }
        return text.value();
    };
    QString error;
    const auto answers = load(file, &error);
    if (!answers)
        return fail(error);
    const auto questionText = questionsFile.isEmpty() ? answers : load(questionsFile, &error);
    if (!questionText)
        return fail(error);
    const QString questionsName = questionsFile.isEmpty() ? file : questionsFile;
    const QuestionExtraction questions =
        QuestionExtractor::extract(*questionText, QFileInfo(questionsName).completeBaseName());
    const QList<AnswerMatch> matches = AnswerMatcher::match(questions, *answers);
    // The kinds as recognised: what the answers are read as, and what the questions came from.
    const DocumentKind answerKind = QuestionExtractor::detectKind(TextFlow(*answers), {});
    auto kindText = [](DocumentKind kind) {
        return kind == DocumentKind::Other ? QStringLiteral("kind not recognised") : soortOf(kind);
    };

    if (!inv.json) {
        printLine(QStringLiteral("%1: %2; questions from %3: %4, %5 question(s)")
                      .arg(file, kindText(answerKind), questionsName, kindText(questions.kind))
                      .arg(questions.questions.size()));
        for (int i = 0; i < matches.size(); ++i) {
            const AnswerMatch &m = matches.at(i);
            printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                          .arg(m.n)
                          .arg(questions.questions.at(i).fractie,
                               m.awaiting ? kAwaitingProposal.toString() : toStored(m.status))
                          .arg(m.answerPage > 0 ? QStringLiteral("p.%1").arg(m.answerPage)
                                                : QStringLiteral("-"),
                               m.answer));
        }
        return kExitOk;
    }
    QJsonArray list;
    for (int i = 0; i < matches.size(); ++i) {
        const AnswerMatch &m = matches.at(i);
        const QuestionUnit &q = questions.questions.at(i);
        QJsonArray numbers;
        for (int n : m.answerNumbers)
            numbers.append(n);
        list.append(QJsonObject{{QStringLiteral("n"), q.n},
                                {QStringLiteral("fractie"), q.fractie},
                                {QStringLiteral("text"), q.text},
                                {QStringLiteral("status"), toStored(m.status)},
                                {QStringLiteral("awaiting"), m.awaiting},
                                {QStringLiteral("confidence"), qRound(m.confidence * 100) / 100.0},
                                {QStringLiteral("answer"), m.answer},
                                {QStringLiteral("answer_page"),
                                 m.answerPage > 0 ? QJsonValue(m.answerPage) : QJsonValue()},
                                {QStringLiteral("answer_numbers"), numbers}});
    }
    printJson(
        QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                  {QStringLiteral("soort"), soortOf(answerKind)},
                                  {QStringLiteral("questions_file"), questionsName},
                                  {QStringLiteral("questions_soort"), soortOf(questions.kind)},
                                  {QStringLiteral("questions"), list}}));
    return kExitOk;
}

} // namespace overleg::cli
