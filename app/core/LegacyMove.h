#pragma once

#include "Result.h"

#include <QString>

namespace overleg {

// Moves the directory `from` to `to` so that an interruption at any moment loses nothing: a
// rename where the file system allows it (atomic), else a copy into `to`.moving, a marker naming
// `from` written into the copy, a rename of the copy to `to`, and only then the removal of
// `from`. Called again after an interruption, it finishes what was begun: a half copy is
// discarded and made again, a finished copy whose source is still there removes the source.
// When `to` already exists (and is not a finished move), nothing is moved.
struct LegacyMove {
    enum class Mode { RenameOrCopy, CopyOnly };
    // For tests: stop after copying this many files (as a killed process would), -1 never.
    static Status run(const QString &from, const QString &to, Mode mode = Mode::RenameOrCopy,
                      int stopAfterFiles = -1);
    static QString markerName() { return QStringLiteral(".moved-from"); }
};

} // namespace overleg
