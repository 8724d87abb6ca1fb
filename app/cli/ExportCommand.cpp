#include "CliOutput.h"
#include "Commands.h"
#include "InputOutput.h"

#include "export/NotesBundle.h"
#include "export/PdfReport.h"
#include "export/ReportBuilder.h"
#include "export/TextReports.h"
#include "library/Library.h"
#include "store/LibraryQueries.h"
#include "store/NotesBackend.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

namespace overleg::cli {

namespace {

// The bundle of the notes in scope: the documents asked for (resolved to their ids), and of those
// only the annotations of the questions the tag, status or fractie filter keeps (the same
// questions the report shows). Corrections travel with their document, links with either end,
// tags with an annotation that uses them; what is followed is the user's, not the bundle's.
Result<QJsonDocument> scopedBundle(Library &library, ReportScope scope) {
    QJsonObject root = NotesBundle::build(library).object();
    if (scope.documentIds.isEmpty() && !scope.isFiltered())
        return QJsonDocument(root);
    QSet<QString> documents, questions;
    for (QString &reference : scope.documentIds) {
        const QString id = library.queries().resolveDocument(reference);
        if (id.isEmpty())
            return Result<QJsonDocument>::failure(
                Cli::tr("%1: no such document in the library.").arg(reference));
        documents.insert(id);
        reference = id;
    }
    if (scope.isFiltered()) {
        const auto report = ReportBuilder::build(library, scope);
        if (!report)
            return Result<QJsonDocument>::failure(report.error());
        for (const ReportDocument &d : report->documents)
            for (const ReportQuestion &q : d.questions)
                questions.insert(q.id);
    }
    QJsonArray keptDocuments;
    QSet<QString> keptIds, usedTags;
    for (const QJsonValue &value : root.value(QStringLiteral("documents")).toArray()) {
        QJsonObject doc = value.toObject();
        const QString id = doc.value(QStringLiteral("id")).toString();
        if (!documents.isEmpty() && !documents.contains(id))
            continue;
        QJsonArray annotations;
        for (const QJsonValue &a : doc.value(QStringLiteral("annotations")).toArray()) {
            if (scope.isFiltered() &&
                !questions.contains(a.toObject().value(QStringLiteral("question_id")).toString()))
                continue;
            annotations.append(a);
            for (const QJsonValue &tag : a.toObject().value(QStringLiteral("tags")).toArray())
                usedTags.insert(tag.toString());
        }
        if (scope.isFiltered() && annotations.isEmpty())
            continue;
        doc.insert(QStringLiteral("annotations"), annotations);
        keptDocuments.append(doc);
        keptIds.insert(id);
    }
    QJsonArray tags, links;
    for (const QJsonValue &tag : root.value(QStringLiteral("tags")).toArray()) {
        if (usedTags.contains(tag.toObject().value(QStringLiteral("name")).toString()))
            tags.append(tag);
    }
    for (const QJsonValue &link : root.value(QStringLiteral("links")).toArray()) {
        const QJsonObject l = link.toObject();
        if (keptIds.contains(l.value(QStringLiteral("question_document")).toString()) ||
            keptIds.contains(l.value(QStringLiteral("answer_document")).toString()))
            links.append(link);
    }
    root.insert(QStringLiteral("documents"), keptDocuments);
    root.insert(QStringLiteral("tags"), tags);
    root.insert(QStringLiteral("links"), links);
    root.insert(QStringLiteral("follows"), QJsonArray());
    return QJsonDocument(root);
}

// The PDF writer writes a file: for stdout it writes one in a temporary directory first.
Status writePdf(const Report &report, const ReportLabels &labels, const QString &out) {
    if (!isStdio(out))
        return PdfReport::write(report, labels, out);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    if (const Status written = PdfReport::write(report, labels, path); !written)
        return written;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Cli::tr("cannot read %1.").arg(path));
    return writeOutput(out, file.readAll());
}

// overleg-cli export: the notes report (pdf, md, csv) of one or more documents or of everything
// with notes, filtered by tag, status or fractie; or (json) the lossless bundle of the notes in
// the same scope, to import elsewhere with import-notes.
int runExport(const Invocation &inv) {
    const QString format = inv.value(QStringLiteral("format")).toLower();
    const QString out = inv.value(QStringLiteral("out"));
    const QString language = inv.value(QStringLiteral("lang"), QStringLiteral("nl"));
    ReportScope scope;
    scope.documentIds = inv.values(QStringLiteral("document"));
    scope.tag = inv.value(QStringLiteral("tag"));
    scope.status = inv.value(QStringLiteral("status"));
    scope.fractie = inv.value(QStringLiteral("fractie"));
    static const QStringList formats = {QStringLiteral("pdf"), QStringLiteral("md"),
                                        QStringLiteral("csv"), QStringLiteral("json")};
    if (!formats.contains(format))
        return inv.usageError(Cli::tr("--format takes pdf, md, csv or json."));
    if (out.isEmpty())
        return inv.usageError(Cli::tr("--out is required: a file, or '-' for stdout."));
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        return inv.usageError(Cli::tr("--lang takes nl or en."));
    if (!scope.status.isEmpty() && !NotesBackend::statuses().contains(scope.status))
        return inv.usageError(
            Cli::tr("unknown status '%1': use %2.")
                .arg(scope.status, NotesBackend::statuses().join(QStringLiteral(", "))));

    auto opened = Library::open(inv.dataDir);
    if (!opened)
        return fail(opened.error());
    Library &library = *opened.value();

    if (format == QLatin1String("json")) {
        const auto bundle = scopedBundle(library, scope);
        if (!bundle)
            return fail(bundle.error());
        if (const Status saved = writeOutput(out, bundle->toJson(QJsonDocument::Indented)); !saved)
            return fail(saved.error());
        const int count = int(bundle->object().value(QStringLiteral("documents")).toArray().size());
        if (!isStdio(out))
            printVerbose(Cli::tr("wrote %1: notes of %n document(s)", nullptr, count).arg(out));
        return kExitOk;
    }

    const auto report = ReportBuilder::build(library, scope);
    if (!report)
        return fail(report.error());
    const ReportLabels labels = ReportLabels::forLanguage(language);
    Status written = success();
    if (format == QLatin1String("pdf"))
        written = writePdf(report.value(), labels, out);
    else if (format == QLatin1String("md"))
        written = writeOutput(out, TextReports::markdown(report.value(), labels).toUtf8());
    else
        written = writeOutput(out, TextReports::csv(report.value(), labels));
    if (!written)
        return fail(written.error());
    if (inv.json && !isStdio(out))
        printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("file"), out},
                                      {QStringLiteral("documents"), int(report->documents.size())},
                                      {QStringLiteral("questions"), report->questionCount()}}));
    else if (!isStdio(out))
        printVerbose(Cli::tr("wrote %1: %2, %3")
                         .arg(out,
                              Cli::tr("%n document(s)", nullptr, int(report->documents.size())),
                              Cli::tr("%n question(s)", nullptr, report->questionCount())));
    return kExitOk;
}

// overleg-cli import-notes FILE: merges a JSON bundle into this library's notes.
int runImportNotes(const Invocation &inv) {
    const QString argument = inv.args.constFirst();
    QByteArray bytes;
    if (isStdio(argument)) {
        const auto read = readInput(argument, inv.dataDir);
        if (!read)
            return fail(read.error());
        bytes = read.value();
    } else {
        QFile file(argument);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Cli::tr("cannot read %1: %2").arg(argument, file.errorString()));
        bytes = file.readAll();
    }
    auto opened = Library::open(inv.dataDir);
    if (!opened)
        return fail(opened.error());
    const auto imported = NotesBundle::import(*opened.value(), bytes);
    if (!imported)
        return fail(imported.error());
    const auto &s = imported.value();
    if (inv.json)
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("tags"), s.tags},
            {QStringLiteral("annotations"), s.annotations},
            {QStringLiteral("kept"), s.kept},
            {QStringLiteral("corrections"), s.corrections},
            {QStringLiteral("links"), s.links},
            {QStringLiteral("follows"), s.follows},
            {QStringLiteral("unknown_documents"), s.unknownDocuments},
            {QStringLiteral("unknown_document_annotations"), s.unknownDocumentAnnotations},
            {QStringLiteral("backup"), s.backup}}));
    else
        printLine(Cli::tr("imported %1, %2, %3, %4, %5; %6. Backup: %7")
                      .arg(Cli::tr("%n annotation(s)", nullptr, s.annotations),
                           Cli::tr("%n new tag(s)", nullptr, s.tags),
                           Cli::tr("%n correction(s)", nullptr, s.corrections),
                           Cli::tr("%n link(s)", nullptr, s.links),
                           Cli::tr("%n follow(s)", nullptr, s.follows),
                           Cli::tr("%n newer here kept", nullptr, s.kept), s.backup));
    if (s.unknownDocuments > 0)
        printError(Cli::tr("%n annotation(s) are for documents this library does not have "
                           "(%1); they are kept and show when those documents are added.",
                           nullptr, s.unknownDocumentAnnotations)
                       .arg(Cli::tr("%n document(s)", nullptr, s.unknownDocuments)));
    return kExitOk;
}

} // namespace

CommandSpec exportCommand() {
    CommandSpec c;
    c.name = QStringLiteral("export");
    c.summary = QT_TRANSLATE_NOOP("Cli", "the notes report, or the notes as a bundle");
    c.description = QT_TRANSLATE_NOOP(
        "Cli", "pdf, md and csv: the report of the documents with notes (or those given), "
               "filtered by tag, status or fractie. json: the notes themselves in the same scope, "
               "a bundle that import-notes merges into another library.");
    c.options = {{QStringLiteral("format"), QStringLiteral("pdf|md|csv|json"),
                  QT_TRANSLATE_NOOP("Cli", "what to write (required)")},
                 {QStringLiteral("out"), QStringLiteral("FILE"),
                  QT_TRANSLATE_NOOP("Cli", "where to write it (required); '-' is stdout")},
                 {QStringLiteral("document"), QStringLiteral("DOC"),
                  QT_TRANSLATE_NOOP("Cli", "only this document (number, KOOP id or id)"), true},
                 {QStringLiteral("tag"), QStringLiteral("T"),
                  QT_TRANSLATE_NOOP("Cli", "only questions with this tag")},
                 {QStringLiteral("status"), QStringLiteral("S"),
                  QT_TRANSLATE_NOOP("Cli", "only questions with this status")},
                 {QStringLiteral("fractie"), QStringLiteral("F"),
                  QT_TRANSLATE_NOOP("Cli", "only questions of this fractie")},
                 {QStringLiteral("lang"), QStringLiteral("nl|en"),
                  QT_TRANSLATE_NOOP("Cli", "the language of the report (default nl)")}};
    c.maxArguments = 0;
    c.run = runExport;
    return c;
}

CommandSpec importNotesCommand() {
    CommandSpec c;
    c.name = QStringLiteral("import-notes");
    c.synopsis = QStringLiteral("FILE");
    c.summary = QT_TRANSLATE_NOOP("Cli", "merge a notes bundle into this library");
    c.description = QT_TRANSLATE_NOOP(
        "Cli", "FILE is a bundle written by export --format json ('-' reads stdin). The notes are "
               "backed up first; an annotation newer here is kept.");
    c.minArguments = c.maxArguments = 1;
    c.run = runImportNotes;
    return c;
}

} // namespace overleg::cli
