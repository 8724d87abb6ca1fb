#include "OfflineNotes.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace overleg {

namespace {

QAtomicInt localCounter;

QString defaultOf(const QString &field) {
    return field == QLatin1String("status") ? QStringLiteral("open") : QStringLiteral("");
}

QString toJson(const QStringList &list) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &json) {
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        list << v.toString();
    return list;
}

} // namespace

OfflineNotes::OfflineNotes(ServerAddress server, qint64 workspace, QString localName)
    : m_server(std::move(server))
    , m_workspace(workspace)
    , m_localName(std::move(localName)) {}

OfflineNotes::~OfflineNotes() {
    m_team.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_localName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_localName);
}

Result<std::unique_ptr<OfflineNotes>>
OfflineNotes::open(const ServerAddress &server, qint64 workspace, const QString &outboxPath) {
    using R = Result<std::unique_ptr<OfflineNotes>>;
    const QString name =
        QStringLiteral("overleg-outbox-%1").arg(localCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<OfflineNotes> notes(new OfflineNotes(server, workspace, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(outboxPath);
    if (!db.open())
        return R::failure(
            QCoreApplication::translate("Workspace", "The workspace outbox %1 cannot be opened: %2")
                .arg(outboxPath, db.lastError().text()));
    // WAL, synchronous NORMAL: an edit reported kept survives the application's crash or kill
    // (the log is in the kernel's hands at commit) without waiting for the disk on every edit;
    // a power cut may lose the last ones (the personal notes, FULL, do not).
    for (const char *sql :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
          "CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, document_id TEXT NOT NULL, "
          "question_id TEXT NOT NULL, anchor_text TEXT NOT NULL, field TEXT NOT NULL, base TEXT "
          "NOT NULL, value TEXT NOT NULL)",
          "CREATE TABLE IF NOT EXISTS cache (question_id TEXT PRIMARY KEY, document_id TEXT NOT "
          "NULL, status TEXT NOT NULL, note TEXT NOT NULL, anchor_text TEXT NOT NULL, tags TEXT "
          "NOT NULL)",
          "CREATE INDEX IF NOT EXISTS cache_document ON cache(document_id)",
          "CREATE TABLE IF NOT EXISTS conflict (id INTEGER PRIMARY KEY, document_id TEXT NOT "
          "NULL, question_id TEXT NOT NULL, anchor_text TEXT NOT NULL, field TEXT NOT NULL, base "
          "TEXT NOT NULL, mine TEXT NOT NULL, theirs TEXT NOT NULL, theirs_by TEXT NOT NULL, "
          "detected_at TEXT NOT NULL)"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(sql)))
            return R::failure(QCoreApplication::translate(
                                  "Workspace", "The workspace outbox %1 cannot be opened: %2")
                                  .arg(outboxPath, q.lastError().text()));
    }
    notes->sync();
    return R(std::move(notes));
}

QSqlQuery OfflineNotes::local(const QString &sql, const QVariantList &values) const {
    QSqlQuery q(QSqlDatabase::database(m_localName, false));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    return q;
}

bool OfflineNotes::reachServer() {
    if (m_team) {
        if (m_team->connection().isOpen()) {
            QSqlQuery ping = m_team->connection().run(QStringLiteral("SELECT 1"));
            if (ping.next())
                return m_online = true;
        }
        if (m_team->connection().reopen())
            return m_online = true;
        return m_online = false;
    }
    auto connection = PgConnection::open(m_server);
    if (!connection)
        return m_online = false;
    m_team = std::make_unique<TeamNotes>(std::move(connection).value(), m_workspace);
    return m_online = true;
}

int OfflineNotes::pendingEdits() const {
    QSqlQuery q = local(QStringLiteral("SELECT count(*) FROM outbox"));
    return q.next() ? q.value(0).toInt() : 0;
}

QString OfflineNotes::cachedValue(const QString &questionId, const QString &field) const {
    QSqlQuery q =
        local(QStringLiteral("SELECT status, note FROM cache WHERE question_id = ?"), {questionId});
    if (!q.next())
        return defaultOf(field);
    return q.value(field == QLatin1String("status") ? 0 : 1).toString();
}

void OfflineNotes::cache(const Annotation &a) const {
    local(QStringLiteral("INSERT OR REPLACE INTO cache (question_id, document_id, status, note, "
                         "anchor_text, tags) VALUES (?, ?, ?, ?, ?, ?)"),
          {a.questionId, a.documentId, a.status, a.note, a.anchorText, toJson(a.tags)});
}

void OfflineNotes::cacheField(const Edit &e) const {
    local(QStringLiteral("INSERT OR IGNORE INTO cache (question_id, document_id, status, note, "
                         "anchor_text, tags) VALUES (?, ?, 'open', '', ?, '[]')"),
          {e.questionId, e.documentId, e.anchorText});
    if (e.field == QLatin1String("status") || e.field == QLatin1String("note")) {
        local(QStringLiteral("UPDATE cache SET %1 = ? WHERE question_id = ?").arg(e.field),
              {e.value, e.questionId});
        return;
    }
    QSqlQuery q =
        local(QStringLiteral("SELECT tags FROM cache WHERE question_id = ?"), {e.questionId});
    QStringList tags = q.next() ? fromJson(q.value(0).toString()) : QStringList();
    if (e.field == QLatin1String("tag+") && !tags.contains(e.value))
        tags << e.value;
    if (e.field == QLatin1String("tag-"))
        tags.removeAll(e.value);
    tags.sort(Qt::CaseInsensitive);
    local(QStringLiteral("UPDATE cache SET tags = ? WHERE question_id = ?"),
          {toJson(tags), e.questionId});
}

bool OfflineNotes::send(const Edit &e, QString *error) {
    PgConnection &server = m_team->connection();
    QSqlDatabase db = server.db();
    auto lost = [&]() {
        db.rollback();
        if (!server.isOpen())
            return true;
        QSqlQuery ping = server.run(QStringLiteral("SELECT 1"));
        return !ping.next();
    };
    if (!db.transaction())
        return false;
    Status applied = success();
    if (e.field == QLatin1String("tag+") || e.field == QLatin1String("tag-")) {
        QSqlQuery has = server.run(QStringLiteral("SELECT ? = ANY(tags) FROM overleg.annotation "
                                                  "WHERE workspace_id = ? AND question_id = ?"),
                                   {e.value, m_workspace, e.questionId});
        if (has.lastError().isValid())
            return !lost() ? (*error = PgConnection::errorOf(has), true) : false;
        const bool present = has.next() && has.value(0).toBool();
        // Sent before a crash and again now: already there (or gone), nothing is done twice.
        if (e.field == QLatin1String("tag+") && !present)
            applied = m_team->addTag(e.documentId, e.questionId, e.anchorText, e.value);
        else if (e.field == QLatin1String("tag-") && present)
            applied = m_team->removeTag(e.questionId, e.value);
    } else {
        QSqlQuery current = server.run(
            QStringLiteral("SELECT %1, updated_by FROM overleg.annotation WHERE workspace_id = ? "
                           "AND question_id = ? FOR UPDATE")
                .arg(e.field),
            {m_workspace, e.questionId});
        if (current.lastError().isValid())
            return !lost() ? (*error = PgConnection::errorOf(current), true) : false;
        const bool exists = current.next();
        const QString theirs = exists ? current.value(0).toString() : defaultOf(e.field);
        if (theirs == e.value) {
            // Already so (a resend, or the same change made twice): nothing to do.
        } else if (theirs == e.base || !exists) {
            applied = e.field == QLatin1String("status")
                          ? m_team->setStatus(e.documentId, e.questionId, e.anchorText, e.value)
                          : m_team->setNote(e.documentId, e.questionId, e.anchorText, e.value);
        } else {
            // Changed by someone else since this edit's base: keep both, overwrite neither.
            local(QStringLiteral("INSERT INTO conflict (document_id, question_id, anchor_text, "
                                 "field, base, mine, theirs, theirs_by, detected_at) VALUES (?, "
                                 "?, ?, ?, ?, ?, ?, ?, ?)"),
                  {e.documentId, e.questionId, e.anchorText, e.field, e.base, e.value, theirs,
                   current.value(1).toString(),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
            *error = QCoreApplication::translate(
                         "Workspace", "%1 changed this %2 meanwhile; both versions are kept.")
                         .arg(current.value(1).toString(),
                              e.field == QLatin1String("status")
                                  ? QCoreApplication::translate("Workspace", "status")
                                  : QCoreApplication::translate("Workspace", "note"));
        }
    }
    if (!applied) {
        if (lost())
            return false;
        *error = applied.error();
        return true;
    }
    if (!db.commit())
        return !lost() ? (*error = db.lastError().text(), true) : false;
    return true;
}

bool OfflineNotes::sync() {
    if (!reachServer())
        return false;
    QSqlQuery q = local(QStringLiteral("SELECT id, document_id, question_id, anchor_text, field, "
                                       "base, value FROM outbox ORDER BY id"));
    QList<Edit> edits;
    while (q.next())
        edits << Edit{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toString()};
    for (const Edit &e : edits) {
        QString error;
        if (!send(e, &error)) {
            m_online = false;
            return false;
        }
        // A refused edit (a conflict, or no right to write) is not retried: the conflict list
        // keeps what it said.
        local(QStringLiteral("DELETE FROM outbox WHERE id = ?"), {e.id});
    }
    return true;
}

Status OfflineNotes::edit(Edit e) {
    // SQLite binds a null QString as NULL: these columns hold text, possibly empty.
    e.base = e.field == QLatin1String("status") || e.field == QLatin1String("note")
                 ? cachedValue(e.questionId, e.field)
                 : QStringLiteral("");
    if (e.base.isNull())
        e.base = QStringLiteral("");
    if (e.anchorText.isNull())
        e.anchorText = QStringLiteral("");
    if (e.documentId.isNull())
        e.documentId = QStringLiteral("");
    if (pendingEdits() == 0 && reachServer()) {
        QString error;
        if (send(e, &error)) {
            if (!error.isEmpty())
                return Status::failure(error);
            QSqlDatabase::database(m_localName, false).transaction();
            cacheField(e);
            QSqlDatabase::database(m_localName, false).commit();
            return success();
        }
    }
    // The server is away (or older edits wait): to the outbox, in order, kept on disk. The edit
    // and what reads show of it are one local transaction, one wait for the disk.
    m_online = false;
    QSqlDatabase outbox = QSqlDatabase::database(m_localName, false);
    outbox.transaction();
    QSqlQuery q =
        local(QStringLiteral("INSERT INTO outbox (document_id, question_id, "
                             "anchor_text, field, base, value) VALUES (?, ?, ?, ?, ?, ?)"),
              {e.documentId, e.questionId, e.anchorText, e.field, e.base, e.value});
    if (q.lastError().isValid()) {
        const QString error = q.lastError().text();
        outbox.rollback();
        return Status::failure(
            QCoreApplication::translate("Workspace", "The edit could not be kept for sending: %1")
                .arg(error));
    }
    cacheField(e);
    if (!outbox.commit())
        return Status::failure(
            QCoreApplication::translate("Workspace", "The edit could not be kept for sending: %1")
                .arg(outbox.lastError().text()));
    return success();
}

QList<NoteConflict> OfflineNotes::conflicts() const {
    QList<NoteConflict> list;
    QSqlQuery q = local(QStringLiteral("SELECT id, question_id, field, base, mine, theirs, "
                                       "theirs_by, detected_at FROM conflict ORDER BY id"));
    while (q.next())
        list << NoteConflict{q.value(0).toLongLong(),
                             q.value(1).toString(),
                             q.value(2).toString(),
                             q.value(3).toString(),
                             q.value(4).toString(),
                             q.value(5).toString(),
                             q.value(6).toString(),
                             QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs)};
    return list;
}

Status OfflineNotes::resolveConflict(qint64 id, bool keepMine) {
    QSqlQuery q = local(QStringLiteral("SELECT document_id, question_id, anchor_text, field, "
                                       "theirs, mine FROM conflict WHERE id = ?"),
                        {id});
    if (!q.next())
        return Status::failure(
            QCoreApplication::translate("Workspace", "There is no such conflict."));
    Edit e{0,
           q.value(0).toString(),
           q.value(1).toString(),
           q.value(2).toString(),
           q.value(3).toString(),
           q.value(4).toString(),
           q.value(5).toString()};
    local(QStringLiteral("DELETE FROM conflict WHERE id = ?"), {id});
    if (!keepMine) {
        e.value = e.base;
        cacheField(e);
        return success();
    }
    // Mine, on top of theirs: an edit whose base is their version.
    local(QStringLiteral("UPDATE cache SET %1 = ? WHERE question_id = ?").arg(e.field),
          {e.base, e.questionId});
    return edit(e);
}

Status OfflineNotes::annotate(const QString &documentId, const QString &questionId,
                              const QString &anchorText, const QString &status,
                              const QStringList &tags, const std::optional<QString> &note) {
    if (!status.isEmpty())
        if (Status ok = setStatus(documentId, questionId, anchorText, status); !ok)
            return ok;
    for (const QString &tag : tags)
        if (Status ok = addTag(documentId, questionId, anchorText, tag); !ok)
            return ok;
    if (note)
        return setNote(documentId, questionId, anchorText, *note);
    return success();
}

Status OfflineNotes::setStatus(const QString &documentId, const QString &questionId,
                               const QString &anchorText, const QString &status) {
    if (!statuses().contains(status))
        return Status::failure(
            QCoreApplication::translate("Workspace", "Unknown status '%1'.").arg(status));
    return edit({0, documentId, questionId, anchorText, QStringLiteral("status"), {}, status});
}

Status OfflineNotes::setNote(const QString &documentId, const QString &questionId,
                             const QString &anchorText, const QString &note) {
    return edit({0,
                 documentId,
                 questionId,
                 anchorText,
                 QStringLiteral("note"),
                 {},
                 note.isNull() ? QStringLiteral("") : note});
}

Status OfflineNotes::addTag(const QString &documentId, const QString &questionId,
                            const QString &anchorText, const QString &tagName) {
    const QString name = tagName.simplified();
    if (name.isEmpty())
        return Status::failure(QCoreApplication::translate("Workspace", "A tag needs a name."));
    return edit({0, documentId, questionId, anchorText, QStringLiteral("tag+"), {}, name});
}

Status OfflineNotes::removeTag(const QString &questionId, const QString &tagName) {
    QSqlQuery q = local(QStringLiteral("SELECT document_id, anchor_text FROM cache WHERE "
                                       "question_id = ?"),
                        {questionId});
    const bool known = q.next();
    return edit({0,
                 known ? q.value(0).toString() : QString(),
                 questionId,
                 known ? q.value(1).toString() : QString(),
                 QStringLiteral("tag-"),
                 {},
                 tagName});
}

Status OfflineNotes::needsServer() const {
    return Status::failure(QCoreApplication::translate(
        "Workspace", "The workspace server cannot be reached; this change needs it. "
                     "Status, note and tag edits are kept and sent later."));
}

QList<Tag> OfflineNotes::tags() const {
    if (m_online && m_team)
        return m_team->tags();
    QList<Tag> list;
    QStringList names;
    QSqlQuery q = local(QStringLiteral("SELECT tags FROM cache"));
    while (q.next())
        for (const QString &name : fromJson(q.value(0).toString()))
            if (!names.contains(name))
                names << name;
    names.sort(Qt::CaseInsensitive);
    for (const QString &name : names)
        list << Tag{0, name, QStringLiteral("#4a90d9")};
    return list;
}

Result<Tag> OfflineNotes::createTag(const QString &name, const QString &color) {
    if (!reachServer())
        return Result<Tag>::failure(needsServer().error());
    return m_team->createTag(name, color);
}

Status OfflineNotes::renameTag(const QString &from, const QString &to) {
    return reachServer() && sync() ? m_team->renameTag(from, to) : needsServer();
}

Status OfflineNotes::recolourTag(const QString &name, const QString &color) {
    return reachServer() && sync() ? m_team->recolourTag(name, color) : needsServer();
}

Status OfflineNotes::mergeTags(const QString &from, const QString &into) {
    return reachServer() && sync() ? m_team->mergeTags(from, into) : needsServer();
}

Status OfflineNotes::deleteTag(const QString &name) {
    return reachServer() && sync() ? m_team->deleteTag(name) : needsServer();
}

QHash<QString, Annotation> OfflineNotes::annotationsOf(const QString &documentId) const {
    if (m_online && m_team && pendingEdits() == 0) {
        const auto result = m_team->annotationsOf(documentId);
        QSqlQuery ping = m_team->connection().run(QStringLiteral("SELECT 1"));
        if (ping.next()) {
            QSqlDatabase db = QSqlDatabase::database(m_localName, false);
            db.transaction(); // one commit for a whole consultation, not one per question
            for (const Annotation &a : result)
                cache(a);
            db.commit();
            return result;
        }
        m_online = false;
    }
    QHash<QString, Annotation> result;
    QSqlQuery q = local(QStringLiteral("SELECT question_id, status, note, anchor_text, tags FROM "
                                       "cache WHERE document_id = ?"),
                        {documentId});
    while (q.next()) {
        Annotation a;
        a.questionId = q.value(0).toString();
        a.documentId = documentId;
        a.status = q.value(1).toString();
        a.note = q.value(2).toString();
        a.anchorText = q.value(3).toString();
        a.tags = fromJson(q.value(4).toString());
        result.insert(a.questionId, a);
    }
    return result;
}

std::optional<Annotation> OfflineNotes::annotation(const QString &questionId) const {
    QSqlQuery q =
        local(QStringLiteral("SELECT document_id FROM cache WHERE question_id = ?"), {questionId});
    if (q.next())
        return annotationsOf(q.value(0).toString()).value(questionId);
    if (m_online && m_team)
        if (auto a = m_team->annotation(questionId)) {
            cache(*a);
            return a;
        }
    return std::nullopt;
}

Status OfflineNotes::moveAnnotation(const QString &fromQuestionId, const QString &toQuestionId,
                                    const QString &anchorText) {
    if (!reachServer() || !sync())
        return needsServer();
    local(QStringLiteral("DELETE FROM cache WHERE question_id IN (?, ?)"),
          {fromQuestionId, toQuestionId});
    return m_team->moveAnnotation(fromQuestionId, toQuestionId, anchorText);
}

QList<Correction> OfflineNotes::corrections(const QString &documentId) const {
    return m_online && m_team ? m_team->corrections(documentId) : QList<Correction>();
}

Result<qint64> OfflineNotes::addCorrection(const QString &documentId,
                                           const Correction &correction) {
    if (!reachServer() || !sync())
        return Result<qint64>::failure(needsServer().error());
    return m_team->addCorrection(documentId, correction);
}

Status OfflineNotes::deleteCorrection(qint64 id) {
    return reachServer() && sync() ? m_team->deleteCorrection(id) : needsServer();
}

QStringList OfflineNotes::removedUnits(const QString &documentId) const {
    return m_online && m_team ? m_team->removedUnits(documentId) : QStringList();
}

Status OfflineNotes::setUnitRemoved(const QString &documentId, const QString &questionId,
                                    bool removed) {
    return reachServer() && sync() ? m_team->setUnitRemoved(documentId, questionId, removed)
                                   : needsServer();
}

} // namespace overleg
