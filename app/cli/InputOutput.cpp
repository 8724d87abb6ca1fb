#include "InputOutput.h"

#include "CliOutput.h"
#include "Commands.h"

#include "document/DocumentLimits.h"
#include "document/TextExtractor.h"
#include "export/SaveFile.h"

#include <QFile>

#include <cstdio>

namespace overleg::cli {

bool isStdio(const QString &argument) {
    return argument == QLatin1String("-");
}

namespace {

Result<QByteArray> readStdin() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Result<QByteArray>::failure(Cli::tr("cannot read stdin."));
    // One byte more than a document may have, to tell "too large" from "just fits".
    QByteArray bytes = in.read(kMaxDocumentSize + 1);
    if (bytes.size() > kMaxDocumentSize)
        return Result<QByteArray>::failure(
            Cli::tr("stdin: more than %1 MB; a document is at most that large.")
                .arg(kMaxDocumentSize / (1024 * 1024)));
    return bytes;
}

} // namespace

Result<QByteArray> readInput(const QString &argument, const QString &dataDir) {
    if (isStdio(argument))
        return readStdin();
    QString error;
    const QString path = resolveFileArgument(argument, dataDir, &error);
    if (path.isEmpty())
        return Result<QByteArray>::failure(error);
    QFile file(path);
    if (file.size() > kMaxDocumentSize || !file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(Cli::tr("%1: cannot read the file.").arg(argument));
    return file.readAll();
}

Result<DocumentText> readInputText(const QString &argument, const QString &dataDir) {
    Result<DocumentText> text = Result<DocumentText>::failure(QString());
    if (isStdio(argument)) {
        const auto bytes = readStdin();
        if (!bytes)
            return Result<DocumentText>::failure(bytes.error());
        text = extractText(bytes.value());
    } else {
        QString error;
        const QString path = resolveFileArgument(argument, dataDir, &error);
        if (path.isEmpty())
            return Result<DocumentText>::failure(error);
        text = extractTextFromFile(path);
    }
    if (!text)
        return Result<DocumentText>::failure(QStringLiteral("%1: %2").arg(argument, text.error()));
    return text;
}

Status writeOutput(const QString &out, const QByteArray &bytes) {
    if (!isStdio(out))
        return saveAtomically(out, bytes);
    if (!printBytes(bytes))
        return Status::failure(Cli::tr("cannot write to stdout."));
    return success();
}

} // namespace overleg::cli
