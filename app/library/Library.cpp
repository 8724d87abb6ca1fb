#include "Library.h"

#include "ActiveNotes.h"
#include "FileStore.h"
#include "SampleLibrary.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"
#include "store/NotesStore.h"
#include "store/SearchIndex.h"

namespace overleg {

Library::Library(DataDirectory dir, Database library, Database notes)
    : m_dir(std::move(dir))
    , m_library(std::move(library))
    , m_notes(std::move(notes))
    , m_store(std::make_unique<LibraryStore>(m_library))
    , m_queries(std::make_unique<LibraryQueries>(m_library))
    , m_files(std::make_unique<FileStore>(m_library, m_dir.root()))
    , m_notesStore(std::make_unique<NotesStore>(m_notes))
    , m_activeNotes(std::make_unique<ActiveNotes>(*m_notesStore)) {
    // The Open vragen queries weigh the user's statuses and tags: they read the notes through
    // the library connection (read only in practice; every write goes through NotesStore).
    m_library.run(QStringLiteral("ATTACH DATABASE ? AS notes"), {m_notes.path()});
}

Library::~Library() = default;

NotesBackend &Library::notes() {
    return *m_activeNotes;
}

void Library::setTeamNotes(std::unique_ptr<NotesBackend> team) {
    // Switch first, then let the old team workspace go: nothing reaches a deleted backend.
    m_activeNotes->switchTo(team ? *team : *m_notesStore);
    m_teamNotes = std::move(team);
}

Result<std::unique_ptr<Library>> Library::open(const QString &dataDir, SampleMode sample) {
    using R = Result<std::unique_ptr<Library>>;
    auto dir = DataDirectory::open(dataDir);
    if (!dir)
        return R::failure(dir.error());
    const bool fresh = dir->isFresh();
    auto library = Database::open(dir->libraryDatabasePath(), Database::Kind::Library);
    if (!library)
        return R::failure(library.error());
    auto notes =
        Database::open(dir->notesDatabasePath(), Database::Kind::Notes, dir->backupsDirectory());
    if (!notes)
        return R::failure(notes.error());

    std::unique_ptr<Library> result(
        new Library(std::move(dir).value(), std::move(library).value(), std::move(notes).value()));
    if (fresh && sample == SampleMode::LoadWhenFresh) {
        const auto loaded = SampleLibrary::load(*result->m_store, *result->m_files);
        if (!loaded)
            return R::failure(loaded.error());
        result->m_loadedSample = true;
    }
    // A sync killed between its last page and the navigation rebuild: finish that rebuild now.
    if (result->m_store->derivedIsStale() || SearchIndex::hasPending(result->m_library)) {
        if (const Status rebuilt = result->m_store->rebuildDerived(); !rebuilt)
            return R::failure(rebuilt.error());
    }
    return R(std::move(result));
}

} // namespace overleg
