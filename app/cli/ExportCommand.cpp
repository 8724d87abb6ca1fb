#include "CliOutput.h"
#include "Commands.h"

#include "export/NotesBundle.h"
#include "export/PdfReport.h"
#include "export/ReportBuilder.h"
#include "export/SaveFile.h"
#include "export/TextReports.h"
#include "library/Library.h"
#include "store/NotesBackend.h"

#include <QFile>
#include <QJsonObject>

namespace overleg::cli {

// overleg-cli export: the notes report (pdf, md, csv) of one or more documents or of everything
// with notes, filtered by tag, status or fractie; or (json) the lossless bundle of all notes.
int runExport(const Invocation &inv) {
    const QString usage = QStringLiteral(
        "usage: overleg-cli export --format pdf|md|csv|json --out FILE [--document DOC]... "
        "[--tag T] [--status S] [--fractie F] [--lang nl|en]");
    QString format, out, language = QStringLiteral("nl");
    ReportScope scope;
    for (qsizetype i = 0; i < inv.args.size(); ++i) {
        const QString &arg = inv.args.at(i);
        const bool hasValue = i + 1 < inv.args.size();
        if (arg == QLatin1String("--format") && hasValue)
            format = inv.args.at(++i).toLower();
        else if (arg == QLatin1String("--out") && hasValue)
            out = inv.args.at(++i);
        else if (arg == QLatin1String("--document") && hasValue)
            scope.documentIds << inv.args.at(++i);
        else if (arg == QLatin1String("--tag") && hasValue)
            scope.tag = inv.args.at(++i);
        else if (arg == QLatin1String("--status") && hasValue)
            scope.status = inv.args.at(++i);
        else if (arg == QLatin1String("--fractie") && hasValue)
            scope.fractie = inv.args.at(++i);
        else if (arg == QLatin1String("--lang") && hasValue)
            language = inv.args.at(++i);
        else
            return fail(usage);
    }
    static const QStringList formats = {QStringLiteral("pdf"), QStringLiteral("md"),
                                        QStringLiteral("csv"), QStringLiteral("json")};
    if (!formats.contains(format) || out.isEmpty())
        return fail(usage);
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        return fail(QStringLiteral("--lang takes nl or en."));
    if (!scope.status.isEmpty() && !NotesBackend::statuses().contains(scope.status))
        return fail(QStringLiteral("unknown status '%1': use %2.")
                        .arg(scope.status, NotesBackend::statuses().join(QStringLiteral(", "))));

    auto opened = Library::open(inv.dataDir);
    if (!opened)
        return fail(opened.error());
    Library &library = *opened.value();

    if (format == QLatin1String("json")) {
        if (!scope.documentIds.isEmpty() || scope.isFiltered())
            return fail(QStringLiteral("the json bundle holds all notes; it takes no --document, "
                                       "--tag, --status or --fractie."));
        if (const Status saved = saveAtomically(out, NotesBundle::serialize(library)); !saved)
            return fail(saved.error());
        if (!inv.json)
            printLine(QStringLiteral("wrote %1").arg(out));
        return kExitOk;
    }

    const auto report = ReportBuilder::build(library, scope);
    if (!report)
        return fail(report.error());
    const ReportLabels labels = ReportLabels::forLanguage(language);
    Status written = success();
    if (format == QLatin1String("pdf"))
        written = PdfReport::write(report.value(), labels, out);
    else if (format == QLatin1String("md"))
        written = saveAtomically(out, TextReports::markdown(report.value(), labels).toUtf8());
    else
        written = saveAtomically(out, TextReports::csv(report.value(), labels));
    if (!written)
        return fail(written.error());
    if (inv.json)
        printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("file"), out},
                                      {QStringLiteral("documents"), int(report->documents.size())},
                                      {QStringLiteral("questions"), report->questionCount()}}));
    else
        printLine(QStringLiteral("wrote %1: %2 document(s), %3 question(s)")
                      .arg(out)
                      .arg(report->documents.size())
                      .arg(report->questionCount()));
    return kExitOk;
}

// overleg-cli import-notes FILE: merges a JSON bundle into this library's notes.
int runImportNotes(const Invocation &inv) {
    if (inv.args.size() != 1)
        return fail(QStringLiteral("usage: overleg-cli import-notes FILE"));
    QFile file(inv.args.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(inv.args.first(), file.errorString()));
    auto opened = Library::open(inv.dataDir);
    if (!opened)
        return fail(opened.error());
    const auto imported = NotesBundle::import(*opened.value(), file.readAll());
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
        printLine(QStringLiteral("imported %1 annotation(s), %2 new tag(s), %3 correction(s), %4 "
                                 "link(s), %5 follow(s); %6 newer here kept. Backup: %7")
                      .arg(s.annotations)
                      .arg(s.tags)
                      .arg(s.corrections)
                      .arg(s.links)
                      .arg(s.follows)
                      .arg(s.kept)
                      .arg(s.backup));
    if (s.unknownDocuments > 0)
        printError(QStringLiteral("%1 annotation(s) are for %2 document(s) this library does not "
                                  "have; they are kept and show when those documents are added.")
                       .arg(s.unknownDocumentAnnotations)
                       .arg(s.unknownDocuments));
    return kExitOk;
}

} // namespace overleg::cli
