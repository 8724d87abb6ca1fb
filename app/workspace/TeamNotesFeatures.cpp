// TeamNotes as TeamFeatures: members, assignment of many questions at once, and the history the
// server's trigger keeps (migrations/002_history.sql), read back field by field.

#include "TeamNotes.h"
#include "Workspaces.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace overleg {

namespace {

// The fields of an annotation row a user changes, in the order a history entry lists them; the
// rest (revision, who, when, the keys) is bookkeeping.
const char *const kHistoryFields[] = {"status", "assignee", "note", "tags"};

QString fieldText(const QJsonObject &row, const QString &field) {
    const QJsonValue v = row.value(field);
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &name : v.toArray())
            names << name.toString();
        return names.join(QStringLiteral(", "));
    }
    if (v.isUndefined() || v.isNull())
        return field == QLatin1String("status") ? QStringLiteral("open") : QString();
    return v.toVariant().toString();
}

} // namespace

QString TeamNotes::currentUser() const {
    return m_connection->address().user;
}

Result<QStringList> TeamNotes::members() const {
    const auto all = Workspaces::members(*m_connection, m_workspace);
    if (!all)
        return Result<QStringList>::failure(all.error());
    QStringList logins;
    for (const WorkspaceMember &m : all.value())
        logins << m.user;
    return logins;
}

Status TeamNotes::assign(const QString &documentId, const QList<TeamQuestionRef> &questions,
                         const QString &member) {
    return inTransaction([&]() -> Status {
        for (const TeamQuestionRef &q : questions)
            if (Status ok = assign(documentId, q.questionId, q.anchorText, member); !ok)
                return ok;
        return success();
    });
}

QHash<QString, QString> TeamNotes::assignees(const QString &documentId) const {
    QHash<QString, QString> result;
    QSqlQuery q = m_connection->run(
        QStringLiteral("SELECT question_id, assignee FROM overleg.annotation WHERE workspace_id = "
                       "? AND document_id = ? AND assignee IS NOT NULL"),
        {m_workspace, documentId});
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toString());
    return result;
}

QList<TeamChange> TeamNotes::history(const QString &questionId) const {
    QList<TeamChange> changes;
    QSqlQuery q = m_connection->run(
        QStringLiteral("SELECT changed_at, changed_by, coalesce(before::text, '{}'), "
                       "coalesce(after::text, '{}') FROM overleg.history WHERE workspace_id = ? "
                       "AND table_name = 'annotation' AND question_id = ? ORDER BY id"),
        {m_workspace, questionId});
    while (q.next()) {
        const QJsonObject before = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        for (const char *name : kHistoryFields) {
            const QString field = QString::fromLatin1(name);
            const QString was = fieldText(before, field);
            const QString is = fieldText(after, field);
            if (was != is)
                changes << TeamChange{q.value(0).toDateTime(), q.value(1).toString(), field, was,
                                      is};
        }
    }
    return changes;
}

} // namespace overleg
