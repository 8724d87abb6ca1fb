#pragma once

#include "core/Result.h"
#include "document/DocumentText.h"

#include <QByteArray>
#include <QString>

namespace overleg::cli {

// Where a command reads a FILE or writes an --out FILE, "-" is stdin or stdout.
bool isStdio(const QString &argument);

// The bytes of a FILE argument: "-" (stdin), a file, or a document of the library.
Result<QByteArray> readInput(const QString &argument, const QString &dataDir);
// The text model of the same.
Result<DocumentText> readInputText(const QString &argument, const QString &dataDir);

// Writes bytes to the file out (atomically: a reader never sees half of it) or, for "-", to
// stdout.
Status writeOutput(const QString &out, const QByteArray &bytes);

} // namespace overleg::cli
