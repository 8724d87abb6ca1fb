#include "CliOutput.h"
#include "Commands.h"
#include "SearchWorkspace.h"

#include "library/Library.h"
#include "library/SearchIndexer.h"
#include "store/FullTextIndex.h"
#include "store/SearchQuery.h"

#include <QJsonArray>
#include <QJsonObject>

namespace overleg::cli {

namespace {

// The snippet's matched words between « and », as a terminal shows them.
QString marked(QString snippet) {
    return snippet.replace(QChar(2), QStringLiteral("«")).replace(QChar(3), QStringLiteral("»"));
}

QString where(const SearchHit &hit) {
    switch (hit.part) {
    case SearchEntry::Part::Metadata:
        return QStringLiteral("metadata");
    case SearchEntry::Part::Page:
        return QStringLiteral("page %1").arg(hit.page);
    case SearchEntry::Part::Question:
        return QStringLiteral("question %1%2, %3")
            .arg(hit.n)
            .arg(hit.fractie.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(hit.fractie))
            .arg(hit.status);
    case SearchEntry::Part::Note:
        return QStringLiteral("note on question %1").arg(hit.n);
    }
    return {};
}

QJsonObject toJson(const SearchHit &hit) {
    return {{QStringLiteral("document"), hit.documentId},
            {QStringLiteral("soort"), hit.soort},
            {QStringLiteral("nummer"), hit.nummer},
            {QStringLiteral("titel"), hit.titel},
            {QStringLiteral("datum"), hit.datum},
            {QStringLiteral("part"), partName(hit.part)},
            {QStringLiteral("page"), hit.page},
            {QStringLiteral("question"), hit.questionId},
            {QStringLiteral("n"), hit.n},
            {QStringLiteral("fractie"), hit.fractie},
            {QStringLiteral("status"), hit.status},
            {QStringLiteral("compoundPart"), hit.substring},
            {QStringLiteral("snippet"), marked(hit.snippet)}};
}

} // namespace

namespace {

int runSearch(const Invocation &inv) {
    // Several words are one query: "search stikstof uitstoot" as "search 'stikstof uitstoot'".
    const QString text = inv.args.join(u' ');
    bool ok = false;
    const int limit = inv.value(QStringLiteral("limit"), QStringLiteral("20")).toInt(&ok);
    if (!ok || limit < 1)
        return inv.usageError(Cli::tr("--limit takes a positive number."));
    const auto query = SearchQuery::parse(text);
    if (!query)
        return fail(query.error());

    auto library = Library::open(inv.dataDir);
    if (!library)
        return fail(library.error());
    const DataDirectory &dir = library.value()->dataDirectory();
    auto index = FullTextIndex::open(FullTextIndex::pathIn(dir.root()));
    if (!index)
        return fail(index.error());
    // What was added or changed since the window last indexed is read first, with the notes
    // of the workspace in use.
    const auto notes = searchNotesOfWorkspace(dir.root());
    if (!notes)
        return fail(notes.error());
    if (const Status prepared =
            prepareSearchIndexing(*library.value(), *index.value(), notes.value());
        !prepared)
        return fail(prepared.error());
    SearchIndexer indexer(*library.value(), *index.value());
    if (const auto read = indexer.refresh(); !read)
        return fail(read.error());
    else if (read.value() > 0)
        printError(QStringLiteral("%1 documents indexed").arg(read.value()));

    // Words first, then the hits that only a compound part found.
    QList<SearchHit> hits;
    for (bool substring : {false, true}) {
        if (hits.size() >= limit)
            break;
        const auto found =
            index.value()->search(query.value(), 0, limit - int(hits.size()), substring);
        if (!found)
            return fail(found.error());
        hits << found.value();
    }
    if (inv.json) {
        QJsonArray array;
        for (const SearchHit &hit : hits)
            array.append(toJson(hit));
        printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("query"), text}, {QStringLiteral("results"), array}}));
        return kExitOk;
    }
    if (hits.isEmpty()) {
        printError(QStringLiteral("no results"));
        return kExitOk;
    }
    // Grouped by document, in the order of each document's best hit.
    QStringList order;
    QHash<QString, QList<SearchHit>> byDocument;
    for (const SearchHit &hit : hits) {
        if (!byDocument.contains(hit.documentId))
            order << hit.documentId;
        byDocument[hit.documentId] << hit;
    }
    for (const QString &id : order) {
        const SearchHit &first = byDocument.value(id).first();
        printLine(QStringLiteral("%1  %2 %3  %4")
                      .arg(first.datum, first.soort, first.nummer, first.titel)
                      .simplified());
        for (const SearchHit &hit : byDocument.value(id))
            printLine(
                QStringLiteral("    [%1] %2").arg(where(hit), marked(hit.snippet).simplified()));
    }
    return kExitOk;
}

} // namespace

CommandSpec searchCommand() {
    CommandSpec c;
    c.name = QStringLiteral("search");
    c.synopsis = QStringLiteral("QUERY...");
    c.summary = QT_TRANSLATE_NOOP("Cli", "full-text search of documents, questions and notes");
    c.description = QT_TRANSLATE_NOOP(
        "Cli", "Words, \"phrases\", prefix*, AND/OR/NOT, -word, NEAR(a b, 10), and the fields "
               "fractie: tag: status: soort: commissie: dossier: kamerlid: "
               "datum:2024-01..2024-06. Quote a query that starts with a minus sign, or put "
               "-- before it. The index is brought up to date first. Notes, tags and statuses "
               "are those of the workspace in use: a team workspace's (overleg-cli workspace "
               "connect) as its server has them, or as last seen when it cannot be reached.");
    c.options = {{QStringLiteral("limit"), QStringLiteral("N"),
                  QT_TRANSLATE_NOOP("Cli", "at most N results (default 20)")}};
    c.minArguments = 1;
    c.run = runSearch;
    return c;
}

} // namespace overleg::cli
