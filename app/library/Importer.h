#pragma once

#include "FileStore.h"
#include "core/Result.h"

#include <QString>

namespace overleg {

class Database;

// Adds a user's own files to the library (Mijn bibliotheek). A file is checked by reading its
// text before anything is stored, recognised by content hash when it is already there, and
// stored all-or-nothing. Its head says what it is (title, kind, date, identifiers): a file of a
// document the library knows becomes that document's file, or another rendition of it.
class Importer {
public:
    struct Imported {
        QString documentId;
        QString title;
        FileType type = FileType::Unknown;
        bool duplicate = false; // the same bytes were already in the library
        bool linked = false;    // the file of a library document we had without one
        bool rendition = false; // another format of a document we hold: kept beside it
        QString warning;        // e.g. a scan without text layer
    };

    Importer(Database &library, QString dataRoot);
    Result<Imported> importFile(const QString &path);

private:
    // The document this file is another copy of: the same identifier (KOOP id, dossier and
    // number, zaak of the same kind) in the Kamer's metadata or on an earlier import.
    QString sameDocument(const struct DocumentHead &head) const;

    Database &m_db;
    FileStore m_files;
};

} // namespace overleg
