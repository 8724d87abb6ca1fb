#include "CliOutput.h"
#include "Commands.h"
#include "InputOutput.h"

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
namespace {

int runAnswers(const Invocation &inv) {
    const QString file = inv.args.constFirst();
    const QString questionsFile = inv.value(QStringLiteral("questions"));
    if (isStdio(file) && isStdio(questionsFile))
        return inv.usageError(Cli::tr("stdin can be read once: '-' for FILE or for --questions."));
    const auto answers = readInputText(file, inv.dataDir);
    if (!answers)
        return fail(answers.error());
    const auto questionText =
        questionsFile.isEmpty() ? answers : readInputText(questionsFile, inv.dataDir);
    if (!questionText)
        return fail(questionText.error());
    const QString questionsName = questionsFile.isEmpty() ? file : questionsFile;
    const QuestionExtraction questions = QuestionExtractor::extract(
        questionText.value(), QFileInfo(questionsName).completeBaseName());
    const QList<AnswerMatch> matches = AnswerMatcher::match(questions, answers.value());
    // The kinds as recognised: what the answers are read as, and what the questions came from.
    const DocumentKind answerKind = QuestionExtractor::detectKind(TextFlow(answers.value()), {});
    auto kindText = [](DocumentKind kind) {
        return kind == DocumentKind::Other ? Cli::tr("kind not recognised") : soortOf(kind);
    };

    if (!inv.json) {
        printLine(Cli::tr("%1: %2; questions from %3: %4, %5")
                      .arg(file, kindText(answerKind), questionsName, kindText(questions.kind),
                           Cli::tr("%n question(s)", nullptr, int(questions.questions.size()))));
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

} // namespace

CommandSpec answersCommand() {
    CommandSpec c;
    c.name = QStringLiteral("answers");
    c.synopsis = QStringLiteral("FILE|DOC");
    c.summary = QT_TRANSLATE_NOOP("Cli", "answer status of every question");
    c.description = QT_TRANSLATE_NOOP(
        "Cli", "The questions come from --questions when given, else from FILE itself (a Verslag "
               "SO, an Antwoord schriftelijke vragen or a Nota repeats them).");
    c.options = {{QStringLiteral("questions"), QStringLiteral("QFILE|DOC"),
                  QT_TRANSLATE_NOOP("Cli", "the document that asked the questions")}};
    c.minArguments = c.maxArguments = 1;
    c.run = runAnswers;
    return c;
}

} // namespace overleg::cli
