#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace overleg {

// Writes the bytes to path whole or not at all (QSaveFile: a temporary file renamed on commit),
// with a message that names the file and the reason (no permission, disk full).
Status saveAtomically(const QString &path, const QByteArray &bytes);

} // namespace overleg
