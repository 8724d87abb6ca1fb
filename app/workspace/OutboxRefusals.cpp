// The edits of an outbox that the server refused when they were sent: listed, retried or
// discarded by the user, never dropped silently (OfflineNotes).

#include "OfflineNotes.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace overleg {

QList<RefusedEdit> OfflineNotes::refusedEdits() const {
    QList<RefusedEdit> list;
    QSqlQuery q = local(QStringLiteral("SELECT id, coalesce(edit_group, id), document_id, "
                                       "question_id, field, value, refused, refused_at FROM "
                                       "outbox WHERE refused IS NOT NULL ORDER BY id"));
    while (q.next())
        list << RefusedEdit{q.value(0).toLongLong(),
                            q.value(1).toLongLong(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            q.value(4).toString(),
                            q.value(5).toString(),
                            q.value(6).toString(),
                            QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs)};
    return list;
}

Status OfflineNotes::retryRefused(qint64 group) {
    QSqlQuery q = local(QStringLiteral("UPDATE outbox SET refused = NULL, refused_at = NULL "
                                       "WHERE coalesce(edit_group, id) = ? AND refused IS NOT "
                                       "NULL"),
                        {group});
    if (q.numRowsAffected() <= 0)
        return Status::failure(
            QCoreApplication::translate("Workspace", "There is no such refused edit."));
    if (!sync())
        return Status::failure(QCoreApplication::translate(
            "Workspace", "The workspace server cannot be reached; the edit waits in the outbox."));
    QSqlQuery again = local(QStringLiteral("SELECT refused FROM outbox WHERE coalesce(edit_group, "
                                           "id) = ? AND refused IS NOT NULL"),
                            {group});
    return again.next() ? Status::failure(again.value(0).toString()) : success();
}

Status OfflineNotes::discardRefused(qint64 group) {
    QStringList questions;
    QSqlQuery q = local(QStringLiteral("SELECT DISTINCT question_id FROM outbox WHERE "
                                       "coalesce(edit_group, id) = ? AND refused IS NOT NULL"),
                        {group});
    while (q.next())
        questions << q.value(0).toString();
    if (questions.isEmpty())
        return Status::failure(
            QCoreApplication::translate("Workspace", "There is no such refused edit."));
    local(QStringLiteral("DELETE FROM outbox WHERE coalesce(edit_group, id) = ? AND refused IS "
                         "NOT NULL"),
          {group});
    // What reads show of it came from the edit: back to what the server holds.
    for (const QString &id : std::as_const(questions)) {
        if (reachServer()) {
            if (const auto a = m_team->annotation(id))
                cache(*a);
            else
                local(QStringLiteral("DELETE FROM cache WHERE question_id = ?"), {id});
        }
    }
    return success();
}

} // namespace overleg
