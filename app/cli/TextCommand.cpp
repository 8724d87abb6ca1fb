#include "CliOutput.h"
#include "Commands.h"
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
    if (info.exists() && !info.isDir()) {
        // A FIFO, a device or a socket: reading it could block for ever or never end.
        *error =
            QStringLiteral("%1: not a regular file; overleg-cli reads files only.").arg(argument);
        return {};
    }
    auto library = Library::open(dataDir);
    if (!library) {
        *error = library.error();
        return {};
    }
    const QString id = library.value()->queries().resolveDocument(argument);
    if (id.isEmpty()) {
        *error = QStringLiteral("%1: no such file, nor a document in the library.").arg(argument);
        return {};
    }
    const QString path = library.value()->files().pathFor(id);
    if (path.isEmpty())
        *error = QStringLiteral("%1: the library has no file for this document yet.").arg(argument);
    return path;
}

int runText(const Invocation &inv) {
    if (inv.args.size() != 1)
        return fail(QStringLiteral("usage: overleg-cli text FILE|DOC"));
    QString error;
    const QString path = resolveFileArgument(inv.args.constFirst(), inv.dataDir, &error);
    if (path.isEmpty())
        return fail(error);
    return printDocumentText(inv.args.constFirst(), path, inv.json);
}

} // namespace overleg::cli
