#include "CliOutput.h"
#include "Commands.h"

#include "document/TextExtractor.h"
#include "library/FileStore.h"
#include "library/Library.h"
#include "store/LibraryQueries.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace overleg::cli {

QString resolveFileArgument(const QString &argument, const QString &dataDir, QString *error) {
    if (QFileInfo(argument).isFile())
        return argument;
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
    const auto text = extractTextFromFile(path);
    if (!text)
        return fail(QStringLiteral("%1: %2").arg(inv.args.constFirst(), text.error()));
    if (!text->warning.isEmpty())
        printError(QStringLiteral("overleg-cli: ") + text->warning);
    if (inv.json) {
        QJsonArray pages;
        for (const QString &page : text->pages)
            pages.append(page);
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), inv.args.constFirst()},
                                            {QStringLiteral("type"), displayNameOf(text->type)},
                                            {QStringLiteral("pages"), pages}}));
        return kExitOk;
    }
    const QByteArray bytes = text->plainText().toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return kExitOk;
}

} // namespace overleg::cli
