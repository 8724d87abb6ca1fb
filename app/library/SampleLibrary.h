#pragma once

#include "core/Result.h"

#include <QString>

namespace overleg {

class LibraryStore;
class FileStore;

// The bundled sample library: real documents and their metadata as SyncFeed pages, loaded
// through the same reader and store as a sync, with the files the entries enclose.
class SampleLibrary {
public:
    struct Summary {
        int entities = 0;
        int files = 0;
    };
    static QString defaultLocation() { return QStringLiteral(":/overleg/sample"); }
    static Result<Summary> load(LibraryStore &store, const FileStore &files,
                                const QString &location = defaultLocation());
};

} // namespace overleg
