#pragma once

#include "FileStore.h"
#include "core/Result.h"

#include <QString>

namespace overleg {

class Database;

// Adds a user's own files to the library (Mijn bibliotheek). A file is checked by reading its
// text before anything is stored, recognised by content hash when it is already there, and
// stored all-or-nothing.
class Importer {
public:
    struct Imported {
        QString documentId;
        QString title;
        FileType type = FileType::Unknown;
        bool duplicate = false; // the same bytes were already in the library
        QString warning;        // e.g. a scan without text layer
    };

    Importer(Database &library, QString dataRoot);
    Result<Imported> importFile(const QString &path);

private:
    Database &m_db;
    FileStore m_files;
};

} // namespace overleg
