#include "CliOutput.h"
#include "Commands.h"
#include "InputOutput.h"

#include "library/Importer.h"
#include "library/Library.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace overleg::cli {

namespace {

int runImport(const Invocation &inv) {
    auto library = Library::open(inv.dataDir);
    if (!library)
        return fail(library.error());
    Importer importer(library.value()->libraryDatabase(), library.value()->dataDirectory().root());

    // Every file is tried; one bad file does not stop the others, but the exit code tells.
    int failures = 0;
    QJsonArray results;
    QTemporaryDir stdinDir; // "-": what comes on stdin, as a file for the importer to copy
    for (const QString &path : inv.args) {
        QString file = path;
        if (isStdio(path)) {
            const auto bytes = readInput(path, inv.dataDir);
            file = stdinDir.filePath(QStringLiteral("stdin"));
            QFile out(file);
            if (!bytes || !out.open(QIODevice::WriteOnly) || out.write(bytes.value()) < 0) {
                ++failures;
                printError(QStringLiteral("overleg-cli: ") +
                           (bytes ? Cli::tr("cannot read stdin.") : bytes.error()));
                continue;
            }
            out.close();
        }
        const auto imported = importer.importFile(file);
        QJsonObject row{{QStringLiteral("file"), path}};
        if (!imported) {
            ++failures;
            printError(QStringLiteral("overleg-cli: ") + imported.error());
            row.insert(QStringLiteral("error"), imported.error());
        } else {
            row.insert(QStringLiteral("id"), imported->documentId);
            row.insert(QStringLiteral("title"), imported->title);
            row.insert(QStringLiteral("type"), displayNameOf(imported->type));
            row.insert(QStringLiteral("duplicate"), imported->duplicate);
            row.insert(QStringLiteral("linked"), imported->linked);
            row.insert(QStringLiteral("rendition"), imported->rendition);
            // The first column is a fixed word for scripts (not translated).
            const QString what = imported->duplicate ? QStringLiteral("already in library")
                                 : imported->linked  ? QStringLiteral("file of library document")
                                 : imported->rendition
                                     ? QStringLiteral("another format of library document")
                                     : QStringLiteral("imported");
            if (!inv.json)
                printLine(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(what, imported->documentId, path, imported->title));
            if (!imported->warning.isEmpty())
                printError(QStringLiteral("overleg-cli: %1: %2").arg(path, imported->warning));
        }
        results.append(row);
    }
    if (inv.json)
        printJson(QJsonDocument(results));
    return failures == 0 ? kExitOk : kExitUserError;
}

} // namespace

CommandSpec importCommand() {
    CommandSpec c;
    c.name = QStringLiteral("import");
    c.synopsis = QStringLiteral("FILE...");
    c.summary = QT_TRANSLATE_NOOP("Cli", "add files to the library");
    c.description = QT_TRANSLATE_NOOP(
        "Cli", "Every file is tried; the exit status is 1 when one of them was not imported. '-' "
               "imports what comes on stdin.");
    c.minArguments = 1;
    c.run = runImport;
    return c;
}

} // namespace overleg::cli
