#pragma once

#include "TeamNotes.h"

#include <QDateTime>

namespace overleg {

// A field two people changed since the last sync: both versions are kept, neither silently
// overwritten. The server keeps theirs; mine waits here until the user picks.
using NoteConflict = TeamConflict;

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
    int pendingEdits() const;
    QList<NoteConflict> conflicts() const override;
    Status resolveConflict(qint64 id, bool keepMine);
    // Sends the outbox if the server can be reached; true when the outbox is empty afterwards.
    bool sync();

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

    QList<Tag> tags() const override;
    Result<Tag> createTag(const QString &name, const QString &color = {}) override;
    Status renameTag(const QString &from, const QString &to) override;
    Status recolourTag(const QString &name, const QString &color) override;
    Status mergeTags(const QString &from, const QString &into) override;
    Status deleteTag(const QString &name) override;

    QHash<QString, Annotation> annotationsOf(const QString &documentId) const override;
    std::optional<Annotation> annotation(const QString &questionId) const override;
    Status moveAnnotation(const QString &fromQuestionId, const QString &toQuestionId,
                          const QString &anchorText) override;

    QList<Correction> corrections(const QString &documentId) const override;
    Result<qint64> addCorrection(const QString &documentId, const Correction &correction) override;
    Status deleteCorrection(qint64 id) override;
    QStringList removedUnits(const QString &documentId) const override;
    Status setUnitRemoved(const QString &documentId, const QString &questionId,
                          bool removed) override;

private:
    struct Edit {
        qint64 id = 0;
        QString documentId;
        QString questionId;
        QString anchorText;
        QString field; // status, note, tag+, tag-
        QString base;
        QString value;
    };
    OfflineNotes(ServerAddress server, qint64 workspace, QString localName);

    Status edit(Edit e);
    // Applies one edit on the server; false when the server could not be reached.
    bool send(const Edit &e, QString *error);
    bool reachServer();
    QString cachedValue(const QString &questionId, const QString &field) const;
    void cache(const Annotation &a) const;
    void cacheField(const Edit &e) const;
    Status needsServer() const;
    QSqlQuery local(const QString &sql, const QVariantList &values = {}) const;

    ServerAddress m_server;
    qint64 m_workspace;
    QString m_localName;
    std::unique_ptr<TeamNotes> m_team;
    mutable bool m_online = false;
};

} // namespace overleg
