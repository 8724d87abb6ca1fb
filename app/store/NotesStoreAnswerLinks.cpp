// The personal workspace's answer links made by hand: the notes database's document_link table.

#include "NotesStore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace overleg {

QStringList NotesStore::answerLinks(const QString &questionDocumentId) const {
    QStringList ids;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT answer_document_id FROM document_link WHERE "
                                          "question_document_id = ? ORDER BY created_at"),
                           {questionDocumentId});
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QStringList NotesStore::documentsWithAnswerLinks() const {
    QStringList ids;
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT DISTINCT question_document_id FROM document_link"));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Status NotesStore::linkAnswer(const QString &questionDocumentId, const QString &answerDocumentId) {
    QSqlQuery q = m_db.run(QStringLiteral("INSERT OR IGNORE INTO document_link "
                                          "(question_document_id, answer_document_id, "
                                          "created_at) VALUES (?, ?, ?)"),
                           {questionDocumentId, answerDocumentId,
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    return q.lastError().isValid() ? Status::failure(q.lastError().text()) : success();
}

Status NotesStore::unlinkAnswer(const QString &questionDocumentId,
                                const QString &answerDocumentId) {
    QSqlQuery q = m_db.run(QStringLiteral("DELETE FROM document_link WHERE "
                                          "question_document_id = ? AND answer_document_id = ?"),
                           {questionDocumentId, answerDocumentId});
    return q.lastError().isValid() ? Status::failure(q.lastError().text()) : success();
}

} // namespace overleg
