#include "CliOutput.h"
#include "Commands.h"

#include "document/TextExtractor.h"
#include "library/DocumentQuestions.h"
#include "library/FileStore.h"
#include "library/Library.h"
#include "questions/QuestionExtractor.h"
#include "store/LibraryQueries.h"
#include "store/NotesBackend.h"

#include <QJsonArray>
#include <QJsonObject>

namespace overleg::cli {

// overleg-cli annotate DOC N [--status S] [--tag T]... [--note TEXT]: what a user sets in the
// question panel, for scripts. DOC is a document of the library; N the unit's number.
int runAnnotate(const Invocation &inv) {
    const QString usage =
        QStringLiteral("usage: overleg-cli annotate DOC N [--status S] [--tag T]... [--note TEXT]");
    QStringList positional, tags;
    QString status, note;
    bool hasNote = false;
    for (qsizetype i = 0; i < inv.args.size(); ++i) {
        const QString &arg = inv.args.at(i);
        const bool hasValue = i + 1 < inv.args.size();
        if (arg == QLatin1String("--status") && hasValue)
            status = inv.args.at(++i);
        else if (arg == QLatin1String("--tag") && hasValue)
            tags << inv.args.at(++i);
        else if (arg == QLatin1String("--note") && hasValue) {
            note = inv.args.at(++i);
            hasNote = true;
        } else if (!arg.startsWith(QLatin1String("--")))
            positional << arg;
        else
            return fail(usage);
    }
    bool numberOk = false;
    const int n = positional.value(1).toInt(&numberOk);
    if (positional.size() != 2 || !numberOk)
        return fail(usage);
    if (!status.isEmpty() && !NotesBackend::statuses().contains(status))
        return fail(QStringLiteral("unknown status '%1': use %2.")
                        .arg(status, NotesBackend::statuses().join(QStringLiteral(", "))));

    auto library = Library::open(inv.dataDir);
    if (!library)
        return fail(library.error());
    Library &lib = *library.value();
    const QString documentId = lib.queries().resolveDocument(positional.at(0));
    if (documentId.isEmpty())
        return fail(QStringLiteral("%1: no such document in the library.").arg(positional.at(0)));
    const QString path = lib.files().pathFor(documentId);
    if (path.isEmpty())
        return fail(QStringLiteral("%1: the library has no file for this document yet.")
                        .arg(positional.at(0)));
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
        return fail(QStringLiteral("%1 has no question %2 (it has %3).")
                        .arg(positional.at(0))
                        .arg(n)
                        .arg(extraction.questions.size()));

    NotesBackend &notes = lib.notes();
    if (const Status ok = notes.annotate(documentId, unit->id, unit->text, status, tags,
                                         hasNote ? std::optional<QString>(note) : std::nullopt);
        !ok)
        return fail(ok.error());

    const auto saved = notes.annotation(unit->id);
    const Annotation a = saved.value_or(Annotation{});
    if (inv.json) {
        printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("document"), documentId},
                        {QStringLiteral("n"), n},
                        {QStringLiteral("id"), unit->id},
                        {QStringLiteral("status"), saved ? a.status : QStringLiteral("open")},
                        {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                        {QStringLiteral("note"), a.note}}));
    } else {
        printLine(QStringLiteral("%1 question %2: %3%4%5")
                      .arg(positional.at(0))
                      .arg(n)
                      .arg(saved ? a.status : QStringLiteral("open"))
                      .arg(a.tags.isEmpty()
                               ? QString()
                               : QStringLiteral(" [") + a.tags.join(QStringLiteral(", ")) + u']')
                      .arg(a.note.isEmpty() ? QString() : QStringLiteral(" — ") + a.note));
    }
    return kExitOk;
}

} // namespace overleg::cli
