#pragma once

#include "core/DataDirectory.h"
#include "core/Result.h"
#include "store/Database.h"

#include <memory>

namespace overleg {

class LibraryStore;
class LibraryQueries;
class FileStore;
class NotesBackend;
class ActiveNotes;

// What the application and the CLI open at start: the data directory with its two databases.
// On a fresh data directory it can fill the library with the bundled sample.
class Library {
public:
    enum class SampleMode { LoadWhenFresh, Never };

    static Result<std::unique_ptr<Library>> open(const QString &dataDir = {},
                                                 SampleMode sample = SampleMode::Never);
    ~Library();

    const DataDirectory &dataDirectory() const { return m_dir; }
    Database &libraryDatabase() { return m_library; }
    Database &notesDatabase() { return m_notes; }
    LibraryStore &store() { return *m_store; }
    LibraryQueries &queries() { return *m_queries; }
    FileStore &files() { return *m_files; }
    // The notes the application reads and writes: the personal workspace (SQLite), or a team
    // workspace once one was put in its place.
    NotesBackend &notes();
    NotesBackend &personalNotes() { return *m_notesStore; }
    // Puts a team workspace in place of the personal notes; nullptr goes back to them. A
    // reference to notes() taken before stays good: it follows the switch.
    void setTeamNotes(std::unique_ptr<NotesBackend> team);
    NotesBackend *teamNotes() { return m_teamNotes.get(); }
    bool loadedSample() const { return m_loadedSample; }

private:
    Library(DataDirectory dir, Database library, Database notes);

    DataDirectory m_dir;
    Database m_library;
    Database m_notes;
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<LibraryQueries> m_queries;
    std::unique_ptr<FileStore> m_files;
    std::unique_ptr<NotesBackend> m_notesStore;
    std::unique_ptr<NotesBackend> m_teamNotes;
    std::unique_ptr<ActiveNotes> m_activeNotes;
    bool m_loadedSample = false;
};

} // namespace overleg
