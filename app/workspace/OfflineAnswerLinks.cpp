// Answer links of a team workspace that may be offline: they are the server's. What was last
// read from the server is kept in the outbox file and shown while the server is away. Links are
// rare, deliberate edits, so they are not queued: offline, a link or unlink is refused with a
// message that says the server is needed.

#include "OfflineNotes.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace overleg {

QStringList OfflineNotes::answerLinks(const QString &questionDocumentId) const {
    if (m_online && m_team) {
        const QStringList ids = m_team->answerLinks(questionDocumentId);
        // An empty answer may be a lost connection: keep the cache unless the server answers.
        QSqlQuery ping = m_team->connection().run(QStringLiteral("SELECT 1"));
        if (ping.next()) {
            QSqlDatabase db = QSqlDatabase::database(m_localName, false);
            db.transaction();
            local(QStringLiteral("DELETE FROM answer_link_cache WHERE question_document_id = ?"),
                  {questionDocumentId});
            for (qsizetype i = 0; i < ids.size(); ++i)
                local(QStringLiteral("INSERT OR REPLACE INTO answer_link_cache "
                                     "(question_document_id, answer_document_id, position) "
                                     "VALUES (?, ?, ?)"),
                      {questionDocumentId, ids.at(i), int(i)});
            db.commit();
            return ids;
        }
    }
    QStringList ids;
    QSqlQuery q = local(QStringLiteral("SELECT answer_document_id FROM answer_link_cache WHERE "
                                       "question_document_id = ? ORDER BY position"),
                        {questionDocumentId});
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QStringList OfflineNotes::documentsWithAnswerLinks() const {
    if (m_online && m_team) {
        const QStringList ids = m_team->documentsWithAnswerLinks();
        QSqlQuery ping = m_team->connection().run(QStringLiteral("SELECT 1"));
        if (ping.next())
            return ids;
    }
    // Offline: the question documents whose links were seen.
    QStringList ids;
    QSqlQuery q =
        local(QStringLiteral("SELECT DISTINCT question_document_id FROM answer_link_cache"));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Status OfflineNotes::linkAnswer(const QString &questionDocumentId,
                                const QString &answerDocumentId) {
    return reachServer() && sync() ? m_team->linkAnswer(questionDocumentId, answerDocumentId)
                                   : needsServer();
}

Status OfflineNotes::unlinkAnswer(const QString &questionDocumentId,
                                  const QString &answerDocumentId) {
    return reachServer() && sync() ? m_team->unlinkAnswer(questionDocumentId, answerDocumentId)
                                   : needsServer();
}

} // namespace overleg
