#include "CliOutput.h"
#include "Commands.h"

#include "library/Library.h"
#include "library/QuestionLedger.h"
#include "questions/QuestionStatus.h"
#include "store/LibraryQueries.h"
#include "store/OpenQuestionQueries.h"

#include <QJsonArray>
#include <QJsonObject>

namespace overleg::cli {

namespace {

// A commissie by its GUID, its afkorting or (part of) its name.
QString resolveCommissie(const LibraryQueries &queries, const QString &reference) {
    const QList<NodeSummary> commissies = queries.commissies();
    for (const NodeSummary &c : commissies) {
        if (c.id.compare(reference, Qt::CaseInsensitive) == 0 ||
            c.detail.compare(reference, Qt::CaseInsensitive) == 0)
            return c.id;
    }
    for (const NodeSummary &c : commissies) {
        if (c.label.contains(reference, Qt::CaseInsensitive))
            return c.id;
    }
    return {};
}

QJsonObject toJson(const OpenQuestion &q) {
    return {
        {QStringLiteral("id"), q.id},
        {QStringLiteral("n"), q.n},
        {QStringLiteral("fractie"), q.fractie},
        {QStringLiteral("text"), q.text},
        {QStringLiteral("page"), q.page},
        {QStringLiteral("status"), q.status.isEmpty() ? toStored(QuestionStatus::Open) : q.status}};
}

int runOpenQuestions(const Invocation &inv) {
    OpenQuestionFilter filter;
    const QString commissie = inv.value(QStringLiteral("commissie"));
    filter.fractie = inv.value(QStringLiteral("fractie"));
    filter.tag = inv.value(QStringLiteral("tag"));
    auto library = Library::open(inv.dataDir);
    if (!library)
        return fail(library.error());
    const LibraryQueries &queries = library.value()->queries();
    if (!commissie.isEmpty()) {
        filter.commissieId = resolveCommissie(queries, commissie);
        if (filter.commissieId.isEmpty())
            return fail(Cli::tr("no commissie '%1' in the library.").arg(commissie));
    }

    // Documents added or changed since the last look are read first.
    QuestionLedger ledger(*library.value());
    if (const int read = ledger.refresh(); read > 0)
        printVerbose(Cli::tr("%n document(s) read for their questions", nullptr, read));

    const OpenQuestionQueries &open = queries.openQuestions();
    OpenQuestionCursor cursor;
    const QList<OpenDocument> documents =
        open.documents(filter, cursor, open.countDocuments(filter) + 1);
    const QDate today = QDate::currentDate();
    QJsonArray array;
    for (const OpenDocument &doc : documents) {
        const QList<OpenQuestion> questions = doc.openQuestions > 0
                                                  ? open.questionsOf(doc.summary.id, filter)
                                                  : QList<OpenQuestion>();
        if (inv.json) {
            QJsonArray list;
            for (const OpenQuestion &q : questions)
                list.append(toJson(q));
            array.append(QJsonObject{
                {QStringLiteral("id"), doc.summary.id},
                {QStringLiteral("soort"), doc.summary.soort},
                {QStringLiteral("nummer"), doc.summary.nummer},
                {QStringLiteral("titel"), doc.summary.titel},
                {QStringLiteral("datum"), doc.summary.datum},
                {QStringLiteral("deadline"), doc.deadline.isValid()
                                                 ? QJsonValue(doc.deadline.toString(Qt::ISODate))
                                                 : QJsonValue()},
                {QStringLiteral("days_overdue"),
                 doc.deadline.isValid() ? QJsonValue(doc.deadline.daysTo(today)) : QJsonValue()},
                {QStringLiteral("delayed"), doc.delayed},
                {QStringLiteral("open_questions"),
                 doc.openQuestions < 0 ? QJsonValue() : QJsonValue(doc.openQuestions)},
                {QStringLiteral("questions"), list}});
            continue;
        }
        const QString due = doc.deadline.isValid() ? QStringLiteral("%1 (%2 d)")
                                                         .arg(doc.deadline.toString(Qt::ISODate))
                                                         .arg(doc.deadline.daysTo(today))
                                                   : QStringLiteral("-");
        printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                      .arg(due, doc.summary.soort, doc.summary.nummer, doc.summary.titel,
                           doc.openQuestions < 0 ? Cli::tr("questions not read")
                                                 : Cli::tr("%n open", nullptr, doc.openQuestions)));
        for (const OpenQuestion &q : questions)
            printLine(QStringLiteral("    %1. [%2] %3").arg(q.n).arg(q.fractie, q.text));
    }
    if (inv.json)
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("documents"), array}}));
    return kExitOk;
}

} // namespace

CommandSpec openQuestionsCommand() {
    CommandSpec c;
    c.name = QStringLiteral("open-questions");
    c.summary = QT_TRANSLATE_NOOP("Cli", "unanswered questions, by deadline");
    c.options = {{QStringLiteral("commissie"), QStringLiteral("ID|AFKORTING|NAAM"),
                  QT_TRANSLATE_NOOP("Cli", "only documents of this commissie")},
                 {QStringLiteral("fractie"), QStringLiteral("F"),
                  QT_TRANSLATE_NOOP("Cli", "only questions of this fractie")},
                 {QStringLiteral("tag"), QStringLiteral("T"),
                  QT_TRANSLATE_NOOP("Cli", "only questions with this tag")}};
    c.maxArguments = 0;
    c.run = runOpenQuestions;
    return c;
}

} // namespace overleg::cli
