#include "TeamNotesCopy.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace overleg {

namespace {

QAtomicInt copyCounter;

} // namespace

Result<std::unique_ptr<TeamNotesCopy>> TeamNotesCopy::open(const QString &copyPath) {
    using R = Result<std::unique_ptr<TeamNotesCopy>>;
    if (!QFileInfo::exists(copyPath))
        return R::failure(QCoreApplication::translate(
                              "Workspace", "The offline copy %1 of the workspace is missing.")
                              .arg(copyPath));
    const QString name =
        QStringLiteral("overleg-team-copy-%1").arg(copyCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<TeamNotesCopy> copy(new TeamNotesCopy(name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(copyPath);
    // Only read; not opened read-only, which a WAL file without its -shm refuses.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return R::failure(db.lastError().text());
    return R(std::move(copy));
}

std::function<std::unique_ptr<NotesBackend>()> TeamNotesCopy::opener(const QString &copyPath) {
    return [copyPath]() -> std::unique_ptr<NotesBackend> {
        auto copy = open(copyPath);
        if (!copy)
            return nullptr;
        return std::move(copy).value();
    };
}

TeamNotesCopy::~TeamNotesCopy() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status TeamNotesCopy::readOnly() {
    return Status::failure(QCoreApplication::translate(
        "Workspace", "The offline copy of a workspace is read-only; edit in the workspace."));
}

QList<Annotation> TeamNotesCopy::read(const QString &where, const QVariantList &values) const {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT question_id, document_id, status, note, anchor_text, tags "
                             "FROM cache WHERE ") +
              where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<Annotation> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        Annotation a;
        a.questionId = q.value(0).toString();
        a.documentId = q.value(1).toString();
        a.status = q.value(2).toString();
        a.note = q.value(3).toString();
        a.anchorText = q.value(4).toString();
        for (const QJsonValue &tag :
             QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
            a.tags << tag.toString();
        list << a;
    }
    return list;
}

QHash<QString, Annotation> TeamNotesCopy::annotationsOf(const QString &documentId) const {
    QHash<QString, Annotation> result;
    for (const Annotation &a : read(QStringLiteral("document_id = ?"), {documentId}))
        result.insert(a.questionId, a);
    return result;
}

QStringList TeamNotesCopy::annotatedDocuments() const {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    QStringList ids;
    if (q.exec(QStringLiteral("SELECT DISTINCT document_id FROM cache ORDER BY 1")))
        while (q.next())
            ids << q.value(0).toString();
    return ids;
}

std::optional<Annotation> TeamNotesCopy::annotation(const QString &questionId) const {
    const QList<Annotation> found = read(QStringLiteral("question_id = ?"), {questionId});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Correction> TeamNotesCopy::corrections(const QString &documentId) const {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT kind, payload FROM correction_cache WHERE document_id = ? "
                             "AND kind <> 'remove' ORDER BY id"));
    q.addBindValue(documentId);
    QList<Correction> list;
    if (q.exec())
        while (q.next())
            if (const auto kind = Correction::kindFromName(q.value(0).toString()))
                list << Correction{
                    *kind, QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()};
    return list;
}

QStringList TeamNotesCopy::removedUnits(const QString &documentId) const {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "SELECT payload FROM correction_cache WHERE document_id = ? AND kind = 'remove'"));
    q.addBindValue(documentId);
    QStringList ids;
    if (q.exec())
        while (q.next())
            ids << q.value(0).toString();
    return ids;
}

QList<Tag> TeamNotesCopy::tags() const {
    // Named, like the offline OfflineNotes shows them; the colours are the server's.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    QList<Tag> list;
    if (q.exec(QStringLiteral("SELECT name FROM tag ORDER BY name COLLATE NOCASE")))
        while (q.next())
            list << Tag{0, q.value(0).toString(), QStringLiteral("#4a90d9")};
    return list;
}

QStringList TeamNotesCopy::answerLinks(const QString &questionDocumentId) const {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT answer_document_id FROM answer_link_cache WHERE "
                             "question_document_id = ? ORDER BY position"));
    q.addBindValue(questionDocumentId);
    QStringList ids;
    if (q.exec())
        while (q.next())
            ids << q.value(0).toString();
    return ids;
}

QStringList TeamNotesCopy::documentsWithAnswerLinks() const {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    QStringList ids;
    if (q.exec(QStringLiteral(
            "SELECT DISTINCT question_document_id FROM answer_link_cache ORDER BY 1")))
        while (q.next())
            ids << q.value(0).toString();
    return ids;
}

} // namespace overleg
