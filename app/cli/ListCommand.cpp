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
        printLine(QStringLiteral("%1%2\t%3 documenten\t%4")
                      .arg(n.label, detail)
                      .arg(n.documents)
                      .arg(n.id));
    }
    return kExitOk;
}

} // namespace

int runList(const Invocation &inv) {
    if (inv.args.size() != 1)
        return fail(QStringLiteral(
            "usage: overleg-cli list commissies|dossiers|kamerleden|documents [--json]"));
    auto library = Library::open(inv.dataDir);
    if (!library)
        return fail(library.error());
    const LibraryQueries &queries = library.value()->queries();
    const QString what = inv.args.constFirst();

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
        return kExitOk;
    }
    return fail(
        QStringLiteral("cannot list '%1': choose commissies, dossiers, kamerleden or documents.")
            .arg(what));
}

} // namespace overleg::cli
