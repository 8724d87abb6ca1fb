#include "CliOutput.h"
#include "Commands.h"
#include "InputOutput.h"
#include "TextOutput.h"

#include "library/FileStore.h"
#include "library/Library.h"
#include "store/LibraryQueries.h"

#include <QFileInfo>

namespace overleg::cli {

QString resolveFileArgument(const QString &argument, const QString &dataDir, QString *error) {
    const QFileInfo info(argument);
    if (info.isFile())
        return argument;
    if (isStdio(argument)) {
        *error = Cli::tr("'-' (stdin) is not read here.");
        return {};
    }
    if (info.exists() && !info.isDir()) {
        // A FIFO, a device or a socket: reading it could block for ever or never end.
        *error = Cli::tr("%1: not a regular file; overleg-cli reads files only.").arg(argument);
        return {};
    }
    auto library = Library::open(dataDir);
    if (!library) {
        *error = library.error();
        return {};
    }
    const QString id = library.value()->queries().resolveDocument(argument);
    if (id.isEmpty()) {
        *error = Cli::tr("%1: no such file, nor a document in the library.").arg(argument);
        return {};
    }
    const QString path = library.value()->files().pathFor(id);
    if (path.isEmpty())
        *error = Cli::tr("%1: the library has no file for this document yet.").arg(argument);
    return path;
}

namespace {

int runText(const Invocation &inv) {
    const auto text = readInputText(inv.args.constFirst(), inv.dataDir);
    if (!text)
        return fail(text.error());
    return printDocumentText(inv.args.constFirst(), text.value(), inv.json);
}

} // namespace

CommandSpec textCommand() {
    CommandSpec c;
    c.name = QStringLiteral("text");
    c.synopsis = QStringLiteral("FILE|DOC");
    c.summary = QT_TRANSLATE_NOOP("Cli", "plain text of a document");
    c.description = QT_TRANSLATE_NOOP(
        "Cli", "FILE is a PDF, Word, ODT, HTML or text file, '-' for stdin, or a document of the "
               "library (its number, KOOP id or id). Pages are separated by form feeds.");
    c.minArguments = c.maxArguments = 1;
    c.run = runText;
    return c;
}

} // namespace overleg::cli
