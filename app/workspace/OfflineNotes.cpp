#include "OfflineNotes.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>

namespace overleg {

namespace {

QAtomicInt localCounter;

// A row written again with the same values keeps its version (OfflineNotesCopy.cpp).
const char kCacheUpsert[] =
    "ON CONFLICT(question_id) DO UPDATE SET document_id = excluded.document_id, status = "
    "excluded.status, note = excluded.note, anchor_text = excluded.anchor_text, tags = "
    "excluded.tags";

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
    notes->m_outboxPath = outboxPath;
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
          // The cache as the personal notes' tables, for the Open vragen queries (and the
          // annotation view in prepareCopy).
          "CREATE VIEW IF NOT EXISTS annotation_tag AS SELECT c.question_id AS question_id, "
          "j.value AS tag_id FROM cache c, json_each(c.tags) j",
          "CREATE VIEW IF NOT EXISTS tag AS SELECT DISTINCT j.value AS id, j.value AS name FROM "
          "cache c, json_each(c.tags) j",
          // The answer links last read from the server, shown while it is away.
          "CREATE TABLE IF NOT EXISTS answer_link_cache (question_document_id TEXT NOT NULL, "
          "answer_document_id TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY "
          "(question_document_id, answer_document_id))",
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
    // Outboxes written before edits were grouped and refusals kept get the columns now: an old
    // entry is a group of its own, waiting to be sent.
    QStringList columns;
    for (QSqlQuery info = notes->local(QStringLiteral("PRAGMA table_info(outbox)")); info.next();)
        columns << info.value(1).toString();
    for (const char *column : {"edit_group INTEGER", "refused TEXT", "refused_at TEXT"})
        if (!columns.contains(QString::fromLatin1(column).section(u' ', 0, 0)))
            if (QSqlQuery q = notes->local(QStringLiteral("ALTER TABLE outbox ADD COLUMN ") +
                                           QLatin1String(column));
                q.lastError().isValid())
                return R::failure(QCoreApplication::translate(
                                      "Workspace", "The workspace outbox %1 cannot be opened: %2")
                                      .arg(outboxPath, q.lastError().text()));
    if (const Status copy = notes->prepareCopy(); !copy)
        return R::failure(
            QCoreApplication::translate("Workspace", "The workspace outbox %1 cannot be opened: %2")
                .arg(outboxPath, copy.error()));
    if (notes->sync() && notes->pendingEdits() == 0)
        notes->refreshCache();
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
    QSqlQuery q = local(QStringLiteral("SELECT count(*) FROM outbox WHERE refused IS NULL"));
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
    local(QStringLiteral("INSERT INTO cache (question_id, document_id, status, note, anchor_text, "
                         "tags) VALUES (?, ?, ?, ?, ?, ?) ") +
              QLatin1String(kCacheUpsert),
          {a.questionId, a.documentId, a.status, a.note, a.anchorText, toJson(a.tags)});
}

void OfflineNotes::cacheAll(const QList<Annotation> &list) const {
    // One statement prepared for all rows: a consultation's thousands of rows in one go.
    QSqlQuery q(QSqlDatabase::database(m_localName, false));
    q.prepare(QStringLiteral("INSERT INTO cache (question_id, document_id, status, note, "
                             "anchor_text, tags) VALUES (?, ?, ?, ?, ?, ?) ") +
              QLatin1String(kCacheUpsert));
    for (const Annotation &a : list) {
        for (const QVariant &v :
             {QVariant(a.questionId), QVariant(a.documentId), QVariant(a.status), QVariant(a.note),
              QVariant(a.anchorText), QVariant(toJson(a.tags))})
            q.addBindValue(v);
        q.exec();
    }
}

void OfflineNotes::refreshCache() {
    QSqlQuery q = m_team->connection().run(
        QStringLiteral("SELECT question_id, document_id, status, note, anchor_text, "
                       "array_to_json(tags)::text FROM overleg.annotation WHERE workspace_id = ?"),
        {m_workspace});
    if (q.lastError().isValid())
        return;
    QList<Annotation> all;
    while (q.next()) {
        QStringList tags = fromJson(q.value(5).toString());
        tags.sort(Qt::CaseInsensitive);
        all << Annotation{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), tags};
    }
    // Rows that did not change keep their version: the search index reads again only the
    // documents whose notes changed.
    QStringList ids;
    for (const Annotation &a : std::as_const(all))
        ids << a.questionId;
    QSqlDatabase db = QSqlDatabase::database(m_localName, false);
    db.transaction();
    cacheAll(all);
    local(QStringLiteral("DELETE FROM cache WHERE question_id NOT IN (SELECT value FROM "
                         "json_each(?))"),
          {toJson(ids)});
    db.commit();
    copyCorrections({});
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

bool OfflineNotes::connectionLost() {
    PgConnection &server = m_team->connection();
    if (!server.isOpen())
        return true;
    QSqlQuery ping = server.run(QStringLiteral("SELECT 1"));
    return !ping.next();
}

OfflineNotes::Applied OfflineNotes::applyOne(const Edit &e, QString *message,
                                             QVariantList *conflict) {
    PgConnection &server = m_team->connection();
    auto refused = [&](const QString &why) {
        *message = why;
        return Applied::Refused;
    };
    Status applied = success();
    if (e.field == QLatin1String("tag+") || e.field == QLatin1String("tag-")) {
        const QString hasSql = QStringLiteral("SELECT ? = ANY(tags) FROM overleg.annotation "
                                              "WHERE workspace_id = ? AND question_id = ?");
        QSqlQuery has = server.run(hasSql, {e.value, m_workspace, e.questionId});
        if (has.lastError().isValid())
            return refused(PgConnection::errorOf(has));
        const bool present = has.next() && has.value(0).toBool();
        // Sent before a crash and again now: already there (or gone), nothing is done twice.
        if (e.field == QLatin1String("tag+") && !present)
            applied = m_team->addTag(e.documentId, e.questionId, e.anchorText, e.value);
        else if (e.field == QLatin1String("tag-") && present) {
            applied = m_team->removeTag(e.questionId, e.value);
            // Row-level security hides the row from an UPDATE it refuses, without an error:
            // the tag still there is the refusal.
            QSqlQuery still = server.run(hasSql, {e.value, m_workspace, e.questionId});
            if (applied && still.next() && still.value(0).toBool())
                return refused(QCoreApplication::translate(
                    "Workspace", "The workspace server did not let you change this question."));
        }
    } else {
        QSqlQuery current = server.run(
            QStringLiteral("SELECT %1, updated_by FROM overleg.annotation WHERE workspace_id = ? "
                           "AND question_id = ? FOR UPDATE")
                .arg(e.field),
            {m_workspace, e.questionId});
        if (current.lastError().isValid())
            return refused(PgConnection::errorOf(current));
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
            *conflict = {e.documentId,
                         e.questionId,
                         e.anchorText,
                         e.field,
                         e.base,
                         e.value,
                         theirs,
                         current.value(1).toString(),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)};
            *message = QCoreApplication::translate(
                           "Workspace", "%1 changed this %2 meanwhile; both versions are kept.")
                           .arg(current.value(1).toString(),
                                e.field == QLatin1String("status")
                                    ? QCoreApplication::translate("Workspace", "status")
                                    : QCoreApplication::translate("Workspace", "note"));
            return Applied::Conflict;
        }
    }
    return applied ? Applied::Done : refused(applied.error());
}

OfflineNotes::Outcome OfflineNotes::send(const QList<Edit> &edits, QString *error,
                                         QList<Edit> *conflicted) {
    QSqlDatabase db = m_team->connection().db();
    if (!db.transaction())
        return Outcome::Lost;
    QList<QVariantList> conflicts;
    QStringList messages;
    for (const Edit &e : edits) {
        QString message;
        QVariantList conflict;
        switch (applyOne(e, &message, &conflict)) {
        case Applied::Done:
            break;
        case Applied::Conflict:
            conflicts << conflict;
            messages << message;
            if (conflicted)
                *conflicted << e;
            break;
        case Applied::Refused:
            // One edit is whole or not at all: nothing of the group stays on the server.
            db.rollback();
            if (connectionLost())
                return Outcome::Lost;
            *error = message;
            return Outcome::Refused;
        }
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        if (connectionLost())
            return Outcome::Lost;
        *error = why;
        return Outcome::Refused;
    }
    for (const QVariantList &c : std::as_const(conflicts))
        local(QStringLiteral("INSERT INTO conflict (document_id, question_id, anchor_text, "
                             "field, base, mine, theirs, theirs_by, detected_at) VALUES (?, "
                             "?, ?, ?, ?, ?, ?, ?, ?)"),
              c);
    *error = messages.join(u' ');
    return Outcome::Sent;
}

bool OfflineNotes::sync() {
    if (!reachServer())
        return false;
    QSqlQuery q = local(QStringLiteral("SELECT id, document_id, question_id, anchor_text, field, "
                                       "base, value, coalesce(edit_group, id) FROM outbox WHERE "
                                       "refused IS NULL ORDER BY id"));
    QList<QList<Edit>> groups;
    QHash<qint64, qsizetype> groupAt;
    while (q.next()) {
        const Edit e{q.value(0).toLongLong(), q.value(1).toString(),  q.value(2).toString(),
                     q.value(3).toString(),   q.value(4).toString(),  q.value(5).toString(),
                     q.value(6).toString(),   q.value(7).toLongLong()};
        if (!groupAt.contains(e.group)) {
            groupAt.insert(e.group, groups.size());
            groups.append(QList<Edit>());
        }
        groups[groupAt.value(e.group)] << e;
    }
    QStringList refusals;
    for (const QList<Edit> &group : std::as_const(groups)) {
        QString error;
        const Outcome outcome = send(group, &error);
        if (outcome == Outcome::Lost) {
            m_online = false;
            return false;
        }
        QSqlDatabase outbox = QSqlDatabase::database(m_localName, false);
        outbox.transaction();
        for (const Edit &e : group) {
            if (outcome == Outcome::Sent) {
                // Sent, or kept both ways as a conflict (the conflict list has it).
                local(QStringLiteral("DELETE FROM outbox WHERE id = ?"), {e.id});
            } else {
                // Refused: kept with the server's words until the user retries or discards it.
                local(QStringLiteral("UPDATE outbox SET refused = ?, refused_at = ? WHERE id = ?"),
                      {error, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), e.id});
            }
        }
        outbox.commit();
        if (outcome == Outcome::Refused)
            refusals << error;
    }
    // What colleagues changed meanwhile, for reads while away again and for Open vragen.
    if (!groups.isEmpty() && pendingEdits() == 0)
        refreshCache();
    if (!refusals.isEmpty() && m_onRefused) {
        refusals.removeDuplicates();
        m_onRefused(refusals.join(u' '));
    }
    return true;
}

Status OfflineNotes::edit(Edit e) {
    // SQLite binds a null QString as NULL: these columns hold text, possibly empty.
    const bool hasBase = e.field == QLatin1String("status") || e.field == QLatin1String("note");
    e.base = hasBase ? cachedValue(e.questionId, e.field) : QStringLiteral("");
    // Within one edit, a field changed twice starts the second time from the first's value.
    for (const Edit &earlier : std::as_const(m_group))
        if (hasBase && earlier.questionId == e.questionId && earlier.field == e.field)
            e.base = earlier.value;
    if (e.base.isNull())
        e.base = QStringLiteral("");
    if (e.anchorText.isNull())
        e.anchorText = QStringLiteral("");
    if (e.documentId.isNull())
        e.documentId = QStringLiteral("");
    if (m_groupDepth > 0) {
        m_group << e;
        return success();
    }
    return commit({e});
}

Status OfflineNotes::inOneTransaction(const std::function<Status()> &work) {
    if (m_groupDepth > 0) {
        ++m_groupDepth;
        Status result = work();
        --m_groupDepth;
        m_groupFailed = m_groupFailed || !result;
        return result;
    }
    m_groupDepth = 1;
    m_groupFailed = false;
    m_group.clear();
    const Status result = work();
    m_groupDepth = 0;
    const QList<Edit> edits = std::exchange(m_group, {});
    if (!result || m_groupFailed)
        return result ? Status::failure(QCoreApplication::translate(
                            "Workspace", "The change was not saved; nothing of it was kept."))
                      : result;
    return edits.isEmpty() ? success() : commit(edits);
}

Status OfflineNotes::commit(const QList<Edit> &edits) {
    if (pendingEdits() == 0 && reachServer()) {
        QString error;
        QList<Edit> conflicted;
        const Outcome outcome = send(edits, &error, &conflicted);
        if (outcome == Outcome::Refused)
            return Status::failure(error);
        if (outcome == Outcome::Sent) {
            // A conflicted field: the server kept theirs, the conflict list holds mine.
            QSqlDatabase::database(m_localName, false).transaction();
            for (const Edit &e : edits)
                if (std::none_of(conflicted.cbegin(), conflicted.cend(), [&](const Edit &c) {
                        return c.questionId == e.questionId && c.field == e.field;
                    }))
                    cacheField(e);
            QSqlDatabase::database(m_localName, false).commit();
            return error.isEmpty() ? success() : Status::failure(error);
        }
    }
    // The server is away (or older edits wait): to the outbox, in order, kept on disk, as one
    // group. The edit and what reads show of it are one local transaction, one wait for the disk.
    m_online = false;
    QSqlDatabase outbox = QSqlDatabase::database(m_localName, false);
    outbox.transaction();
    QSqlQuery next = local(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM outbox"));
    const qint64 group = next.next() ? next.value(0).toLongLong() : 1;
    for (const Edit &e : edits) {
        QSqlQuery q =
            local(QStringLiteral("INSERT INTO outbox (document_id, question_id, "
                                 "anchor_text, field, base, value, edit_group) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?)"),
                  {e.documentId, e.questionId, e.anchorText, e.field, e.base, e.value, group});
        if (q.lastError().isValid()) {
            const QString error = q.lastError().text();
            outbox.rollback();
            return Status::failure(QCoreApplication::translate(
                                       "Workspace", "The edit could not be kept for sending: %1")
                                       .arg(error));
        }
        cacheField(e);
    }
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
    return inOneTransaction([&]() -> Status {
        if (!status.isEmpty())
            if (Status ok = setStatus(documentId, questionId, anchorText, status); !ok)
                return ok;
        for (const QString &tag : tags)
            if (Status ok = addTag(documentId, questionId, anchorText, tag); !ok)
                return ok;
        if (note)
            return setNote(documentId, questionId, anchorText, *note);
        return success();
    });
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
            cacheAll(result.values());
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

QStringList OfflineNotes::annotatedDocuments() const {
    if (m_online && m_team && pendingEdits() == 0)
        return m_team->annotatedDocuments();
    QStringList ids;
    QSqlQuery q = local(QStringLiteral("SELECT DISTINCT document_id FROM cache ORDER BY 1"));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
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
    const auto added = m_team->addCorrection(documentId, correction);
    copyCorrections(documentId);
    return added;
}

Status OfflineNotes::deleteCorrection(qint64 id) {
    if (!reachServer() || !sync())
        return needsServer();
    const Status deleted = m_team->deleteCorrection(id);
    copyCorrections({});
    return deleted;
}

QStringList OfflineNotes::removedUnits(const QString &documentId) const {
    return m_online && m_team ? m_team->removedUnits(documentId) : QStringList();
}

Status OfflineNotes::setUnitRemoved(const QString &documentId, const QString &questionId,
                                    bool removed) {
    if (!reachServer() || !sync())
        return needsServer();
    const Status changed = m_team->setUnitRemoved(documentId, questionId, removed);
    copyCorrections(documentId);
    return changed;
}

} // namespace overleg
