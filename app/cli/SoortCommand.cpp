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
namespace {

QString soortNames() {
    QStringList kinds;
    for (DocumentKind kind : allDocumentKinds())
        kinds << soortOf(kind);
    return kinds.join(QStringLiteral(", "));
}

int runSoort(const Invocation &inv) {
    if (inv.args.size() == 2 && inv.args.at(1) != QLatin1String("auto") &&
        kindFromSoort(inv.args.at(1)) == DocumentKind::Other)
        return inv.usageError(
            Cli::tr("unknown soort '%1'; SOORT is one of: %2").arg(inv.args.at(1), soortNames()));
    auto library = Library::open(inv.dataDir);
    if (!library)
        return fail(library.error());
    Library &lib = *library.value();
    const QString argument = inv.args.at(0);
    const QString documentId = lib.queries().resolveDocument(argument);
    if (documentId.isEmpty())
        return fail(Cli::tr("%1: no such document in the library.").arg(argument));

    NotesBackend &notes = lib.notes();
    if (inv.args.size() == 2) {
        QString chosen = inv.args.at(1);
        if (chosen == QLatin1String("auto")) {
            chosen.clear();
        } else {
            chosen = soortOf(kindFromSoort(chosen));
        }
        if (const auto added = notes.addCorrection(documentId, Correction::soort(chosen)); !added)
            return fail(added.error());
    }

    const QString chosen = chosenSoort(notes.corrections(documentId));
    const auto details = lib.queries().details(documentId, lib.dataDirectory().root());
    const QString metadata = details ? details->summary.soort : QString();
    const QString path = lib.files().pathFor(documentId);
    QString recognised;
    const char *source = ""; // English in the JSON, translated for people
    if (!chosen.isEmpty()) {
        recognised = chosen;
        source = QT_TRANSLATE_NOOP("Cli", "chosen by the user");
    } else if (kindFromSoort(metadata) != DocumentKind::Other) {
        recognised = soortOf(kindFromSoort(metadata));
        source = QT_TRANSLATE_NOOP("Cli", "the Kamer's metadata");
    } else if (!path.isEmpty()) {
        if (const auto text = extractTextFromFile(path)) {
            const DocumentKind kind = userExtraction(notes, text.value(), documentId, {}).kind;
            recognised = kind == DocumentKind::Other ? QString() : soortOf(kind);
            source = QT_TRANSLATE_NOOP("Cli", "the document's head");
        }
    }
    if (inv.json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("document"), documentId},
                                            {QStringLiteral("soort"), recognised},
                                            {QStringLiteral("source"), QString::fromLatin1(source)},
                                            {QStringLiteral("chosen"), !chosen.isEmpty()}}));
    } else if (recognised.isEmpty()) {
        printLine(Cli::tr("%1: kind not recognised").arg(argument));
    } else {
        printLine(QStringLiteral("%1: %2 (%3)").arg(argument, recognised, Cli::tr(source)));
    }
    return kExitOk;
}

} // namespace

CommandSpec soortCommand() {
    CommandSpec c;
    c.name = QStringLiteral("soort");
    c.synopsis = QStringLiteral("DOC [SOORT|auto]");
    c.summary = QT_TRANSLATE_NOOP("Cli", "the kind DOC is read as; set or reset it");
    c.description = QT_TRANSLATE_NOOP(
        "Cli", "With SOORT, the user's correction (kept with the notes); with auto, the "
               "document's metadata and head decide again.");
    c.minArguments = 1;
    c.maxArguments = 2;
    c.run = runSoort;
    return c;
}

} // namespace overleg::cli
