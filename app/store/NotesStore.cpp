#include "NotesStore.h"

#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>

#include <optional>

namespace overleg {

namespace {

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL; these columns hold text, possibly empty.
QString text(const QString &value) {
    return value.isNull() ? QStringLiteral("") : value;
}

// Distinct, readable tag colours, assigned in turn.
const char *const kPalette[] = {"#4a90d9", "#e8743b", "#19a979", "#ed4a7b", "#945ecf",
                                "#13a4b4", "#525df4", "#bf399e", "#6c8893", "#ee6868"};

} // namespace

NotesStore::NotesStore(Database &notes)
    : m_db(notes) {}

Status NotesStore::ensureAnnotation(const QString &documentId, const QString &questionId,
                                    const QString &anchorText) {
    QSqlQuery q = m_db.run(
        QStringLiteral("INSERT INTO annotation (question_id, document_id, anchor_text, updated_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT(question_id) DO UPDATE SET "
                       "anchor_text = excluded.anchor_text"),
        {questionId, documentId, text(anchorText), now()});
    return q.lastError().isValid() ? Status::failure(q.lastError().text()) : success();
}

Status NotesStore::busy() const {
    return Status::failure(
        QCoreApplication::translate("NotesStore",
                                    "The notes are being changed elsewhere and stayed locked; "
                                    "nothing was saved. Try again. (%1)")
            .arg(m_db.connection().lastError().text()));
}

Status NotesStore::annotate(const QString &documentId, const QString &questionId,
                            const QString &anchorText, const QString &status,
                            const QStringList &tags, const std::optional<QString> &note) {
    // One transaction: the status, the tags and the note are one edit, all saved or none.
    Transaction tx(m_db.connection());
    if (!tx.isOpen())
        return busy();
    if (!status.isEmpty())
        if (Status ok = setStatus(documentId, questionId, anchorText, status); !ok)
            return ok;
    for (const QString &tag : tags)
        if (Status ok = addTag(documentId, questionId, anchorText, tag); !ok)
            return ok;
    if (note)
        if (Status ok = setNote(documentId, questionId, anchorText, *note); !ok)
            return ok;
    if (!tx.commit())
        return busy();
    return success();
}

Status NotesStore::inOneTransaction(const std::function<Status()> &edit) {
    // The setters' own transactions become savepoints inside this one.
    Transaction tx(m_db.connection());
    if (!tx.isOpen())
        return busy();
    if (Status ok = edit(); !ok)
        return ok;
    if (!tx.commit())
        return busy();
    return success();
}

Status NotesStore::setStatus(const QString &documentId, const QString &questionId,
                             const QString &anchorText, const QString &status) {
    if (!statuses().contains(status))
        return Status::failure(
            QCoreApplication::translate("NotesStore", "Unknown status '%1'.").arg(status));
    Transaction tx(m_db.connection());
    if (!tx.isOpen())
        return busy();
    if (auto ok = ensureAnnotation(documentId, questionId, anchorText); !ok)
        return ok;
    QSqlQuery q = m_db.run(
        QStringLiteral("UPDATE annotation SET status = ?, updated_at = ? WHERE question_id = ?"),
        {status, now(), questionId});
    if (q.lastError().isValid() || !tx.commit())
        return Status::failure(
            QCoreApplication::translate("NotesStore", "The status could not be saved: %1")
                .arg(m_db.connection().lastError().text()));
    return success();
}

Status NotesStore::setNote(const QString &documentId, const QString &questionId,
                           const QString &anchorText, const QString &note) {
    Transaction tx(m_db.connection());
    if (!tx.isOpen())
        return busy();
    if (auto ok = ensureAnnotation(documentId, questionId, anchorText); !ok)
        return ok;
    QSqlQuery q = m_db.run(
        QStringLiteral("UPDATE annotation SET note = ?, updated_at = ? WHERE question_id = ?"),
        {text(note), now(), questionId});
    if (q.lastError().isValid() || !tx.commit())
        return Status::failure(
            QCoreApplication::translate("NotesStore", "The note could not be saved: %1")
                .arg(m_db.connection().lastError().text()));
    return success();
}

Result<Tag> NotesStore::createTag(const QString &name, const QString &color) {
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Result<Tag>::failure(
            QCoreApplication::translate("NotesStore", "A tag needs a name."));
    QSqlQuery existing =
        m_db.run(QStringLiteral("SELECT id, name, color FROM tag WHERE name = ?"), {trimmed});
    if (existing.next())
        return Tag{existing.value(0).toLongLong(), existing.value(1).toString(),
                   existing.value(2).toString()};
    QSqlQuery count = m_db.run(QStringLiteral("SELECT count(*) FROM tag"));
    const int n = count.next() ? count.value(0).toInt() : 0;
    const QString chosen = color.isEmpty() ? QString::fromLatin1(kPalette[n % 10]) : color;
    QSqlQuery q =
        m_db.run(QStringLiteral("INSERT INTO tag (name, color, created_at) VALUES (?, ?, ?)"),
                 {trimmed, chosen, now()});
    if (q.lastError().isValid())
        return Result<Tag>::failure(q.lastError().text());
    return Tag{q.lastInsertId().toLongLong(), trimmed, chosen};
}

Status NotesStore::addTag(const QString &documentId, const QString &questionId,
                          const QString &anchorText, const QString &tagName) {
    Transaction tx(m_db.connection());
    if (!tx.isOpen())
        return busy();
    const auto tag = createTag(tagName);
    if (!tag)
        return Status::failure(tag.error());
    if (auto ok = ensureAnnotation(documentId, questionId, anchorText); !ok)
        return ok;
    QSqlQuery q = m_db.run(
        QStringLiteral("INSERT OR IGNORE INTO annotation_tag (question_id, tag_id) VALUES (?, ?)"),
        {questionId, tag->id});
    if (q.lastError().isValid() || !tx.commit())
        return Status::failure(
            QCoreApplication::translate("NotesStore", "The tag could not be saved: %1")
                .arg(m_db.connection().lastError().text()));
    return success();
}

Status NotesStore::removeTag(const QString &questionId, const QString &tagName) {
    QSqlQuery q =
        m_db.run(QStringLiteral("DELETE FROM annotation_tag WHERE question_id = ? AND tag_id = "
                                "(SELECT id FROM tag WHERE name = ?)"),
                 {questionId, tagName});
    return q.lastError().isValid() ? Status::failure(q.lastError().text()) : success();
}

QList<Tag> NotesStore::tags() const {
    QList<Tag> list;
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT id, name, color FROM tag ORDER BY name COLLATE NOCASE"));
    while (q.next())
        list << Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return list;
}

Status NotesStore::renameTag(const QString &from, const QString &to) {
    const QString name = to.simplified();
    if (name.isEmpty())
        return Status::failure(QCoreApplication::translate("NotesStore", "A tag needs a name."));
    QSqlQuery clash =
        m_db.run(QStringLiteral("SELECT 1 FROM tag WHERE name = ? AND name <> ?"), {name, from});
    if (clash.next())
        return Status::failure(
            QCoreApplication::translate("NotesStore",
                                        "There is already a tag '%1'; merge the tags instead.")
                .arg(name));
    QSqlQuery q = m_db.run(QStringLiteral("UPDATE tag SET name = ? WHERE name = ?"), {name, from});
    return q.lastError().isValid() ? Status::failure(q.lastError().text()) : success();
}

Status NotesStore::recolourTag(const QString &name, const QString &color) {
    QSqlQuery q =
        m_db.run(QStringLiteral("UPDATE tag SET color = ? WHERE name = ?"), {color, name});
    return q.lastError().isValid() ? Status::failure(q.lastError().text()) : success();
}

Status NotesStore::mergeTags(const QString &from, const QString &into) {
    Transaction tx(m_db.connection());
    if (!tx.isOpen())
        return busy();
    const auto target = createTag(into);
    if (!target)
        return Status::failure(target.error());
    m_db.run(QStringLiteral(
                 "INSERT OR IGNORE INTO annotation_tag (question_id, tag_id) SELECT question_id, ? "
                 "FROM annotation_tag WHERE tag_id = (SELECT id FROM tag WHERE name = ?)"),
             {target->id, from});
    QSqlQuery del =
        m_db.run(QStringLiteral("DELETE FROM tag WHERE name = ? AND id <> ?"), {from, target->id});
    if (del.lastError().isValid() || !tx.commit())
        return Status::failure(
            QCoreApplication::translate("NotesStore", "The tags could not be merged: %1")
                .arg(m_db.connection().lastError().text()));
    return success();
}

Status NotesStore::deleteTag(const QString &name) {
    QSqlQuery q = m_db.run(QStringLiteral("DELETE FROM tag WHERE name = ?"), {name});
    return q.lastError().isValid() ? Status::failure(q.lastError().text()) : success();
}

QHash<QString, Annotation> NotesStore::annotationsOf(const QString &documentId) const {
    QHash<QString, Annotation> result;
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "SELECT question_id, status, note, anchor_text FROM annotation WHERE document_id = ?"),
        {documentId});
    while (q.next()) {
        Annotation a;
        a.questionId = q.value(0).toString();
        a.documentId = documentId;
        a.status = q.value(1).toString();
        a.note = q.value(2).toString();
        a.anchorText = q.value(3).toString();
        result.insert(a.questionId, a);
    }
    QSqlQuery tags = m_db.run(
        QStringLiteral(
            "SELECT at.question_id, t.name FROM annotation_tag at JOIN tag t ON t.id = at.tag_id "
            "JOIN annotation a ON a.question_id = at.question_id WHERE a.document_id = ? "
            "ORDER BY t.name COLLATE NOCASE"),
        {documentId});
    while (tags.next())
        result[tags.value(0).toString()].tags << tags.value(1).toString();
    return result;
}

std::optional<Annotation> NotesStore::annotation(const QString &questionId) const {
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT document_id FROM annotation WHERE question_id = ?"), {questionId});
    if (!q.next())
        return std::nullopt;
    return annotationsOf(q.value(0).toString()).value(questionId);
}

Status NotesStore::moveAnnotation(const QString &fromQuestionId, const QString &toQuestionId,
                                  const QString &anchorText) {
    Transaction tx(m_db.connection());
    if (!tx.isOpen())
        return busy();
    const QStringList statements = {
        QStringLiteral(
            "INSERT INTO annotation (question_id, document_id, status, note, anchor_text, "
            "updated_at) "
            "SELECT ?, document_id, status, note, ?, ? FROM annotation WHERE question_id = ?"),
        QStringLiteral("UPDATE annotation_tag SET question_id = ? WHERE question_id = ?"),
        QStringLiteral("DELETE FROM annotation WHERE question_id = ?"),
    };
    const QList<QVariantList> values = {{toQuestionId, text(anchorText), now(), fromQuestionId},
                                        {toQuestionId, fromQuestionId},
                                        {fromQuestionId}};
    for (int i = 0; i < statements.size(); ++i) {
        QSqlQuery q = m_db.prepare(statements.at(i));
        for (const QVariant &v : values.at(i))
            q.addBindValue(v);
        if (!m_db.exec(q))
            return Status::failure(q.lastError().text());
    }
    if (!tx.commit())
        return Status::failure(m_db.connection().lastError().text());
    return success();
}

QStringList NotesStore::annotatedDocuments() const {
    QStringList ids;
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT document_id FROM annotation GROUP BY document_id ORDER BY min(updated_at)"));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QList<Correction> NotesStore::corrections(const QString &documentId) const {
    QList<Correction> list;
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT kind, payload FROM correction WHERE document_id = ? "
                                "AND kind <> 'remove' ORDER BY id"),
                 {documentId});
    while (q.next()) {
        const auto kind = Correction::kindFromName(q.value(0).toString());
        if (kind)
            list << Correction{*kind,
                               QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()};
    }
    return list;
}

Result<qint64> NotesStore::addCorrection(const QString &documentId, const Correction &correction) {
    if (correction.kind == Correction::Kind::Remove) {
        const Status ok = setUnitRemoved(
            documentId, correction.payload.value(QStringLiteral("id")).toString(), true);
        return ok ? Result<qint64>(0) : Result<qint64>::failure(ok.error());
    }
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "INSERT INTO correction (document_id, kind, payload, created_at) VALUES (?, ?, ?, ?)"),
        {documentId, Correction::kindName(correction.kind),
         QString::fromUtf8(QJsonDocument(correction.payload).toJson(QJsonDocument::Compact)),
         now()});
    if (q.lastError().isValid())
        return Result<qint64>::failure(q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Status NotesStore::deleteCorrection(qint64 id) {
    QSqlQuery q = m_db.run(QStringLiteral("DELETE FROM correction WHERE id = ?"), {id});
    return q.lastError().isValid() ? Status::failure(q.lastError().text()) : success();
}

QStringList NotesStore::removedUnits(const QString &documentId) const {
    QStringList ids;
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT payload FROM correction WHERE document_id = ? AND kind = 'remove'"),
        {documentId});
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Status NotesStore::setUnitRemoved(const QString &documentId, const QString &questionId,
                                  bool removed) {
    QSqlQuery q =
        removed
            ? m_db.run(QStringLiteral(
                           "INSERT INTO correction (document_id, kind, payload, created_at) "
                           "SELECT ?, 'remove', ?, ? WHERE NOT EXISTS (SELECT 1 FROM correction "
                           "WHERE document_id = ? AND kind = 'remove' AND payload = ?)"),
                       {documentId, questionId, now(), documentId, questionId})
            : m_db.run(
                  QStringLiteral("DELETE FROM correction WHERE document_id = ? AND kind = 'remove' "
                                 "AND payload = ?"),
                  {documentId, questionId});
    return q.lastError().isValid() ? Status::failure(q.lastError().text()) : success();
}

} // namespace overleg
