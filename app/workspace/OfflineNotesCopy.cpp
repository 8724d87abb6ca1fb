// The offline copy of a team workspace's notes (the outbox file's cache) as something the
// search index can follow: every row carries a version that changes when the row does, and
// the copy follows a colleague's change as soon as it is announced.

#include "OfflineNotes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace overleg {

Status OfflineNotes::prepareCopy() {
    QStringList columns;
    for (QSqlQuery info = local(QStringLiteral("PRAGMA table_info(cache)")); info.next();)
        columns << info.value(1).toString();
    QStringList statements;
    if (!columns.contains(QLatin1String("version")))
        statements << QStringLiteral("ALTER TABLE cache ADD COLUMN version INTEGER");
    // A new or changed row takes the next version; a row written again unchanged keeps its own.
    const QString bump = QStringLiteral("BEGIN UPDATE cache SET version = (SELECT "
                                        "coalesce(max(version), 0) + 1 FROM cache) WHERE "
                                        "question_id = NEW.question_id; END");
    statements << QStringLiteral("CREATE INDEX IF NOT EXISTS cache_version ON cache(version)")
               << QStringLiteral("CREATE TRIGGER IF NOT EXISTS cache_inserted AFTER INSERT ON "
                                 "cache ") +
                      bump
               << QStringLiteral("CREATE TRIGGER IF NOT EXISTS cache_changed AFTER UPDATE OF "
                                 "document_id, status, note, tags ON cache WHEN OLD.document_id "
                                 "IS NOT NEW.document_id OR OLD.status IS NOT NEW.status OR "
                                 "OLD.note IS NOT NEW.note OR OLD.tags IS NOT NEW.tags ") +
                      bump
               // The server's corrections as last seen, under the server's ids (so a copy made
               // again from the same corrections has the same signature in the search index).
               << QStringLiteral("CREATE TABLE IF NOT EXISTS correction_cache (id INTEGER "
                                 "PRIMARY KEY, document_id TEXT NOT NULL, kind TEXT NOT NULL, "
                                 "payload TEXT NOT NULL)")
               << QStringLiteral("CREATE INDEX IF NOT EXISTS correction_cache_document ON "
                                 "correction_cache(document_id)");
    // updated_at names the workspace: the signature of a document's notes in the search index
    // never equals the one of another workspace's notes. Made again only where it differs (a
    // copy written before), so opening never waits for a reader of the view.
    // (Not QString::arg: it would take "%01" of the format for a place marker.)
    const QString view = QStringLiteral("CREATE VIEW annotation AS SELECT question_id, "
                                        "document_id, status, note, anchor_text, "
                                        "printf('workspace %d #%012d', ") +
                         QString::number(m_workspace) +
                         QStringLiteral(", coalesce(version, 0)) AS updated_at FROM cache");
    const QString corrections = QStringLiteral("CREATE VIEW correction AS SELECT id, document_id, "
                                               "kind, payload FROM correction_cache");
    for (const auto &[name, sql] : {std::pair{QStringLiteral("annotation"), view},
                                    std::pair{QStringLiteral("correction"), corrections}}) {
        QSqlQuery existing =
            local(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?"),
                  {name});
        if (!existing.next() || existing.value(0).toString() != sql)
            statements << QStringLiteral("DROP VIEW IF EXISTS ") + name << sql;
    }
    for (const QString &sql : std::as_const(statements))
        if (QSqlQuery q = local(sql); q.lastError().isValid())
            return Status::failure(q.lastError().text());
    return success();
}

void OfflineNotes::copyCorrections(const QString &documentId) const {
    if (!m_online || !m_team)
        return;
    const bool all = documentId.isEmpty();
    QSqlQuery q = m_team->connection().run(
        QStringLiteral("SELECT id, document_id, kind, payload FROM overleg.correction WHERE "
                       "workspace_id = ?") +
            (all ? QString() : QStringLiteral(" AND document_id = ?")),
        all ? QVariantList{m_workspace} : QVariantList{m_workspace, documentId});
    if (q.lastError().isValid())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_localName, false);
    db.transaction();
    if (all)
        local(QStringLiteral("DELETE FROM correction_cache"));
    else
        local(QStringLiteral("DELETE FROM correction_cache WHERE document_id = ?"), {documentId});
    while (q.next())
        local(QStringLiteral("INSERT OR REPLACE INTO correction_cache (id, document_id, kind, "
                             "payload) VALUES (?, ?, ?, ?)"),
              {q.value(0), q.value(1), q.value(2), q.value(3).toString()});
    db.commit();
}

bool OfflineNotes::followChange(const WorkspaceChange &change) {
    if (change.table == QLatin1String("answer_link"))
        return true; // not in the copy's notes
    if (change.table == QLatin1String("correction")) {
        if (!reachServer())
            return false;
        copyCorrections(change.documentId);
        return true;
    }
    // A tag renamed, merged or deleted touches any document's annotations.
    const QString documentId =
        change.table == QLatin1String("annotation") ? change.documentId : QString();
    if (!reachServer())
        return false;
    if (pendingEdits() > 0)
        return true;
    if (documentId.isEmpty()) {
        refreshCache();
        return true;
    }
    const QHash<QString, Annotation> now = m_team->annotationsOf(documentId);
    // An empty answer of a connection that just failed is not "all notes deleted".
    if (QSqlQuery ping = m_team->connection().run(QStringLiteral("SELECT 1")); !ping.next())
        return m_online = false;
    QStringList ids;
    for (const Annotation &a : now)
        ids << a.questionId;
    QSqlDatabase db = QSqlDatabase::database(m_localName, false);
    db.transaction();
    cacheAll(now.values());
    local(QStringLiteral("DELETE FROM cache WHERE document_id = ? AND question_id NOT IN (SELECT "
                         "value FROM json_each(?))"),
          {documentId,
           QString::fromUtf8(
               QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact))});
    db.commit();
    return true;
}

} // namespace overleg
