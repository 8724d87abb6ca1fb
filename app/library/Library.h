#pragma once

#include "core/DataDirectory.h"
#include "core/Result.h"
#include "store/Database.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace overleg {

class LibraryStore;
class LibraryQueries;
class FileStore;
class NotesBackend;
class ActiveNotes;

// What the application and the CLI open at start: the data directory with its two databases.
// On a fresh data directory it can fill the library with the bundled sample.
//
// It also says what changed, so views subscribe instead of being refreshed by hand: the writes
// below emit their signal themselves; writes made on other connections (an import or a sync on
// a worker thread, a file fetched, an edit in the question panel, a bundle of notes) are
// announced by whoever made them once they are committed. Signals are emitted on the thread the
// Library lives on (the GUI thread in the window; the CLI connects nothing).
class Library : public QObject {
    Q_OBJECT
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
    // `notesMirror`: a SQLite file the team backend keeps with the workspace's statuses and tags
    // as tables (views) named like the personal notes', which the Open vragen queries then
    // read in place of the personal notes.
    void setTeamNotes(std::unique_ptr<NotesBackend> team, const QString &notesMirror = {});
    NotesBackend *teamNotes() { return m_teamNotes.get(); }
    bool loadedSample() const { return m_loadedSample; }

    // The user's follows as "kind:key" (see FollowStore), and following or no longer following
    // a commissie or dossier; emits followsChanged.
    QSet<QString> followKeys();
    Status setFollowed(const QString &kind, const QString &key, bool follow);
    // The question documents the user linked an answer document to by hand, in the active
    // workspace (NotesBackend's answer links); linking and unlinking emit answerLinksChanged.
    QSet<QString> documentsLinkedByHand();
    Status linkAnswerDocument(const QString &questionDocumentId, const QString &answerDocumentId);
    Status unlinkAnswerDocumentsByHand(const QString &questionDocumentId);

    // Announcements of writes made elsewhere, once they are committed.
    void announceDocumentsChanged() { Q_EMIT documentsChanged(); }
    void announceFilesArrived(const QStringList &documentIds) { Q_EMIT filesArrived(documentIds); }
    void announceNotesChanged(const QString &documentId) { Q_EMIT notesChanged(documentId); }
    void announceSyncProgress(const QString &category, qint64 entities) {
        Q_EMIT syncProgress(category, entities);
    }

Q_SIGNALS:
    // Documents were added, updated or removed (an import, a sync): the tree, the counts.
    void documentsChanged();
    // The files of these documents are here now (fetched when opened, or by a sync).
    void filesArrived(const QStringList &documentIds);
    // Statuses, tags, notes or corrections of a document's questions; empty: of any document
    // (a bundle of notes imported).
    void notesChanged(const QString &documentId);
    void followsChanged();
    // The answer documents linked by hand to this question document.
    void answerLinksChanged(const QString &questionDocumentId);
    // A running sync stored `entities` of `category` so far.
    void syncProgress(const QString &category, qint64 entities);

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
    QString m_attachedNotes; // the file attached as "notes" to the library connection
    bool m_loadedSample = false;
};

} // namespace overleg
