// A team workspace's answer links made by hand: overleg.answer_link (migration 003), read by
// every member and written by owners and editors, as the server's row-level security decides.

#include "TeamNotes.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace overleg {

QStringList TeamNotes::answerLinks(const QString &questionDocumentId) const {
    QStringList ids;
    QSqlQuery q = m_connection->run(
        QStringLiteral("SELECT answer_document_id FROM overleg.answer_link WHERE workspace_id = ? "
                       "AND question_document_id = ? ORDER BY created_at, answer_document_id"),
        {m_workspace, questionDocumentId});
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QStringList TeamNotes::documentsWithAnswerLinks() const {
    QStringList ids;
    QSqlQuery q = m_connection->run(QStringLiteral("SELECT DISTINCT question_document_id FROM "
                                                   "overleg.answer_link WHERE workspace_id = ?"),
                                    {m_workspace});
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Status TeamNotes::linkAnswer(const QString &questionDocumentId, const QString &answerDocumentId) {
    return run(QStringLiteral("INSERT INTO overleg.answer_link (workspace_id, "
                              "question_document_id, answer_document_id) VALUES (?, ?, ?) ON "
                              "CONFLICT DO NOTHING"),
               {m_workspace, questionDocumentId, answerDocumentId},
               QCoreApplication::translate("Workspace", "The answer link could not be saved: %1"));
}

Status TeamNotes::unlinkAnswer(const QString &questionDocumentId, const QString &answerDocumentId) {
    return run(
        QStringLiteral("DELETE FROM overleg.answer_link WHERE workspace_id = ? AND "
                       "question_document_id = ? AND answer_document_id = ?"),
        {m_workspace, questionDocumentId, answerDocumentId},
        QCoreApplication::translate("Workspace", "The answer link could not be removed: %1"));
}

} // namespace overleg
