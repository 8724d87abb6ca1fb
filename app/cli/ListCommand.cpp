#include "CliOutput.h"
#include "Commands.h"

#include "library/Library.h"
#include "store/LibraryQueries.h"

#include <QJsonArray>
#include <QJsonObject>

namespace overleg::cli {

namespace {

QJsonObject toJson(const DocumentSummary &d) {
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("soort"), d.soort},
            {QStringLiteral("nummer"), d.nummer},
            {QStringLiteral("datum"), d.datum},
            {QStringLiteral("titel"), d.titel}};
}

int listNodes(const QList<NodeSummary> &nodes, const QString &detailKey, bool json) {
    if (json) {
        QJsonArray array;
        for (const NodeSummary &n : nodes)
            array.append(QJsonObject{{QStringLiteral("id"), n.id},
                                     {QStringLiteral("naam"), n.label},
                                     {detailKey, n.detail},
                                     {QStringLiteral("documenten"), n.documents}});
        printJson(QJsonDocument(array));
        return kExitOk;
    }
    for (const NodeSummary &n : nodes) {
        const QString detail = n.detail.isEmpty() || n.label.contains(n.detail)
                                   ? QString()
                                   : QStringLiteral(" (%1)").arg(n.detail);
        printLine(QStringLiteral("%1%2\t%3\t%4")
                      .arg(n.label, detail, Cli::tr("%n document(s)", nullptr, n.documents), n.id));
    }
    return kExitOk;
}

int runList(const Invocation &inv) {
    static const QStringList kinds = {QStringLiteral("commissies"), QStringLiteral("dossiers"),
                                      QStringLiteral("kamerleden"), QStringLiteral("documents")};
    const QString what = inv.args.constFirst();
    if (!kinds.contains(what))
        return inv.usageError(
            Cli::tr("cannot list '%1': choose commissies, dossiers, kamerleden or documents.")
                .arg(what));
    auto library = Library::open(inv.dataDir);
    if (!library)
        return fail(library.error());
    const LibraryQueries &queries = library.value()->queries();

    if (what == QLatin1String("commissies"))
        return listNodes(queries.commissies(), QStringLiteral("afkorting"), inv.json);
    if (what == QLatin1String("dossiers"))
        return listNodes(queries.dossiers(), QStringLiteral("nummer"), inv.json);
    if (what == QLatin1String("kamerleden"))
        return listNodes(queries.kamerleden(), QStringLiteral("fractie"), inv.json);
    if (what == QLatin1String("documents")) {
        const QList<DocumentSummary> docs = queries.allDocuments();
        if (inv.json) {
            QJsonArray array;
            for (const DocumentSummary &d : docs)
                array.append(toJson(d));
            printJson(QJsonDocument(array));
        } else {
            for (const DocumentSummary &d : docs)
                printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                              .arg(d.datum, d.soort, d.nummer, d.titel, d.id));
        }
    }
    return kExitOk;
}

} // namespace

CommandSpec listCommand() {
    CommandSpec c;
    c.name = QStringLiteral("list");
    c.synopsis = QStringLiteral("commissies|dossiers|kamerleden|documents");
    c.summary = QT_TRANSLATE_NOOP("Cli", "browse the library");
    c.description = QT_TRANSLATE_NOOP(
        "Cli", "One line per commissie, dossier, Kamerlid or document, tab-separated.");
    c.minArguments = c.maxArguments = 1;
    c.run = runList;
    return c;
}

} // namespace overleg::cli
