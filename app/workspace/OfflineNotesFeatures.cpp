// OfflineNotes as TeamFeatures: its conflicts are its own (the outbox's), resolved by the user's
// choice; members, assignments, progress and history are the server's, read while it answers.

#include "OfflineNotes.h"

#include <QCoreApplication>

namespace overleg {

QString OfflineNotes::currentUser() const {
    return m_server.user;
}

Result<QStringList> OfflineNotes::members() const {
    if (!m_online || !m_team)
        return Result<QStringList>::failure(needsServer().error());
    return m_team->members();
}

Status OfflineNotes::assign(const QString &documentId, const QList<TeamQuestionRef> &questions,
                            const QString &member) {
    // An assignment is the coordinator's decision for the whole team: made on the server or
    // not at all, so two people never hold the same question by an offline edit.
    if (!reachServer() || !sync())
        return needsServer();
    return m_team->assign(documentId, questions, member);
}

QHash<QString, QString> OfflineNotes::assignees(const QString &documentId) const {
    return m_online && m_team ? m_team->assignees(documentId) : QHash<QString, QString>();
}

QList<Annotation> OfflineNotes::assignedTo(const QString &member) const {
    return m_online && m_team ? m_team->assignedTo(member) : QList<Annotation>();
}

QList<TeamProgress> OfflineNotes::progress(const QString &documentId) const {
    return m_online && m_team ? m_team->progress(documentId) : QList<TeamProgress>();
}

QList<TeamChange> OfflineNotes::history(const QString &questionId) const {
    return m_online && m_team ? m_team->history(questionId) : QList<TeamChange>();
}

Status OfflineNotes::resolve(qint64 conflictId, ConflictChoice choice, const QString &edited) {
    switch (choice) {
    case ConflictChoice::Theirs:
        return resolveConflict(conflictId, false);
    case ConflictChoice::Mine:
        return resolveConflict(conflictId, true);
    case ConflictChoice::Edited:
        break;
    }
    // The user's own text (a merge of both): kept as "mine" and sent over theirs.
    QSqlQuery q = local(QStringLiteral("UPDATE conflict SET mine = ? WHERE id = ?"),
                        {edited.isNull() ? QStringLiteral("") : edited, conflictId});
    if (q.numRowsAffected() != 1)
        return Status::failure(
            QCoreApplication::translate("Workspace", "There is no such conflict."));
    return resolveConflict(conflictId, true);
}

} // namespace overleg
