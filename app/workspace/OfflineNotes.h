#pragma once

#include "ChangeFeed.h"
#include "TeamNotes.h"

#include <QDateTime>

namespace overleg {

// A field two people changed since the last sync: both versions are kept, neither silently
// overwritten. The server keeps theirs; mine waits here until the user picks.
using NoteConflict = TeamConflict;

// An edit from the outbox that the server refused when it was sent (the user was made a reader
// meanwhile, or a policy refused it): kept with the server's reason until the user retries or
// discards it, never dropped silently. One row per field; the rows of one panel edit share
// their group.
struct RefusedEdit {
    qint64 id = 0;
    qint64 group = 0;
    QString documentId;
    QString questionId;
    QString field; // status, note, tag+, tag-
    QString value;
    QString reason; // the server's words
    QDateTime refusedAt;
};

// A team workspace that keeps working on a train: every status, note and tag edit goes to the
// server when it can be reached, else to an outbox in a local SQLite file, sent in order on
// reconnect. An edit carries the value it started from; the server's row is changed only where it
// still holds that value (or already holds the new one: a resend after a crash changes nothing),
// else the edit becomes a NoteConflict. Tags are added and removed as set operations, which never
// conflict. Reads come from the server, or from the last values seen when it is away.
// Renaming, merging or deleting tags, corrections and moves need the server.
class OfflineNotes final : public NotesBackend, public TeamFeatures {
public:
    // `outboxPath`: the local SQLite file (created when missing).
    static Result<std::unique_ptr<OfflineNotes>> open(const ServerAddress &server, qint64 workspace,
                                                      const QString &outboxPath);
    ~OfflineNotes() override;

    bool isOnline() const { return m_online; }
    const ServerAddress &server() const { return m_server; }
    qint64 workspaceId() const { return m_workspace; }
    // The outbox file. Its views annotation, tag and annotation_tag show the workspace's
    // statuses, notes and tags as last seen, like the personal notes' tables: the Open vragen
    // queries read them there (Library::setTeamNotes), the search index too (TeamNotesCopy).
    // annotation.updated_at is a version that changes whenever a row does.
    QString mirrorPath() const { return m_outboxPath; }
    // Edits waiting to be sent (not those the server refused).
    int pendingEdits() const;
    QList<RefusedEdit> refusedEdits() const;
    // Sends a refused edit (its whole group) again; fails with the server's reason if it is
    // refused again, and it stays refused.
    Status retryRefused(qint64 group);
    // Drops a refused edit (its whole group); what reads show comes from the server again.
    Status discardRefused(qint64 group);
    // Told, with the server's reason, when sending the outbox finds edits refused.
    void setRefusalHandler(std::function<void(const QString &reason)> handler) {
        m_onRefused = std::move(handler);
    }
    QList<NoteConflict> conflicts() const override;
    Status resolveConflict(qint64 id, bool keepMine);
    // Sends the outbox if the server can be reached; true when the outbox is empty afterwards.
    bool sync();
    // A colleague's change was announced (ChangeFeed): the offline copy of that document's
    // notes (of all, for a change of tags) is read again from the server, so what reads the
    // copy (the search index, Open vragen) follows edits and deletions. Nothing while edits of
    // ours wait to be sent: the copy shows them until they are. False when the server cannot
    // be reached.
    bool followChange(const WorkspaceChange &change);

    // TeamFeatures (OfflineNotesFeatures.cpp): conflicts are this outbox's own; the rest is the
    // server's, read when it can be reached (empty while away). Assigning needs the server.
    TeamFeatures *team() override { return this; }
    QString currentUser() const override;
    Result<QStringList> members() const override;
    Status assign(const QString &documentId, const QList<TeamQuestionRef> &questions,
                  const QString &member) override;
    QHash<QString, QString> assignees(const QString &documentId) const override;
    QList<Annotation> assignedTo(const QString &member) const override;
    QList<TeamProgress> progress(const QString &documentId) const override;
    QList<TeamChange> history(const QString &questionId) const override;
    Status resolve(qint64 conflictId, ConflictChoice choice, const QString &edited = {}) override;

    Status annotate(const QString &documentId, const QString &questionId, const QString &anchorText,
                    const QString &status, const QStringList &tags,
                    const std::optional<QString> &note) override;
    Status setStatus(const QString &documentId, const QString &questionId,
                     const QString &anchorText, const QString &status) override;
    Status setNote(const QString &documentId, const QString &questionId, const QString &anchorText,
                   const QString &note) override;
    Status addTag(const QString &documentId, const QString &questionId, const QString &anchorText,
                  const QString &tagName) override;
    Status removeTag(const QString &questionId, const QString &tagName) override;
    // The setters called inside go out as one group: sent in one server transaction, or kept
    // in the outbox together and sent together; a failure keeps none of them.
    Status inOneTransaction(const std::function<Status()> &edit) override;

    QList<Tag> tags() const override;
    Result<Tag> createTag(const QString &name, const QString &color = {}) override;
    Status renameTag(const QString &from, const QString &to) override;
    Status recolourTag(const QString &name, const QString &color) override;
    Status mergeTags(const QString &from, const QString &into) override;
    Status deleteTag(const QString &name) override;

    QHash<QString, Annotation> annotationsOf(const QString &documentId) const override;
    QStringList annotatedDocuments() const override;
    std::optional<Annotation> annotation(const QString &questionId) const override;
    Status moveAnnotation(const QString &fromQuestionId, const QString &toQuestionId,
                          const QString &anchorText) override;

    QList<Correction> corrections(const QString &documentId) const override;
    Result<qint64> addCorrection(const QString &documentId, const Correction &correction) override;
    Status deleteCorrection(qint64 id) override;
    QStringList removedUnits(const QString &documentId) const override;
    Status setUnitRemoved(const QString &documentId, const QString &questionId,
                          bool removed) override;

    // Answer links (OfflineAnswerLinks.cpp): the server's; offline, the last seen are shown and
    // linking needs the server.
    QStringList answerLinks(const QString &questionDocumentId) const override;
    QStringList documentsWithAnswerLinks() const override;
    Status linkAnswer(const QString &questionDocumentId, const QString &answerDocumentId) override;
    Status unlinkAnswer(const QString &questionDocumentId,
                        const QString &answerDocumentId) override;

private:
    struct Edit {
        qint64 id = 0;
        QString documentId;
        QString questionId;
        QString anchorText;
        QString field; // status, note, tag+, tag-
        QString base;
        QString value;
        qint64 group = 0;
    };
    enum class Outcome { Sent, Refused, Lost };
    OfflineNotes(ServerAddress server, qint64 workspace, QString localName);

    Status edit(Edit e);
    // Sends the edits of one group, or keeps them in the outbox when the server is away.
    Status commit(const QList<Edit> &edits);
    // Applies a group of edits on the server in one transaction: all or none. Conflicts are
    // kept both ways and reported in *error with Sent; a refusal rolls all back.
    Outcome send(const QList<Edit> &edits, QString *error, QList<Edit> *conflicted = nullptr);
    enum class Applied { Done, Conflict, Refused };
    Applied applyOne(const Edit &e, QString *message, QVariantList *conflict);
    bool connectionLost();
    bool reachServer();
    QString cachedValue(const QString &questionId, const QString &field) const;
    void cache(const Annotation &a) const;
    void cacheField(const Edit &e) const;
    void cacheAll(const QList<Annotation> &list) const;
    // Replaces the cache with every annotation of the workspace (online, nothing waiting).
    void refreshCache();
    // The copy's versions and its tables named like the personal notes' (OfflineNotesCopy.cpp).
    Status prepareCopy();
    // Copies the server's corrections of a document (of all, when empty) into the copy.
    void copyCorrections(const QString &documentId) const;
    Status needsServer() const;
    QSqlQuery local(const QString &sql, const QVariantList &values = {}) const;

    ServerAddress m_server;
    qint64 m_workspace;
    QString m_localName;
    QString m_outboxPath;
    std::unique_ptr<TeamNotes> m_team;
    mutable bool m_online = false;
    int m_groupDepth = 0; // inOneTransaction calls open
    bool m_groupFailed = false;
    QList<Edit> m_group; // the edits of the group being made
    std::function<void(const QString &)> m_onRefused;
};

} // namespace overleg
