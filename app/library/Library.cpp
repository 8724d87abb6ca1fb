#include "Library.h"

#include "ActiveNotes.h"
#include "FileStore.h"
#include "SampleLibrary.h"
#include "core/Logging.h"
#include "store/FollowStore.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"
#include "store/NotesStore.h"
#include "store/SearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>

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
    m_attachedNotes = m_notes.path();
}

Library::~Library() = default;

NotesBackend &Library::notes() {
    return *m_activeNotes;
}

void Library::setTeamNotes(std::unique_ptr<NotesBackend> team, const QString &notesMirror) {
    // Switch first, then let the old team workspace go: nothing reaches a deleted backend.
    m_activeNotes->switchTo(team ? *team : *m_notesStore);
    m_teamNotes = std::move(team);
    // The Open vragen queries weigh the statuses and tags of the workspace in use.
    const QString attach = m_teamNotes && !notesMirror.isEmpty() ? notesMirror : m_notes.path();
    if (attach == m_attachedNotes)
        return;
    QSqlQuery detach = m_library.run(QStringLiteral("DETACH DATABASE notes"));
    if (detach.lastError().isValid()) {
        // A statement still reading the notes: Open vragen keeps the notes it had.
        qCWarning(lcLibrary) << "notes of the workspace not attached:" << detach.lastError().text();
        return;
    }
    QSqlQuery attached = m_library.run(QStringLiteral("ATTACH DATABASE ? AS notes"), {attach});
    if (attached.lastError().isValid()) {
        qCWarning(lcLibrary) << "notes of the workspace not attached:"
                             << attached.lastError().text();
        m_library.run(QStringLiteral("ATTACH DATABASE ? AS notes"), {m_notes.path()});
        m_attachedNotes = m_notes.path();
        return;
    }
    m_attachedNotes = attach;
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
    // The sample is the application's first start: a library first opened by overleg-cli
    // leaves it pending, and the application loads it later unless documents came meanwhile.
    if (fresh && sample == SampleMode::LoadWhenFresh) {
        if (result->m_queries->allDocuments().isEmpty()) {
            const auto loaded = SampleLibrary::load(*result->m_store, *result->m_files);
            if (!loaded)
                return R::failure(loaded.error());
            result->m_loadedSample = true;
        }
        result->m_dir.setSamplePending(false);
    } else if (fresh) {
        result->m_dir.setSamplePending(true);
    }
    // A sync killed between its last page and the navigation rebuild: finish that rebuild now.
    if (result->m_store->derivedIsStale() || SearchIndex::hasPending(result->m_library)) {
        if (const Status rebuilt = result->m_store->rebuildDerived(); !rebuilt)
            return R::failure(rebuilt.error());
    }
    return R(std::move(result));
}

QSet<QString> Library::followKeys() {
    QSet<QString> keys;
    for (const FollowStore::Follow &f : FollowStore(m_notes).follows())
        keys.insert(f.kind + u':' + f.key);
    return keys;
}

Status Library::setFollowed(const QString &kind, const QString &key, bool follow) {
    FollowStore follows(m_notes);
    const Status changed = follow ? follows.follow(kind, key) : follows.unfollow(kind, key);
    if (changed)
        Q_EMIT followsChanged();
    return changed;
}

QSet<QString> Library::documentsLinkedByHand() {
    const QStringList ids = notes().documentsWithAnswerLinks();
    return QSet<QString>(ids.cbegin(), ids.cend());
}

// The links are the active workspace's (a team's on its server), so the backend writes them.
Status Library::linkAnswerDocument(const QString &questionDocumentId,
                                   const QString &answerDocumentId) {
    const Status linked = notes().linkAnswer(questionDocumentId, answerDocumentId);
    if (linked)
        Q_EMIT answerLinksChanged(questionDocumentId);
    return linked;
}

Status Library::unlinkAnswerDocumentsByHand(const QString &questionDocumentId) {
    Status result = success();
    for (const QString &answerId : notes().answerLinks(questionDocumentId))
        if (const Status unlinked = notes().unlinkAnswer(questionDocumentId, answerId); !unlinked)
            result = unlinked;
    Q_EMIT answerLinksChanged(questionDocumentId);
    return result;
}

} // namespace overleg
