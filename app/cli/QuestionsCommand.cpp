#include "CliOutput.h"
#include "Commands.h"
#include "InputOutput.h"

#include "document/TextExtractor.h"
#include "document/TextSearch.h"
#include "library/DocumentQuestions.h"
#include "library/Library.h"
#include "questions/DocumentHead.h"
#include "questions/QuestionExtractor.h"
#include "store/Database.h"
#include "store/LibraryQueries.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace overleg::cli {

namespace {

int runQuestions(const Invocation &inv) {
    const QString argument = inv.args.constFirst();
    const auto text = readInputText(argument, inv.dataDir);
    if (!text)
        return fail(text.error());

    // A library document brings its soort, id and the user's corrections, and is numbered as
    // the question panel numbers it; a file is read as it is, known by its name.
    const bool isFile = isStdio(argument) || QFileInfo(argument).isFile();
    QString documentId =
        isStdio(argument) ? QStringLiteral("stdin") : QFileInfo(argument).completeBaseName();
    QuestionExtraction extraction;
    bool read = false;
    if (!isFile) {
        if (auto library = Library::open(inv.dataDir)) {
            documentId = library.value()->queries().resolveDocument(argument);
            QSqlQuery q = library.value()->libraryDatabase().run(
                QStringLiteral("SELECT coalesce(soort, '') FROM document WHERE id = ?"),
                {documentId});
            const QString soort = q.next() ? q.value(0).toString() : QString();
            extraction = userExtraction(library.value()->notes(), text.value(), documentId, soort);
            read = true;
        }
    }
    if (!read)
        extraction = QuestionExtractor::extract(text.value(), documentId);

    if (!inv.json) {
        printLine(
            extraction.kind == DocumentKind::Other
                ? Cli::tr("%1: kind not recognised (no written consultation whose "
                          "questions Overleg reads), %2")
                      .arg(argument,
                           Cli::tr("%n question(s)", nullptr, int(extraction.questions.size())))
                : QStringLiteral("%1: %2, %3")
                      .arg(argument, soortOf(extraction.kind),
                           Cli::tr("%n question(s)", nullptr, int(extraction.questions.size()))));
        for (const QuestionUnit &q : extraction.questions)
            printLine(QStringLiteral("%1\t%2\tp.%3\t%4\t%5")
                          .arg(q.n)
                          .arg(q.fractie)
                          .arg(q.page)
                          .arg(kindName(q.kind), q.text));
        return kExitOk;
    }
    // The page offsets of the plain text, to give each unit its boxes on the PDF pages.
    QList<int> pageStarts;
    int offset = 0;
    for (const QString &page : text->pages) {
        pageStarts << offset;
        offset += int(page.size()) + 1;
    }
    auto boxesOf = [&](const QuestionUnit &q) {
        QJsonArray boxes;
        for (int page = 0; page < text->pages.size() && page < text->words.size(); ++page) {
            const int from = qMax(q.start, pageStarts.at(page)) - pageStarts.at(page);
            const int to = qMin(q.end, pageStarts.at(page) + int(text->pages.at(page).size())) -
                           pageStarts.at(page);
            if (from >= to)
                continue;
            for (const QRectF &box :
                 overleg::boxesOf(text.value(), TextSpan{page, from, to - from}))
                boxes.append(QJsonObject{{QStringLiteral("page"), page + 1},
                                         {QStringLiteral("x"), qRound(box.x() * 10) / 10.0},
                                         {QStringLiteral("y"), qRound(box.y() * 10) / 10.0},
                                         {QStringLiteral("w"), qRound(box.width() * 10) / 10.0},
                                         {QStringLiteral("h"), qRound(box.height() * 10) / 10.0}});
        }
        return boxes;
    };
    QJsonArray questions;
    for (const QuestionUnit &q : extraction.questions)
        questions.append(QJsonObject{{QStringLiteral("boxes"), boxesOf(q)},
                                     {QStringLiteral("n"), q.n},
                                     {QStringLiteral("id"), q.id},
                                     {QStringLiteral("fractie"), q.fractie},
                                     {QStringLiteral("text"), q.text},
                                     {QStringLiteral("kind"), kindName(q.kind)},
                                     {QStringLiteral("page"), q.page},
                                     {QStringLiteral("start"), q.start},
                                     {QStringLiteral("end"), q.end}});
    // What the document says about itself (for a file the library has no metadata of).
    const DocumentHead head = readDocumentHead(text.value());
    const QJsonObject headJson{
        {QStringLiteral("title"), head.title},
        {QStringLiteral("date"), head.date.isValid() ? head.date.toString(Qt::ISODate) : QString()},
        {QStringLiteral("identifier"), head.identifier()},
        {QStringLiteral("zaak"), head.zaak},
        {QStringLiteral("dossier"), head.dossier},
        {QStringLiteral("volgnummer"), head.volgnummer},
        {QStringLiteral("vergaderjaar"), head.vergaderjaar},
        {QStringLiteral("askers"), QJsonArray::fromStringList(head.askers)},
        {QStringLiteral("addressee"), head.addressee}};
    printJson(QJsonDocument(
        QJsonObject{{QStringLiteral("file"), argument},
                    {QStringLiteral("soort"), soortOf(extraction.kind)},
                    {QStringLiteral("head"), headJson},
                    {QStringLiteral("fracties"), QJsonArray::fromStringList(extraction.fracties)},
                    {QStringLiteral("questions"), questions}}));
    return kExitOk;
}

} // namespace

CommandSpec questionsCommand() {
    CommandSpec c;
    c.name = QStringLiteral("questions");
    c.synopsis = QStringLiteral("FILE|DOC");
    c.summary = QT_TRANSLATE_NOOP("Cli", "the question units of a document");
    c.description = QT_TRANSLATE_NOOP(
        "Cli", "A document of the library is read with the user's corrections, numbered as the "
               "question panel numbers it; with --json, every unit with its boxes on the pages.");
    c.minArguments = c.maxArguments = 1;
    c.run = runQuestions;
    return c;
}

} // namespace overleg::cli
