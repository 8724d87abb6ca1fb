#pragma once

#include "core/Result.h"
#include "store/NotesBackend.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace overleg {

// How many of one document's questions a member (empty: nobody) has in one status.
struct TeamProgress {
    QString member;
    QString status;
    int questions = 0;
};

// One change to a question's shared notes, as the server recorded it.
struct TeamChange {
    QDateTime at;
    QString by;
    QString field; // status, note, tags, assignee, anchor_text, ... or "created" / "deleted"
    QString before;
    QString after;
};

// A field two people changed since the last sync: the server holds theirs, mine waits for the
// user to choose. Never resolved without the user.
struct TeamConflict {
    qint64 id = 0;
    QString questionId;
    QString field; // status, note
    QString base;  // the value both started from
    QString mine;
    QString theirs;
    QString theirsBy;
    QDateTime detectedAt;
};

// The user's choice for a conflict: keep theirs (the server's), put mine over it, or an edited
// value of the user's (typically a merge of both notes).
enum class ConflictChoice { Theirs, Mine, Edited };

// A question to assign, and the text it had (so the shared row can be re-attached elsewhere).
struct TeamQuestionRef {
    QString questionId;
    QString anchorText;
};

// What a team workspace offers beyond the notes every workspace has: members, assignment,
// progress, history and conflicts. The panels ask NotesBackend::team() and show these only where
// it answers; the personal workspace has none. Implemented by the PostgreSQL workspace
// (workspace/TeamNotes) and its offline wrapper (workspace/OfflineNotes).
class TeamFeatures {
public:
    virtual ~TeamFeatures() = default;

    // The logged-in member (the PostgreSQL login the workspace settings name).
    virtual QString currentUser() const = 0;
    // The members' logins, in the order the workspace lists them.
    virtual Result<QStringList> members() const = 0;

    // Assigns the questions of one document to a member (empty: to nobody), all or none.
    virtual Status assign(const QString &documentId, const QList<TeamQuestionRef> &questions,
                          const QString &member) = 0;
    // Who each of a document's questions is assigned to (question id -> login; unassigned absent).
    virtual QHash<QString, QString> assignees(const QString &documentId) const = 0;
    // "Mijn vragen": every question assigned to `member`, in any document.
    virtual QList<Annotation> assignedTo(const QString &member) const = 0;
    // Per member and per status, over the questions of one document that have shared notes.
    virtual QList<TeamProgress> progress(const QString &documentId) const = 0;

    // Every recorded change of one question's notes, oldest first, one entry per changed field.
    virtual QList<TeamChange> history(const QString &questionId) const = 0;

    // Conflicts waiting for the user (only an offline-capable workspace has them).
    virtual QList<TeamConflict> conflicts() const { return {}; }
    // `edited` is the value written for ConflictChoice::Edited.
    virtual Status resolve(qint64 conflictId, ConflictChoice choice, const QString &edited = {}) {
        Q_UNUSED(conflictId);
        Q_UNUSED(choice);
        Q_UNUSED(edited);
        return success();
    }
};

// Progress of one member over a document: questions per status and in all.
struct MemberProgress {
    QString member; // empty: nobody assigned
    QMap<QString, int> byStatus;
    int total = 0;
};

// The members' rows of `rows` (members in the order given, then anyone else, the unassigned
// last). `questionCount` (when known, > 0) adds the questions without shared notes as open and
// unassigned, so the totals add up to the document's questions.
QList<MemberProgress> progressByMember(const QList<TeamProgress> &rows,
                                       const QStringList &members = {}, int questionCount = 0);

} // namespace overleg
