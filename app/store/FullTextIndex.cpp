#include "FullTextIndex.h"

#include "FullTextChanges.h"
#include "FullTextRank.h"
#include "FullTextSql.h"
#include "SearchChangeLog.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace overleg {

namespace fulltext {

// Bump when the schema or what goes into an entry changes: the index is built anew.
constexpr int kSchemaVersion = 1;
// Documents per metadata transaction: large enough for set-based speed, small enough that the
// window's own writes to search.sqlite (none today) or a cancel wait little.
constexpr int kMetadataBatch = 20000;
// bm25 weights of the columns title, body, tags: a title match outranks a passing mention.
constexpr auto kWeights = "10.0, 1.0, 4.0";
const double kTitleWeight = 10.0, kBodyWeight = 1.0, kTagsWeight = 4.0;

QString tr(const char *text) {
    return QCoreApplication::translate("FullTextIndex", text);
}

// A deferred transaction, not store/Transaction's BEGIN IMMEDIATE: with the library and the
// notes attached, BEGIN IMMEDIATE would take the write lock of all three databases and keep
// the window's own writes (a status, the question ledger) waiting for a whole batch. Deferred,
// only search.sqlite is locked for writing, on the first write; the others are only read.
class WriteTransaction {
public:
    explicit WriteTransaction(QSqlDatabase db)
        : m_db(std::move(db)) {
        QSqlQuery q(m_db);
        m_open = q.exec(QStringLiteral("BEGIN"));
    }
    ~WriteTransaction() {
        if (m_open) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    bool commit() {
        QSqlQuery q(m_db);
        if (!m_open || !q.exec(QStringLiteral("COMMIT")))
            return false;
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

Status searchFailed(const QString &detail) {
    qWarning("search: %s", qPrintable(detail));
    return Status::failure(tr("The search index could not be read; it is rebuilt at the next "
                              "start."));
}

// A null QString binds as NULL; the entry's columns are NOT NULL.
QString notNull(const QString &text) {
    return text.isNull() ? QStringLiteral("") : text;
}

QString likePattern(const QString &value) {
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

// The SQL condition of one field (on entry e and doc d) with its bound values.
QString fieldCondition(const SearchField &field, QVariantList *values) {
    QString sql;
    switch (field.name) {
    case SearchField::Name::Fractie:
        sql = QStringLiteral("(lower(e.fractie) = ? OR (e.fractie = '' AND EXISTS (SELECT 1 FROM "
                             "doc_facet f WHERE f.field = 'fractie' AND f.value = ? AND f.doc = "
                             "e.doc)))");
        *values << field.value << field.value;
        break;
    case SearchField::Name::Tag:
        sql =
            QStringLiteral("EXISTS (SELECT 1 FROM entry_tag t WHERE t.tag = ? AND t.entry = e.id)");
        *values << field.value;
        break;
    case SearchField::Name::QuestionStatus:
        sql = QStringLiteral("e.status = ?");
        *values << field.value;
        break;
    case SearchField::Name::Soort:
        sql = QStringLiteral("d.soort LIKE ? ESCAPE '\\'");
        *values << likePattern(field.value);
        break;
    case SearchField::Name::Commissie:
    case SearchField::Name::Kamerlid:
        sql = QStringLiteral("EXISTS (SELECT 1 FROM doc_facet f WHERE f.doc = e.doc AND f.field = "
                             "? AND (f.value = ? OR f.label LIKE ? ESCAPE '\\'))");
        *values << (field.name == SearchField::Name::Commissie ? QStringLiteral("commissie")
                                                               : QStringLiteral("kamerlid"))
                << field.value << likePattern(field.value);
        break;
    case SearchField::Name::Dossier:
        sql = QStringLiteral("d.dossier = ?");
        *values << field.value;
        break;
    case SearchField::Name::Datum: {
        QStringList parts;
        if (!field.from.isEmpty()) {
            parts << QStringLiteral("d.datum >= ?");
            *values << field.from;
        }
        if (!field.to.isEmpty()) {
            parts << QStringLiteral("d.datum < ? AND d.datum <> ''");
            *values << field.to;
        }
        sql = u'(' + parts.join(QStringLiteral(" AND ")) + u')';
        break;
    }
    }
    return field.excluded ? QStringLiteral("NOT ") + sql : sql;
}

// Every field as one condition: a repeated field accepts any of its values, different fields
// must all hold, excluded values must all fail. Values are bound in the order of the text.
QString fieldsCondition(const QList<SearchField> &fields, QVariantList *values) {
    QStringList conditions;
    QList<SearchField::Name> names;
    for (const SearchField &field : fields) {
        if (field.excluded)
            conditions << fieldCondition(field, values);
        else if (!names.contains(field.name))
            names << field.name;
    }
    for (SearchField::Name name : names) {
        QStringList alternatives;
        for (const SearchField &field : fields) {
            if (!field.excluded && field.name == name)
                alternatives << fieldCondition(field, values);
        }
        conditions << u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
    }
    return conditions.join(QStringLiteral(" AND "));
}

SearchHit hitFrom(QSqlQuery &q, bool substring) {
    SearchHit hit;
    hit.entry = q.value(0).toLongLong();
    hit.documentId = q.value(1).toString();
    hit.part = SearchEntry::Part(q.value(2).toInt());
    hit.questionId = q.value(3).toString();
    hit.n = q.value(4).toInt();
    hit.page = q.value(5).toInt();
    hit.start = q.value(6).toInt();
    hit.fractie = q.value(7).toString();
    hit.status = q.value(8).toString();
    hit.snippet = q.value(9).toString();
    hit.soort = q.value(10).toString();
    hit.nummer = q.value(11).toString();
    hit.titel = q.value(12).toString();
    hit.datum = q.value(13).toString();
    hit.substring = substring;
    return hit;
}

const QLatin1String kExcludedDocuments(
    "e.doc NOT IN (SELECT x.doc FROM entry_fts JOIN entry x ON x.id = entry_fts.rowid WHERE "
    "entry_fts MATCH ?)");

// The same, asked per hit: cheap for a page of hits in the index's order, where the list above
// would first collect every document with an excluded word.
const QLatin1String kExcludedDocumentPerHit(
    "NOT EXISTS (SELECT 1 FROM entry x CROSS JOIN entry_fts f ON f.rowid = x.id WHERE x.doc = "
    "e.doc AND f.entry_fts MATCH ?)");

extern const char kHitColumns[];
const char kHitColumns[] = "e.id, d.document_id, e.part, e.question_id, e.n, e.page, e.start, "
                           "e.fractie, e.status, %1, d.soort, d.nummer, d.titel, d.datum";

} // namespace fulltext

using namespace fulltext;

QString partName(SearchEntry::Part part) {
    switch (part) {
    case SearchEntry::Part::Metadata:
        return QStringLiteral("metadata");
    case SearchEntry::Part::Page:
        return QStringLiteral("text");
    case SearchEntry::Part::Question:
        return QStringLiteral("question");
    case SearchEntry::Part::Note:
        return QStringLiteral("note");
    }
    return {};
}

QString FullTextIndex::pathIn(const QString &dataRoot) {
    return dataRoot + QStringLiteral("/search.sqlite");
}

Result<std::unique_ptr<FullTextIndex>> FullTextIndex::open(const QString &path, Options options) {
    using R = Result<std::unique_ptr<FullTextIndex>>;
    static QAtomicInt counter;
    std::unique_ptr<FullTextIndex> index(new FullTextIndex);
    index->m_path = path;
    index->m_connectionName =
        QStringLiteral("overleg-search-%1").arg(counter.fetchAndAddRelaxed(1));
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), index->m_connectionName);
        conn.setDatabaseName(path);
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!conn.open())
            return R::failure(
                tr("Cannot open the search index %1: %2").arg(path, conn.lastError().text()));
        Sql sql(conn);
        // Derived data: NORMAL is enough in WAL mode (a crash loses at most the last batch,
        // which the next refresh indexes again).
        const bool ok = sql.run(QStringLiteral("PRAGMA journal_mode=WAL")) &&
                        sql.run(QStringLiteral("PRAGMA synchronous=NORMAL")) &&
                        sql.run(QStringLiteral("PRAGMA cache_size=-32768")) &&
                        sql.run(QStringLiteral("PRAGMA temp_store=MEMORY")) &&
                        sql.run(QStringLiteral("PRAGMA user_version"));
        // Without the ranking function (no FTS5 API), ranked queries take ORDER BY rank.
        index->m_rank = std::make_unique<RankState>();
        if (!installRankFunction(sqliteHandle(conn), &index->m_rank->collecting))
            index->m_rank.reset();
        const int version = ok && sql.query().next() ? sql.query().value(0).toInt() : -1;
        sql.query().finish();
        if (version == kSchemaVersion) {
            // A file from before the change log gets it (SearchChangeLog.h). Without it (a file
            // that cannot be written) the index still answers; other processes' facet indexes
            // then build in full after its writes.
            if (!SearchChangeLog::ensureTable(conn))
                qWarning("search: no change log in %s", qPrintable(path));
            Sql trigram(conn);
            trigram.run(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'entry_tri'"));
            index->m_trigram = trigram.query().next();
            return R(std::move(index));
        }
        if (version == 0) {
            if (const Status created = index->create(options.trigram); !created)
                return R::failure(created.error());
            return R(std::move(index));
        }
        // An index of another version (or a damaged file): it is derived, so start again.
        conn.close();
        QSqlDatabase::removeDatabase(index->m_connectionName);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return R::failure(tr("Cannot create the search index %1.").arg(path));
}

Status FullTextIndex::create(bool trigram) {
    m_trigram = trigram;
    QStringList script = {
        QStringLiteral("CREATE TABLE doc (doc INTEGER PRIMARY KEY, document_id TEXT NOT NULL, "
                       "signature TEXT NOT NULL, soort TEXT NOT NULL, nummer TEXT NOT NULL, "
                       "titel TEXT NOT NULL, datum TEXT NOT NULL, dossier TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX doc_document ON doc(document_id)"),
        QStringLiteral("CREATE INDEX doc_dossier ON doc(dossier)"),
        QStringLiteral("CREATE TABLE doc_facet (field TEXT NOT NULL, value TEXT NOT NULL, doc "
                       "INTEGER NOT NULL, label TEXT NOT NULL, PRIMARY KEY (field, value, doc)) "
                       "WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX doc_facet_doc ON doc_facet(doc, field)"),
        QStringLiteral("CREATE TABLE entry (id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, part "
                       "INTEGER NOT NULL, question_id TEXT NOT NULL DEFAULT '', n INTEGER NOT "
                       "NULL DEFAULT 0, page INTEGER NOT NULL DEFAULT 0, start INTEGER NOT NULL "
                       "DEFAULT 0, fractie TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT "
                       "'', title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', tags "
                       "TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX entry_doc ON entry(doc, part)"),
        QStringLiteral("CREATE TABLE entry_tag (tag TEXT NOT NULL, entry INTEGER NOT NULL, "
                       "PRIMARY KEY (tag, entry)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX entry_tag_entry ON entry_tag(entry)"),
        QStringLiteral("CREATE VIRTUAL TABLE entry_fts USING fts5(title, body, tags, "
                       "content='entry', content_rowid='id', "
                       "tokenize='unicode61 remove_diacritics 2')"),
    };
    QString insertTrigger = QStringLiteral(
        "CREATE TRIGGER entry_insert AFTER INSERT ON entry BEGIN INSERT INTO entry_fts(rowid, "
        "title, body, tags) VALUES (new.id, new.title, new.body, new.tags);%1 END");
    QString deleteTrigger = QStringLiteral(
        "CREATE TRIGGER entry_delete AFTER DELETE ON entry BEGIN INSERT INTO entry_fts(entry_fts, "
        "rowid, title, body, tags) VALUES ('delete', old.id, old.title, old.body, old.tags);%1 "
        "END");
    if (trigram) {
        script << QStringLiteral("CREATE VIRTUAL TABLE entry_tri USING fts5(title, body, tags, "
                                 "content='entry', content_rowid='id', tokenize='trigram')");
        insertTrigger = insertTrigger.arg(
            QStringLiteral(" INSERT INTO entry_tri(rowid, title, body, tags) VALUES (new.id, "
                           "new.title, new.body, new.tags);"));
        deleteTrigger = deleteTrigger.arg(QStringLiteral(
            " INSERT INTO entry_tri(entry_tri, rowid, title, body, tags) VALUES ('delete', "
            "old.id, old.title, old.body, old.tags);"));
    } else {
        insertTrigger = insertTrigger.arg(QString());
        deleteTrigger = deleteTrigger.arg(QString());
    }
    // The rank column is bm25 with the columns' weights: a title match outranks a passing mention.
    script << QStringLiteral("INSERT INTO entry_fts(entry_fts, rank) VALUES ('rank', 'bm25(%1)')")
                  .arg(QLatin1String(kWeights));
    if (trigram)
        script << QStringLiteral(
                      "INSERT INTO entry_tri(entry_tri, rank) VALUES ('rank', 'bm25(%1)')")
                      .arg(QLatin1String(kWeights));
    script << insertTrigger << deleteTrigger
           << QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion);
    WriteTransaction tx(connection());
    Sql sql(connection());
    if (!SearchChangeLog::ensureTable(connection()))
        return Status::failure(
            tr("Cannot create the search index: %1").arg(connection().lastError().text()));
    for (const QString &statement : script) {
        if (!sql.run(statement))
            return Status::failure(tr("Cannot create the search index: %1").arg(sql.error()));
    }
    if (!tx.commit())
        return Status::failure(connection().lastError().text());
    return success();
}

FullTextIndex::~FullTextIndex() {
    {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
        if (conn.isOpen())
            conn.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase FullTextIndex::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

qint64 FullTextIndex::sizeOnDisk() const {
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

Status FullTextIndex::attach(const QString &libraryPath, const QString &notesPath) {
    Sql sql(connection());
    if (!sql.run(QStringLiteral("ATTACH DATABASE ? AS lib"), {libraryPath}) ||
        !sql.run(QStringLiteral("ATTACH DATABASE ? AS notes"), {notesPath}))
        return Status::failure(sql.error());
    return success();
}

namespace {

// What a document's entries are made from, as one SQL expression over lib.document d and
// lib.document_file f: its metadata's version, its file, the user's notes and corrections, and
// (a hex digest, written in) the names of the tags, which a rename changes without touching an
// annotation.
const char kSignature[] =
    "('1|' || coalesce(d.bijgewerkt, '') || '|' || coalesce(f.sha256, '') || '|' || "
    "coalesce((SELECT max(a.updated_at) || '#' || count(*) || '#' || 'TAGS' FROM notes.annotation "
    "a "
    "WHERE a.document_id = d.id), '') || '|' || coalesce((SELECT max(c.id) || '#' || count(*) "
    "FROM notes.correction c WHERE c.document_id = d.id), ''))";

QString signatureSql(const QString &tags) {
    return QString::fromLatin1(kSignature).replace(QStringLiteral("TAGS"), tags);
}

QString tagsVersion(const QSqlDatabase &db) {
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, name FROM notes.tag ORDER BY id"));
    QCryptographicHash hash(QCryptographicHash::Sha1);
    while (q.next())
        hash.addData((q.value(0).toString() + u'=' + q.value(1).toString() + u';').toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(12));
}

} // namespace

Result<QStringList> FullTextIndex::indexMetadata(const std::function<bool()> &cancelled) {
    using R = Result<QStringList>;
    if (const Status added = addMissingIndexes(); !added)
        return R::failure(added.error());
    const QSqlDatabase db = connection();
    Sql sql(db);
    const QString tags = tagsVersion(db);
    // Which documents changed, appeared or disappeared: one pass over the library.
    if (!sql.run(QStringLiteral("DROP TABLE IF EXISTS temp.stale")) ||
        !sql.run(QStringLiteral("CREATE TEMP TABLE stale (doc INTEGER PRIMARY KEY, document_id "
                                "TEXT, signature TEXT, has_file INTEGER)")) ||
        !sql.run(QStringLiteral("INSERT INTO temp.stale SELECT d.rowid, d.id, %1, f.document_id "
                                "IS NOT NULL FROM lib.document d LEFT JOIN lib.document_file f ON "
                                "f.document_id = d.id LEFT JOIN main.doc s ON s.doc = d.rowid "
                                "WHERE s.doc IS NULL OR s.document_id IS NOT d.id OR s.signature "
                                "IS NOT %1")
                     .arg(signatureSql(tags))) ||
        !sql.run(QStringLiteral("DROP TABLE IF EXISTS temp.gone")) ||
        !sql.run(QStringLiteral("CREATE TEMP TABLE gone AS SELECT doc FROM main.doc WHERE doc "
                                "NOT IN (SELECT rowid FROM lib.document)")))
        return R::failure(sql.error());

    const QStringList removeDocs = {
        QStringLiteral("DELETE FROM entry_tag WHERE entry IN (SELECT id FROM entry WHERE doc IN "
                       "(SELECT doc FROM temp.%1))"),
        QStringLiteral("DELETE FROM entry WHERE doc IN (SELECT doc FROM temp.%1)"),
        QStringLiteral("DELETE FROM doc_facet WHERE doc IN (SELECT doc FROM temp.%1)"),
        QStringLiteral("DELETE FROM doc WHERE doc IN (SELECT doc FROM temp.%1)")};
    // Each transaction tells the facet cache which documents it touched (FullTextChanges.h),
    // once its first statement (entry_tag, before any FTS5 write) holds the write lock.
    std::optional<ChangeNote> note;
    auto runAll = [&](const QStringList &statements, const QString &table) {
        note.reset();
        for (const QString &statement : statements) {
            if (!sql.run(statement.contains(QLatin1String("%1")) ? statement.arg(table)
                                                                 : statement))
                return false;
            if (!note) {
                note.emplace(db, m_path);
                if (!note->touchAll(QStringLiteral("SELECT doc FROM temp.%1").arg(table)))
                    return false;
            }
        }
        note->beforeCommit();
        return true;
    };
    {
        WriteTransaction tx(db);
        if (!runAll(removeDocs, QStringLiteral("gone")))
            return R::failure(sql.error());
        if (!tx.commit())
            return R::failure(db.lastError().text());
        note->committed();
    }

    const QStringList fillBatch = {
        QStringLiteral("INSERT OR REPLACE INTO doc (doc, document_id, signature, soort, nummer, "
                       "titel, datum, dossier) SELECT b.doc, b.document_id, CASE WHEN b.has_file "
                       "THEN '' ELSE b.signature END, coalesce(d.soort, ''), "
                       "coalesce(d.documentNummer, ''), coalesce(d.titel, ''), "
                       "coalesce(substr(d.datum, 1, 10), ''), coalesce(k.nummer, '') FROM "
                       "temp.batch b JOIN lib.document d ON d.rowid = b.doc LEFT JOIN "
                       "lib.kamerstukdossier k ON k.id = d.kamerstukdossier_id"),
        QStringLiteral("INSERT INTO entry (doc, part, title, body) SELECT b.doc, 0, "
                       "coalesce(d.titel, ''), trim(coalesce(d.soort, '') || ' ' || "
                       "coalesce(d.documentNummer, '') || ' ' || coalesce(d.onderwerp, '') || ' "
                       "' || coalesce(d.citeertitel, '') || ' ' || coalesce(k.nummer, '')) FROM "
                       "temp.batch b JOIN lib.document d ON d.rowid = b.doc LEFT JOIN "
                       "lib.kamerstukdossier k ON k.id = d.kamerstukdossier_id"),
        QStringLiteral("INSERT OR IGNORE INTO doc_facet (field, value, doc, label) SELECT "
                       "'commissie', lower(coalesce(nullif(n.detail, ''), n.label)), m.doc, "
                       "n.label FROM temp.batch b JOIN lib.nav_membership m ON m.doc = b.doc "
                       "JOIN lib.nav_node n ON n.node = m.node AND n.node_kind = 'commissie'"),
        QStringLiteral("INSERT OR IGNORE INTO doc_facet (field, value, doc, label) SELECT "
                       "'kamerlid', lower(n.label), m.doc, n.label FROM temp.batch b JOIN "
                       "lib.nav_membership m ON m.doc = b.doc JOIN lib.nav_node n ON n.node = "
                       "m.node AND n.node_kind = 'persoon'"),
        QStringLiteral("INSERT OR IGNORE INTO doc_facet (field, value, doc, label) SELECT "
                       "'fractie', lower(a.actorFractie), b.doc, a.actorFractie FROM temp.batch "
                       "b JOIN lib.documentActor a ON a.document_id = b.document_id WHERE "
                       "coalesce(a.actorFractie, '') <> ''"),
    };
    if (!sql.run(QStringLiteral("DROP TABLE IF EXISTS temp.batch")) ||
        !sql.run(QStringLiteral("CREATE TEMP TABLE batch (doc INTEGER PRIMARY KEY, document_id "
                                "TEXT, signature TEXT, has_file INTEGER)")))
        return R::failure(sql.error());
    qint64 after = -1;
    while (!(cancelled && cancelled())) {
        WriteTransaction tx(db);
        if (!sql.run(QStringLiteral("DELETE FROM temp.batch")) ||
            !sql.run(QStringLiteral("INSERT INTO temp.batch SELECT * FROM temp.stale WHERE doc > "
                                    "? ORDER BY doc LIMIT ?"),
                     {after, kMetadataBatch}) ||
            !sql.run(QStringLiteral("SELECT max(doc), count(*) FROM temp.batch")))
            return R::failure(sql.error());
        sql.query().next();
        const qint64 last = sql.query().value(0).toLongLong();
        const int count = sql.query().value(1).toInt();
        sql.query().finish();
        if (count == 0)
            break;
        if (!runAll(removeDocs + fillBatch, QStringLiteral("batch")))
            return R::failure(sql.error());
        if (!tx.commit())
            return R::failure(db.lastError().text());
        note->committed();
        after = last;
    }
    QStringList withText;
    if (!sql.run(QStringLiteral("SELECT document_id FROM main.doc WHERE signature = '' ORDER BY "
                                "doc")))
        return R::failure(sql.error());
    while (sql.query().next())
        withText << sql.query().value(0).toString();
    return R(withText);
}

QString FullTextIndex::textSignature(const QString &documentId) const {
    const QSqlDatabase db = connection();
    Sql sql(db);
    if (!sql.run(QStringLiteral("SELECT %1 FROM lib.document d LEFT JOIN lib.document_file f ON "
                                "f.document_id = d.id WHERE d.id = ?")
                     .arg(signatureSql(tagsVersion(db))),
                 {documentId}) ||
        !sql.query().next())
        return {};
    return sql.query().value(0).toString();
}

Status FullTextIndex::replaceText(const SearchDocumentText &document) {
    const QSqlDatabase db = connection();
    WriteTransaction tx(db);
    Sql sql(db);
    // The write lock first: a read before it could meet another writer's commit.
    if (!SearchChangeLog::lockForWriting(db))
        return searchFailed(QStringLiteral("search.sqlite cannot be locked for writing"));
    if (!sql.run(QStringLiteral("SELECT doc FROM doc WHERE document_id = ?"),
                 {document.documentId}))
        return Status::failure(sql.error());
    if (!sql.query().next())
        return success(); // gone from the library meanwhile
    const qint64 doc = sql.query().value(0).toLongLong();
    sql.query().finish();
    if (!sql.run(QStringLiteral("DELETE FROM entry_tag WHERE entry IN (SELECT id FROM entry "
                                "WHERE doc = ? AND part <> 0)"),
                 {doc}))
        return Status::failure(sql.error());
    ChangeNote note(db, m_path); // holding the write lock, before any FTS5 write
    note.touch(doc);
    if (!sql.run(QStringLiteral("DELETE FROM entry WHERE doc = ? AND part <> 0"), {doc}))
        return Status::failure(sql.error());
    Sql insert(db);
    Sql tag(db);
    for (const SearchEntry &entry : document.entries) {
        if (!insert.run(QStringLiteral("INSERT INTO entry (doc, part, question_id, n, page, "
                                       "start, fractie, status, title, body, tags) VALUES (?, ?, "
                                       "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {doc, int(entry.part), notNull(entry.questionId), entry.n, entry.page,
                         entry.start, notNull(entry.fractie), notNull(entry.status),
                         notNull(entry.title), notNull(entry.body),
                         notNull(entry.tags.join(QStringLiteral(" ")))}))
            return Status::failure(insert.error());
        const qint64 id = insert.query().lastInsertId().toLongLong();
        for (const QString &t : entry.tags) {
            if (!tag.run(QStringLiteral("INSERT OR IGNORE INTO entry_tag (tag, entry) VALUES (?, "
                                        "?)"),
                         {t.toLower(), id}))
                return Status::failure(tag.error());
        }
    }
    for (const QString &fractie : document.fracties) {
        if (!sql.run(QStringLiteral("INSERT OR IGNORE INTO doc_facet (field, value, doc, label) "
                                    "VALUES ('fractie', ?, ?, ?)"),
                     {fractie.toLower(), doc, fractie}))
            return Status::failure(sql.error());
    }
    if (!sql.run(QStringLiteral("UPDATE doc SET signature = ? WHERE doc = ?"),
                 {document.signature, doc}))
        return Status::failure(sql.error());
    note.beforeCommit();
    if (!tx.commit())
        return Status::failure(db.lastError().text());
    note.committed();
    return success();
}

int FullTextIndex::countDocuments() const {
    QSqlQuery q(connection());
    q.exec(QStringLiteral("SELECT count(*) FROM doc"));
    return q.next() ? q.value(0).toInt() : 0;
}

int FullTextIndex::countEntries() const {
    QSqlQuery q(connection());
    q.exec(QStringLiteral("SELECT count(*) FROM entry"));
    return q.next() ? q.value(0).toInt() : 0;
}

Status FullTextIndex::addMissingIndexes() {
    Sql sql(connection());
    // Fields only (soort:motie datum:2020) list newest first: walked along this index, the
    // first page is read at once instead of sorting every document that matches.
    if (!sql.run(QStringLiteral("CREATE INDEX IF NOT EXISTS doc_datum ON doc(datum)")))
        return Status::failure(sql.error());
    return success();
}

Result<QList<SearchHit>> FullTextIndex::search(const SearchQuery &query, int offset, int limit,
                                               bool substring, Order order) const {
    using R = Result<QList<SearchHit>>;
    QList<SearchHit> hits;
    if (substring && (!m_trigram || query.substring.isEmpty() || query.match.isEmpty()))
        return R(hits);
    if (order == Order::Ranked && !query.match.isEmpty() && m_rank)
        return rankedWords(query, offset, limit, substring);
    const bool ranked = order != Order::Unranked || query.match.isEmpty();
    QVariantList values;
    QString sql;
    QString fields = fieldsCondition(query.fields, &values);
    if (!query.exclude.isEmpty()) {
        fields += (fields.isEmpty() ? QString() : QStringLiteral(" AND ")) +
                  (ranked ? kExcludedDocuments : kExcludedDocumentPerHit);
        values << query.exclude;
    }
    if (query.match.isEmpty()) {
        // Fields only: the documents' metadata and the questions they select, newest first.
        // From the documents (along doc_datum, newest first) to their entries: the first page
        // stops early instead of sorting every match.
        sql = QStringLiteral("SELECT %1 FROM doc d CROSS JOIN entry e ON e.doc = d.doc WHERE "
                             "e.part IN (0, 2) AND %2 ORDER BY d.datum DESC, e.doc, e.part, e.n "
                             "LIMIT ? OFFSET ?")
                  .arg(QString::fromLatin1(kHitColumns)
                           .arg(QStringLiteral("substr(e.title || ' ' || e.body, 1, 200)")),
                       fields);
    } else {
        const QString table = substring ? QStringLiteral("entry_tri") : QStringLiteral("entry_fts");
        QVariantList head = {substring ? query.substring : query.match};
        QString notWords;
        if (substring) {
            notWords = QStringLiteral(
                " AND e.id NOT IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?)");
            head << query.match;
        }
        // ORDER BY rank (bm25 with the weights, configured at creation) with the index as the
        // outer loop: FTS5 ranks inside and hands over the best rows first, so the joins and the
        // snippets are computed for the page only, not for every match. Unranked, the index
        // hands over its matches in rowid order and stops at the page.
        sql = QStringLiteral("SELECT %1 FROM %2 CROSS JOIN entry e ON e.id = %2.rowid CROSS JOIN "
                             "doc d ON d.doc = e.doc WHERE %2 MATCH ?%3%4%5 LIMIT ? OFFSET ?")
                  .arg(QString::fromLatin1(kHitColumns)
                           .arg(QStringLiteral("snippet(%1, -1, char(2), char(3), '…', 24)")
                                    .arg(table)),
                       table, notWords,
                       fields.isEmpty() ? QString() : QStringLiteral(" AND ") + fields,
                       ranked ? QStringLiteral(" ORDER BY rank") : QString());
        values = head + values;
    }
    if (query.match.isEmpty() && fields.isEmpty())
        return R(hits);
    values << limit << offset;
    Sql run(connection());
    if (!run.run(sql, values))
        return R::failure(searchFailed(run.error()).error());
    while (run.query().next())
        hits << hitFrom(run.query(), substring);
    return R(hits);
}

int FullTextIndex::matchOffset(qint64 entry, const SearchQuery &query, bool substring) const {
    if (query.match.isEmpty() || (substring && !m_trigram))
        return -1;
    const QString table = substring ? QStringLiteral("entry_tri") : QStringLiteral("entry_fts");
    Sql sql(connection());
    if (!sql.run(QStringLiteral("SELECT highlight(%1, 1, char(2), char(3)) FROM %1 WHERE %1 "
                                "MATCH ? AND rowid = ?")
                     .arg(table),
                 {substring ? query.substring : query.match, entry}) ||
        !sql.query().next())
        return -1;
    return int(sql.query().value(0).toString().indexOf(QChar(2)));
}

} // namespace overleg
