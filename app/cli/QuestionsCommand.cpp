#include "CliOutput.h"
#include "Commands.h"

#include "document/TextExtractor.h"
#include "library/Library.h"
#include "questions/QuestionExtractor.h"
#include "store/Database.h"
#include "store/LibraryQueries.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace overleg::cli {

int runQuestions(const Invocation &inv) {
    if (inv.args.size() != 1)
        return fail(QStringLiteral("usage: overleg-cli questions FILE|DOC [--json]"));
    const QString argument = inv.args.constFirst();
    QString error;
    const QString path = resolveFileArgument(argument, inv.dataDir, &error);
    if (path.isEmpty())
        return fail(error);
    const auto text = extractTextFromFile(path);
    if (!text)
        return fail(QStringLiteral("%1: %2").arg(argument, text.error()));

    // A library document brings its soort and id; a file is known by its name.
    QString soort;
    QString documentId = QFileInfo(path).completeBaseName();
    if (!QFileInfo(argument).isFile()) {
        if (auto library = Library::open(inv.dataDir)) {
            documentId = library.value()->queries().resolveDocument(argument);
            QSqlQuery q = library.value()->libraryDatabase().run(
                QStringLiteral("SELECT coalesce(soort, '') FROM document WHERE id = ?"),
                {documentId});
            if (q.next())
                soort = q.value(0).toString();
        }
    }
    const QuestionExtraction extraction =
        QuestionExtractor::extract(text.value(), documentId, soort);

    if (!inv.json) {
        printLine(QStringLiteral("%1: %2, %3 question(s)")
                      .arg(argument, soortOf(extraction.kind))
                      .arg(extraction.questions.size()));
        for (const QuestionUnit &q : extraction.questions)
            printLine(QStringLiteral("%1\t%2\tp.%3\t%4\t%5")
                          .arg(q.n)
                          .arg(q.fractie)
                          .arg(q.page)
                          .arg(kindName(q.kind), q.text));
        return kExitOk;
    }
    QJsonArray questions;
    for (const QuestionUnit &q : extraction.questions)
        questions.append(QJsonObject{{QStringLiteral("n"), q.n},
                                     {QStringLiteral("id"), q.id},
                                     {QStringLiteral("fractie"), q.fractie},
                                     {QStringLiteral("text"), q.text},
                                     {QStringLiteral("kind"), kindName(q.kind)},
                                     {QStringLiteral("page"), q.page},
                                     {QStringLiteral("start"), q.start},
                                     {QStringLiteral("end"), q.end}});
    printJson(QJsonDocument(
        QJsonObject{{QStringLiteral("file"), argument},
                    {QStringLiteral("soort"), soortOf(extraction.kind)},
                    {QStringLiteral("fracties"), QJsonArray::fromStringList(extraction.fracties)},
                    {QStringLiteral("questions"), questions}}));
    return kExitOk;
}

} // namespace overleg::cli
