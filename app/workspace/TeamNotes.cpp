#include "TeamNotes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace overleg {

namespace {

QString text(const QString &value) {
    return value.isNull() ? QStringLiteral("") : value;
}

const char *const kPalette[] = {"#4a90d9", "#e8743b", "#19a979", "#ed4a7b", "#945ecf",
                                "#13a4b4", "#525df4", "#bf399e", "#6c8893", "#ee6868"};

// A tag set in the annotation row: its names, unique and sorted, so two members adding tags at
// once both keep theirs (the union is taken on the server, in one statement).
const char *const kAddTag = "ARRAY(SELECT DISTINCT t FROM unnest(a.tags || ?::text) t ORDER BY t)";

// The shared part of every annotation upsert: the row is created on first use.
const char *const kUpsert =
    "INSERT INTO overleg.annotation AS a (workspace_id, question_id, document_id, anchor_text%1) "
    "VALUES (?, ?, ?, ?%2) ON CONFLICT (workspace_id, question_id) DO UPDATE SET "
    "anchor_text = EXCLUDED.anchor_text%3";

QStringList fromJsonArray(const QString &json) {
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        list << v.toString();
    return list;
}

} // namespace

TeamNotes::TeamNotes(std::unique_ptr<PgConnection> connection, qint64 workspaceId)
    : m_connection(std::move(connection))
    , m_workspace(workspaceId) {}

Status TeamNotes::run(const QString &sql, const QVariantList &values,
                      const QString &failure) const {
    QSqlQuery q = m_connection->run(sql, values);
    if (q.lastError().isValid()) {
        // PostgreSQL refuses every further statement of the transaction: it can only roll back.
        m_doomed = m_depth > 0;
        return Status::failure(failure.arg(PgConnection::errorOf(q)));
    }
    return success();
}

Status TeamNotes::inOneTransaction(const std::function<Status()> &edit) {
    return inTransaction(edit);
}

Status TeamNotes::inTransaction(const std::function<Status()> &work) {
    if (m_depth > 0) {
        // Inside an edit's transaction already: join it; the outermost call commits.
        ++m_depth;
        Status result = work();
        --m_depth;
        if (!result)
            m_doomed = true;
        return result;
    }
    QSqlDatabase db = m_connection->db();
    if (!db.transaction())
        return Status::failure(
            QCoreApplication::translate("Workspace", "The workspace server cannot be reached: %1")
                .arg(db.lastError().text()));
    m_depth = 1;
    m_doomed = false;
    Status result = work();
    m_depth = 0;
    if (!result || m_doomed) {
        m_doomed = false;
        db.rollback();
        return result ? Status::failure(QCoreApplication::translate(
                            "Workspace", "The change was refused by the workspace server; "
                                         "nothing of it was saved."))
                      : result;
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return Status::failure(QCoreApplication::translate(
                                   "Workspace", "The change was not saved in the workspace: %1")
                                   .arg(error));
    }
    return success();
}

Status TeamNotes::annotate(const QString &documentId, const QString &questionId,
                           const QString &anchorText, const QString &status,
                           const QStringList &tags, const std::optional<QString> &note) {
    if (!status.isEmpty() && !statuses().contains(status))
        return Status::failure(
            QCoreApplication::translate("Workspace", "Unknown status '%1'.").arg(status));
    return inTransaction([&]() -> Status {
        if (!status.isEmpty())
            if (Status ok = setStatus(documentId, questionId, anchorText, status); !ok)
                return ok;
        for (const QString &tag : tags)
            if (Status ok = addTag(documentId, questionId, anchorText, tag); !ok)
                return ok;
        if (note)
            if (Status ok = setNote(documentId, questionId, anchorText, *note); !ok)
                return ok;
        return success();
    });
}

Status TeamNotes::setStatus(const QString &documentId, const QString &questionId,
                            const QString &anchorText, const QString &status) {
    if (!statuses().contains(status))
        return Status::failure(
            QCoreApplication::translate("Workspace", "Unknown status '%1'.").arg(status));
    return run(QString::fromLatin1(kUpsert).arg(QStringLiteral(", status"), QStringLiteral(", ?"),
                                                QStringLiteral(", status = EXCLUDED.status")),
               {m_workspace, questionId, documentId, text(anchorText), status},
               QCoreApplication::translate("Workspace", "The status could not be saved: %1"));
}

Status TeamNotes::setNote(const QString &documentId, const QString &questionId,
                          const QString &anchorText, const QString &note) {
    return run(QString::fromLatin1(kUpsert).arg(QStringLiteral(", note"), QStringLiteral(", ?"),
                                                QStringLiteral(", note = EXCLUDED.note")),
               {m_workspace, questionId, documentId, text(anchorText), text(note)},
               QCoreApplication::translate("Workspace", "The note could not be saved: %1"));
}

Status TeamNotes::addTag(const QString &documentId, const QString &questionId,
                         const QString &anchorText, const QString &tagName) {
    const auto tag = createTag(tagName);
    if (!tag)
        return Status::failure(tag.error());
    return run(QString::fromLatin1(kUpsert).arg(
                   QStringLiteral(", tags"), QStringLiteral(", ARRAY[?::text]"),
                   QStringLiteral(", tags = ") + QLatin1String(kAddTag)),
               {m_workspace, questionId, documentId, text(anchorText), tag->name, tag->name},
               QCoreApplication::translate("Workspace", "The tag could not be saved: %1"));
}

Status TeamNotes::assign(const QString &documentId, const QString &questionId,
                         const QString &anchorText, const QString &user) {
    return run(QString::fromLatin1(kUpsert).arg(QStringLiteral(", assignee"),
                                                QStringLiteral(", NULLIF(?, '')"),
                                                QStringLiteral(", assignee = EXCLUDED.assignee")),
               {m_workspace, questionId, documentId, text(anchorText), text(user)},
               QCoreApplication::translate("Workspace", "The assignment could not be saved: %1"));
}

QList<Annotation> TeamNotes::assignedTo(const QString &user) const {
    QList<Annotation> list;
    QSqlQuery q = m_connection->run(
        QStringLiteral("SELECT question_id, document_id, status, note, anchor_text, "
                       "array_to_json(tags)::text FROM overleg.annotation WHERE workspace_id = ? "
                       "AND assignee = ? ORDER BY document_id, question_id"),
        {m_workspace, user});
    while (q.next()) {
        Annotation a;
        a.questionId = q.value(0).toString();
        a.documentId = q.value(1).toString();
        a.status = q.value(2).toString();
        a.note = q.value(3).toString();
        a.anchorText = q.value(4).toString();
        a.tags = fromJsonArray(q.value(5).toString());
        list << a;
    }
    return list;
}

QList<TeamNotes::Progress> TeamNotes::progress(const QString &documentId) const {
    QList<Progress> list;
    QSqlQuery q = m_connection->run(
        QStringLiteral("SELECT coalesce(assignee, ''), status, count(*) FROM overleg.annotation "
                       "WHERE workspace_id = ? AND document_id = ? GROUP BY 1, 2 ORDER BY 1, 2"),
        {m_workspace, documentId});
    while (q.next())
        list << Progress{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
    return list;
}

Status TeamNotes::removeTag(const QString &questionId, const QString &tagName) {
    return run(QStringLiteral("UPDATE overleg.annotation SET tags = array_remove(tags, ?) "
                              "WHERE workspace_id = ? AND question_id = ? AND ? = ANY(tags)"),
               {tagName, m_workspace, questionId, tagName},
               QCoreApplication::translate("Workspace", "The tag could not be removed: %1"));
}

QList<Tag> TeamNotes::tags() const {
    QList<Tag> list;
    QSqlQuery q = m_connection->run(QStringLiteral("SELECT id, name, color FROM overleg.tag "
                                                   "WHERE workspace_id = ? ORDER BY lower(name)"),
                                    {m_workspace});
    while (q.next())
        list << Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return list;
}

Result<Tag> TeamNotes::createTag(const QString &name, const QString &color) {
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Result<Tag>::failure(
            QCoreApplication::translate("Workspace", "A tag needs a name."));
    const QString select = QStringLiteral("SELECT id, name, color FROM overleg.tag WHERE "
                                          "workspace_id = ? AND lower(name) = lower(?)");
    QSqlQuery existing = m_connection->run(select, {m_workspace, trimmed});
    if (existing.next())
        return Tag{existing.value(0).toLongLong(), existing.value(1).toString(),
                   existing.value(2).toString()};
    QSqlQuery count = m_connection->run(
        QStringLiteral("SELECT count(*) FROM overleg.tag WHERE workspace_id = ?"), {m_workspace});
    const int n = count.next() ? count.value(0).toInt() : 0;
    const QString chosen = color.isEmpty() ? QString::fromLatin1(kPalette[n % 10]) : color;
    // Two members creating the same tag at once: the second finds the first's.
    QSqlQuery insert = m_connection->run(
        QStringLiteral("INSERT INTO overleg.tag (workspace_id, name, color) VALUES (?, ?, ?) "
                       "ON CONFLICT (workspace_id, lower(name)) DO NOTHING"),
        {m_workspace, trimmed, chosen});
    if (insert.lastError().isValid()) {
        m_doomed = m_depth > 0;
        return Result<Tag>::failure(PgConnection::errorOf(insert));
    }
    QSqlQuery made = m_connection->run(select, {m_workspace, trimmed});
    if (!made.next())
        return Result<Tag>::failure(PgConnection::errorOf(made));
    return Tag{made.value(0).toLongLong(), made.value(1).toString(), made.value(2).toString()};
}

Status TeamNotes::renameTag(const QString &from, const QString &to) {
    const QString name = to.simplified();
    if (name.isEmpty())
        return Status::failure(QCoreApplication::translate("Workspace", "A tag needs a name."));
    return inTransaction([&]() -> Status {
        QSqlQuery clash = m_connection->run(
            QStringLiteral("SELECT 1 FROM overleg.tag WHERE workspace_id = ? AND lower(name) = "
                           "lower(?) AND lower(name) <> lower(?)"),
            {m_workspace, name, from});
        if (clash.next())
            return Status::failure(
                QCoreApplication::translate("Workspace",
                                            "There is already a tag '%1'; merge the tags instead.")
                    .arg(name));
        if (Status ok =
                run(QStringLiteral("UPDATE overleg.tag SET name = ? WHERE workspace_id = "
                                   "? AND name = ?"),
                    {name, m_workspace, from},
                    QCoreApplication::translate("Workspace", "The tag could not be renamed: %1"));
            !ok)
            return ok;
        return run(QStringLiteral("UPDATE overleg.annotation SET tags = array_replace(tags, ?, "
                                  "?) WHERE workspace_id = ? AND ? = ANY(tags)"),
                   {from, name, m_workspace, from},
                   QCoreApplication::translate("Workspace", "The tag could not be renamed: %1"));
    });
}

Status TeamNotes::recolourTag(const QString &name, const QString &color) {
    return run(
        QStringLiteral("UPDATE overleg.tag SET color = ? WHERE workspace_id = ? AND name = ?"),
        {color, m_workspace, name},
        QCoreApplication::translate("Workspace", "The tag could not be changed: %1"));
}

Status TeamNotes::mergeTags(const QString &from, const QString &into) {
    return inTransaction([&]() -> Status {
        const auto target = createTag(into);
        if (!target)
            return Status::failure(target.error());
        if (Status ok =
                run(QStringLiteral("UPDATE overleg.annotation SET tags = ARRAY(SELECT DISTINCT t "
                                   "FROM unnest(array_replace(tags, ?, ?)) t ORDER BY t) "
                                   "WHERE workspace_id = ? AND ? = ANY(tags)"),
                    {from, target->name, m_workspace, from},
                    QCoreApplication::translate("Workspace", "The tags could not be merged: %1"));
            !ok)
            return ok;
        return run(QStringLiteral(
                       "DELETE FROM overleg.tag WHERE workspace_id = ? AND name = ? AND id <> ?"),
                   {m_workspace, from, target->id},
                   QCoreApplication::translate("Workspace", "The tags could not be merged: %1"));
    });
}

Status TeamNotes::deleteTag(const QString &name) {
    return inTransaction([&]() -> Status {
        if (Status ok =
                run(QStringLiteral("UPDATE overleg.annotation SET tags = "
                                   "array_remove(tags, ?) WHERE workspace_id = ? AND ? = "
                                   "ANY(tags)"),
                    {name, m_workspace, name},
                    QCoreApplication::translate("Workspace", "The tag could not be deleted: %1"));
            !ok)
            return ok;
        return run(QStringLiteral("DELETE FROM overleg.tag WHERE workspace_id = ? AND name = ?"),
                   {m_workspace, name},
                   QCoreApplication::translate("Workspace", "The tag could not be deleted: %1"));
    });
}

QHash<QString, Annotation> TeamNotes::annotationsOf(const QString &documentId) const {
    QHash<QString, Annotation> result;
    QSqlQuery q = m_connection->run(
        QStringLiteral("SELECT question_id, status, note, anchor_text, array_to_json(tags)::text "
                       "FROM overleg.annotation WHERE workspace_id = ? AND document_id = ?"),
        {m_workspace, documentId});
    while (q.next()) {
        Annotation a;
        a.questionId = q.value(0).toString();
        a.documentId = documentId;
        a.status = q.value(1).toString();
        a.note = q.value(2).toString();
        a.anchorText = q.value(3).toString();
        a.tags = fromJsonArray(q.value(4).toString());
        a.tags.sort(Qt::CaseInsensitive);
        result.insert(a.questionId, a);
    }
    return result;
}

QStringList TeamNotes::annotatedDocuments() const {
    QStringList ids;
    QSqlQuery q = m_connection->run(
        QStringLiteral("SELECT document_id FROM overleg.annotation WHERE workspace_id = ? GROUP "
                       "BY document_id ORDER BY min(updated_at), document_id"),
        {m_workspace});
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

std::optional<Annotation> TeamNotes::annotation(const QString &questionId) const {
    QSqlQuery q = m_connection->run(QStringLiteral("SELECT document_id FROM overleg.annotation "
                                                   "WHERE workspace_id = ? AND question_id = ?"),
                                    {m_workspace, questionId});
    if (!q.next())
        return std::nullopt;
    return annotationsOf(q.value(0).toString()).value(questionId);
}

Status TeamNotes::moveAnnotation(const QString &fromQuestionId, const QString &toQuestionId,
                                 const QString &anchorText) {
    return inTransaction([&]() -> Status {
        if (Status ok =
                run(QStringLiteral("INSERT INTO overleg.annotation (workspace_id, question_id, "
                                   "document_id, status, note, anchor_text, tags) SELECT "
                                   "workspace_id, ?, document_id, status, note, ?, tags FROM "
                                   "overleg.annotation WHERE workspace_id = ? AND question_id = ?"),
                    {toQuestionId, text(anchorText), m_workspace, fromQuestionId},
                    QCoreApplication::translate("Workspace", "The note could not be moved: %1"));
            !ok)
            return ok;
        return run(QStringLiteral("DELETE FROM overleg.annotation WHERE workspace_id = ? AND "
                                  "question_id = ?"),
                   {m_workspace, fromQuestionId},
                   QCoreApplication::translate("Workspace", "The note could not be moved: %1"));
    });
}

QList<Correction> TeamNotes::corrections(const QString &documentId) const {
    QList<Correction> list;
    QSqlQuery q = m_connection->run(
        QStringLiteral("SELECT kind, payload FROM overleg.correction WHERE workspace_id = ? AND "
                       "document_id = ? AND kind <> 'remove' ORDER BY id"),
        {m_workspace, documentId});
    while (q.next())
        if (const auto kind = Correction::kindFromName(q.value(0).toString()))
            list << Correction{*kind,
                               QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()};
    return list;
}

Result<qint64> TeamNotes::addCorrection(const QString &documentId, const Correction &correction) {
    if (correction.kind == Correction::Kind::Remove) {
        const Status ok = setUnitRemoved(
            documentId, correction.payload.value(QStringLiteral("id")).toString(), true);
        return ok ? Result<qint64>(0) : Result<qint64>::failure(ok.error());
    }
    QSqlQuery q = m_connection->run(
        QStringLiteral("INSERT INTO overleg.correction (workspace_id, document_id, kind, payload) "
                       "VALUES (?, ?, ?, ?) RETURNING id"),
        {m_workspace, documentId, Correction::kindName(correction.kind),
         QString::fromUtf8(QJsonDocument(correction.payload).toJson(QJsonDocument::Compact))});
    if (!q.next())
        return Result<qint64>::failure(
            QCoreApplication::translate("Workspace", "The correction could not be saved: %1")
                .arg(PgConnection::errorOf(q)));
    return q.value(0).toLongLong();
}

Status TeamNotes::deleteCorrection(qint64 id) {
    return run(QStringLiteral("DELETE FROM overleg.correction WHERE workspace_id = ? AND id = ?"),
               {m_workspace, id},
               QCoreApplication::translate("Workspace", "The correction could not be deleted: %1"));
}

QStringList TeamNotes::removedUnits(const QString &documentId) const {
    QStringList ids;
    QSqlQuery q = m_connection->run(
        QStringLiteral("SELECT payload FROM overleg.correction WHERE workspace_id = ? AND "
                       "document_id = ? AND kind = 'remove'"),
        {m_workspace, documentId});
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Status TeamNotes::setUnitRemoved(const QString &documentId, const QString &questionId,
                                 bool removed) {
    if (removed)
        return run(QStringLiteral(
                       "INSERT INTO overleg.correction (workspace_id, document_id, kind, payload) "
                       "SELECT ?, ?, 'remove', ? WHERE NOT EXISTS (SELECT 1 FROM "
                       "overleg.correction WHERE workspace_id = ? AND document_id = ? AND kind = "
                       "'remove' AND payload = ?)"),
                   {m_workspace, documentId, questionId, m_workspace, documentId, questionId},
                   QCoreApplication::translate("Workspace", "The unit could not be removed: %1"));
    return run(QStringLiteral("DELETE FROM overleg.correction WHERE workspace_id = ? AND "
                              "document_id = ? AND kind = 'remove' AND payload = ?"),
               {m_workspace, documentId, questionId},
               QCoreApplication::translate("Workspace", "The unit could not be restored: %1"));
}

} // namespace overleg
