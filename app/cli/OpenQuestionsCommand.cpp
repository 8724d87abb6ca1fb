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

const char kUsage[] = "usage: overleg-cli open-questions [--commissie ID|AFKORTING|NAAM] "
                      "[--fractie F] [--tag T] [--json]";

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

} // namespace

int runOpenQuestions(const Invocation &inv) {
    OpenQuestionFilter filter;
    QString commissie;
    for (qsizetype i = 0; i < inv.args.size(); ++i) {
        const QString &arg = inv.args.at(i);
        const bool hasValue = i + 1 < inv.args.size();
        if (arg == QLatin1String("--commissie") && hasValue)
            commissie = inv.args.at(++i);
        else if (arg == QLatin1String("--fractie") && hasValue)
            filter.fractie = inv.args.at(++i);
        else if (arg == QLatin1String("--tag") && hasValue)
            filter.tag = inv.args.at(++i);
        else
            return fail(QString::fromLatin1(kUsage));
    }
    auto library = Library::open(inv.dataDir);
    if (!library)
        return fail(library.error());
    const LibraryQueries &queries = library.value()->queries();
    if (!commissie.isEmpty()) {
        filter.commissieId = resolveCommissie(queries, commissie);
        if (filter.commissieId.isEmpty())
            return fail(QStringLiteral("no commissie '%1' in the library.").arg(commissie));
    }

    // Documents added or changed since the last look are read first.
    QuestionLedger ledger(*library.value());
    if (const int read = ledger.refresh(); read > 0)
        printError(QStringLiteral("%1 documents read for their questions").arg(read));

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
                           doc.openQuestions < 0
                               ? QStringLiteral("questions not read")
                               : QStringLiteral("%1 open").arg(doc.openQuestions)));
        for (const OpenQuestion &q : questions)
            printLine(QStringLiteral("    %1. [%2] %3").arg(q.n).arg(q.fractie, q.text));
    }
    if (inv.json)
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("documents"), array}}));
    return kExitOk;
}

} // namespace overleg::cli
