#include "CliOutput.h"
#include "Commands.h"

#include "document/TextExtractor.h"
#include "library/DocumentQuestions.h"
#include "library/FileStore.h"
#include "library/Library.h"
#include "questions/QuestionExtractor.h"
#include "questions/QuestionStatus.h"
#include "store/LibraryQueries.h"
#include "store/NotesBackend.h"

#include <QJsonArray>
#include <QJsonObject>

namespace overleg::cli {

// overleg-cli annotate DOC N [--status S] [--tag T]... [--note TEXT]: what a user sets in the
// question panel, for scripts. DOC is a document of the library; N the unit's number.
namespace {

int runAnnotate(const Invocation &inv) {
    const QStringList &positional = inv.args;
    const QString status = inv.value(QStringLiteral("status"));
    const QStringList tags = inv.values(QStringLiteral("tag"));
    const bool hasNote = inv.isSet(QStringLiteral("note"));
    const QString note = inv.value(QStringLiteral("note"));
    bool numberOk = false;
    const int n = positional.at(1).toInt(&numberOk);
    if (!numberOk)
        return inv.usageError(
            Cli::tr("N is the number of a question, not '%1'.").arg(positional.at(1)));
    if (!status.isEmpty() && !NotesBackend::statuses().contains(status))
        return inv.usageError(
            Cli::tr("unknown status '%1': use %2.")
                .arg(status, NotesBackend::statuses().join(QStringLiteral(", "))));

    auto library = Library::open(inv.dataDir);
    if (!library)
        return fail(library.error());
    Library &lib = *library.value();
    const QString documentId = lib.queries().resolveDocument(positional.at(0));
    if (documentId.isEmpty())
        return fail(Cli::tr("%1: no such document in the library.").arg(positional.at(0)));
    const QString path = lib.files().pathFor(documentId);
    if (path.isEmpty())
        return fail(
            Cli::tr("%1: the library has no file for this document yet.").arg(positional.at(0)));
    const auto text = extractTextFromFile(path);
    if (!text)
        return fail(QStringLiteral("%1: %2").arg(positional.at(0), text.error()));
    const auto details = lib.queries().details(documentId, lib.dataDirectory().root());
    // The units as the panel numbers them: with the user's soort and corrections.
    const QuestionExtraction extraction = userExtraction(
        lib.notes(), text.value(), documentId, details ? details->summary.soort : QString());
    const QuestionUnit *unit = nullptr;
    for (const QuestionUnit &q : extraction.questions) {
        if (q.n == n)
            unit = &q;
    }
    if (!unit)
        return fail(Cli::tr("%1 has no question %2 (it has %3).")
                        .arg(positional.at(0))
                        .arg(n)
                        .arg(Cli::tr("%n question(s)", nullptr, int(extraction.questions.size()))));

    NotesBackend &notes = lib.notes();
    if (const Status ok = notes.annotate(documentId, unit->id, unit->text, status, tags,
                                         hasNote ? std::optional<QString>(note) : std::nullopt);
        !ok)
        return fail(ok.error());

    const auto saved = notes.annotation(unit->id);
    const Annotation a = saved.value_or(Annotation{});
    if (inv.json) {
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("document"), documentId},
            {QStringLiteral("n"), n},
            {QStringLiteral("id"), unit->id},
            {QStringLiteral("status"), saved ? a.status : toStored(QuestionStatus::Open)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
            {QStringLiteral("note"), a.note}}));
    } else {
        printLine(Cli::tr("%1 question %2: %3%4%5")
                      .arg(positional.at(0))
                      .arg(n)
                      .arg(saved ? a.status : toStored(QuestionStatus::Open))
                      .arg(a.tags.isEmpty()
                               ? QString()
                               : QStringLiteral(" [") + a.tags.join(QStringLiteral(", ")) + u']')
                      .arg(a.note.isEmpty() ? QString() : QStringLiteral(" — ") + a.note));
    }
    return kExitOk;
}

} // namespace

CommandSpec annotateCommand() {
    CommandSpec c;
    c.name = QStringLiteral("annotate");
    c.synopsis = QStringLiteral("DOC N");
    c.summary = QT_TRANSLATE_NOOP("Cli", "set what the question panel sets");
    c.description = QT_TRANSLATE_NOOP(
        "Cli", "The status, tags and note of question N of DOC, a document of the library, "
               "numbered as the question panel numbers it. A note that starts with '-' is given "
               "as --note=TEXT.");
    c.options = {
        {QStringLiteral("status"), QStringLiteral("S"),
         QT_TRANSLATE_NOOP("Cli", "open, answered, partial, unanswered or not_applicable")},
        {QStringLiteral("tag"), QStringLiteral("T"), QT_TRANSLATE_NOOP("Cli", "add this tag"),
         true},
        {QStringLiteral("note"), QStringLiteral("TEXT"),
         QT_TRANSLATE_NOOP("Cli", "the note (replaces the one there; empty removes it)")}};
    c.minArguments = c.maxArguments = 2;
    c.run = runAnnotate;
    return c;
}

} // namespace overleg::cli
