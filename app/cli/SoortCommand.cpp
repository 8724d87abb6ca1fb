#include "CliOutput.h"
#include "Commands.h"

#include "document/TextExtractor.h"
#include "library/DocumentQuestions.h"
#include "library/FileStore.h"
#include "library/Library.h"
#include "questions/Corrections.h"
#include "store/LibraryQueries.h"
#include "store/NotesBackend.h"

#include <QJsonObject>

namespace overleg::cli {

// overleg-cli soort DOC [SOORT|auto]: what kind of document DOC is read as, and where that
// comes from; with SOORT, the user's correction (kept with the notes, like every other); with
// "auto", the document's metadata and head decide again.
int runSoort(const Invocation &inv) {
    QStringList kinds;
    for (DocumentKind kind : allDocumentKinds())
        kinds << soortOf(kind);
    const QString usage = QStringLiteral("usage: overleg-cli soort DOC [SOORT|auto]; SOORT is one "
                                         "of: %1")
                              .arg(kinds.join(QStringLiteral(", ")));
    if (inv.args.isEmpty() || inv.args.size() > 2)
        return fail(usage);
    auto library = Library::open(inv.dataDir);
    if (!library)
        return fail(library.error());
    Library &lib = *library.value();
    const QString argument = inv.args.at(0);
    const QString documentId = lib.queries().resolveDocument(argument);
    if (documentId.isEmpty())
        return fail(QStringLiteral("%1: no such document in the library.").arg(argument));

    NotesBackend &notes = lib.notes();
    if (inv.args.size() == 2) {
        QString chosen = inv.args.at(1);
        if (chosen == QLatin1String("auto")) {
            chosen.clear();
        } else {
            const DocumentKind kind = kindFromSoort(chosen);
            if (kind == DocumentKind::Other)
                return fail(QStringLiteral("unknown soort '%1'. %2").arg(chosen, usage));
            chosen = soortOf(kind);
        }
        if (const auto added = notes.addCorrection(documentId, Correction::soort(chosen)); !added)
            return fail(added.error());
    }

    const QString chosen = chosenSoort(notes.corrections(documentId));
    const auto details = lib.queries().details(documentId, lib.dataDirectory().root());
    const QString metadata = details ? details->summary.soort : QString();
    const QString path = lib.files().pathFor(documentId);
    QString recognised;
    QString source;
    if (!chosen.isEmpty()) {
        recognised = chosen;
        source = QStringLiteral("chosen by the user");
    } else if (kindFromSoort(metadata) != DocumentKind::Other) {
        recognised = soortOf(kindFromSoort(metadata));
        source = QStringLiteral("the Kamer's metadata");
    } else if (!path.isEmpty()) {
        if (const auto text = extractTextFromFile(path)) {
            const DocumentKind kind = userExtraction(notes, text.value(), documentId, {}).kind;
            recognised = kind == DocumentKind::Other ? QString() : soortOf(kind);
            source = QStringLiteral("the document's head");
        }
    }
    if (inv.json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("document"), documentId},
                                            {QStringLiteral("soort"), recognised},
                                            {QStringLiteral("source"), source},
                                            {QStringLiteral("chosen"), !chosen.isEmpty()}}));
    } else if (recognised.isEmpty()) {
        printLine(QStringLiteral("%1: kind not recognised").arg(argument));
    } else {
        printLine(QStringLiteral("%1: %2 (%3)").arg(argument, recognised, source));
    }
    return kExitOk;
}

} // namespace overleg::cli
