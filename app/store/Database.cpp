#include "Database.h"

#include "SqlScript.h"
#include "SqliteStatement.h"
#include "Transaction.h"
#include "core/Logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

namespace overleg {

namespace {

QString migrationsDirectory(Database::Kind kind) {
    return kind == Database::Kind::Library ? QStringLiteral(":/overleg/migrations/library")
                                           : QStringLiteral(":/overleg/migrations/notes");
}

struct Migration {
    int version;
    QString file;
};

QList<Migration> migrations(Database::Kind kind) {
    QList<Migration> list;
    const QDir dir(migrationsDirectory(kind));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.left(4).toInt(&ok);
        if (ok)
            list.append({version, dir.filePath(name)});
    }
    return list;
}

} // namespace

Result<Database> Database::open(const QString &path, Kind kind, const QString &backupDirectory) {
    static QAtomicInt counter;
    Database db;
    db.m_kind = kind;
    db.m_path = path;
    db.m_connectionName =
        QStringLiteral("overleg-%1-%2")
            .arg(kind == Kind::Library ? QStringLiteral("library") : QStringLiteral("notes"))
            .arg(counter.fetchAndAddRelaxed(1));

    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db.m_connectionName);
    conn.setDatabaseName(path);
    if (!conn.open())
        return Result<Database>::failure(
            QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                .arg(path, conn.lastError().text()));
    // A writer that finds the database locked tries again every few milliseconds, for up to
    // ten seconds. SQLite's own busy timeout sleeps up to 100 ms between tries, so a process
    // writing many short transactions (the window saving edits) could keep a script waiting
    // until it gave up ("database is locked").
    if (sqlite3 *handle = sqliteHandle(conn))
        sqlite3_busy_handler(
            handle,
            [](void *, int tries) -> int {
                constexpr int kPauseMs = 2;
                constexpr int kGiveUpMs = 10000;
                if (tries * kPauseMs >= kGiveUpMs)
                    return 0;
                sqlite3_sleep(kPauseMs);
                return 1;
            },
            nullptr);

    // The notes are the user's work: every commit reaches the disk (FULL). The library can be
    // rebuilt from the Kamer, so NORMAL is enough there; in WAL mode it stays consistent anyway.
    const QString synchronous =
        kind == Kind::Notes ? QStringLiteral("FULL") : QStringLiteral("NORMAL");
    // Reads of a large library go through memory mapping and a 64 MiB page cache instead of a
    // pread per page; temporary tables (the navigation filter) stay in memory.
    const QStringList pragmas = {QStringLiteral("PRAGMA journal_mode=WAL"),
                                 QStringLiteral("PRAGMA foreign_keys=ON"),
                                 QStringLiteral("PRAGMA synchronous=") + synchronous,
                                 QStringLiteral("PRAGMA cache_size=-65536"),
                                 QStringLiteral("PRAGMA mmap_size=268435456"),
                                 QStringLiteral("PRAGMA temp_store=MEMORY")};
    for (const QString &pragma : pragmas) {
        QSqlQuery q(conn);
        if (!q.exec(pragma))
            return Result<Database>::failure(
                QCoreApplication::translate("Database", "The file %1 is not a usable database: %2")
                    .arg(path, q.lastError().text()));
    }
    QSqlQuery check(conn);
    if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Result<Database>::failure(
            QCoreApplication::translate("Database", "The file %1 is not a usable database: %2")
                .arg(path, check.lastError().text()));
    // A statement left active would keep a migration from dropping a table ("table is locked").
    check.finish();

    if (Status migrated = db.migrate(backupDirectory); !migrated)
        return Result<Database>::failure(migrated.error());
    return db;
}

Database::Database(Database &&other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, {}))
    , m_path(std::move(other.m_path))
    , m_kind(other.m_kind) {}

Database &Database::operator=(Database &&other) noexcept {
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, {});
        m_path = std::move(other.m_path);
        m_kind = other.m_kind;
    }
    return *this;
}

Database::~Database() {
    close();
}

void Database::close() {
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
        if (conn.isOpen())
            conn.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    QSqlQuery q = run(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : -1;
}

int Database::latestSchemaVersion(Kind kind) {
    const auto list = migrations(kind);
    return list.isEmpty() ? 0 : list.last().version;
}

bool Database::exec(QSqlQuery &query) const {
    if (query.exec())
        return true;
    qCWarning(lcStore) << "SQL failed:" << query.lastQuery() << query.lastError().text();
    return false;
}

QSqlQuery Database::prepare(const QString &sql) const {
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qCWarning(lcStore) << "SQL prepare failed:" << sql << q.lastError().text();
    return q;
}

QSqlQuery Database::run(const QString &sql, std::initializer_list<QVariant> values) const {
    QSqlQuery q = prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    exec(q);
    return q;
}

bool Database::inTransaction() const {
    sqlite3 *handle = sqliteHandle(connection());
    return handle && sqlite3_get_autocommit(handle) == 0;
}

bool Database::checkIntegrity(QString *report) const {
    QStringList problems;
    QSqlQuery q = run(QStringLiteral("PRAGMA quick_check"));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    QSqlQuery fk = run(QStringLiteral("PRAGMA foreign_key_check"));
    while (fk.next())
        problems << QStringLiteral("foreign key violation in %1").arg(fk.value(0).toString());
    if (report)
        *report = problems.join(u'\n');
    return problems.isEmpty();
}

Status Database::migrate(const QString &backupDirectory) {
    const int current = schemaVersion();
    const int latest = latestSchemaVersion(m_kind);
    if (current > latest)
        return Status::failure(
            QCoreApplication::translate(
                "Database",
                "The database %1 was written by a newer version of Overleg (schema %2, this "
                "version knows up to %3). Update Overleg to open it.")
                .arg(m_path)
                .arg(current)
                .arg(latest));
    if (current == latest)
        return success();

    if (m_kind == Kind::Notes && current > 0 && !backupDirectory.isEmpty()) {
        // VACUUM INTO writes a consistent copy even while the WAL holds recent commits.
        const QString target = QDir(backupDirectory)
                                   .filePath(QStringLiteral("notes-v%1-%2.sqlite")
                                                 .arg(current)
                                                 .arg(QDateTime::currentDateTimeUtc().toString(
                                                     QStringLiteral("yyyyMMdd-HHmmss"))));
        QFile::remove(target);
        QSqlQuery backup = run(QStringLiteral("VACUUM INTO ?"), {target});
        if (backup.lastError().isValid())
            return Status::failure(
                QCoreApplication::translate("Database",
                                            "Cannot back up the notes before upgrading them: %1")
                    .arg(backup.lastError().text()));
        qCInfo(lcStore) << "Backed up notes schema" << current << "to" << target;
    }

    for (const Migration &m : migrations(m_kind)) {
        if (m.version <= current)
            continue;
        QFile file(m.file);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(
                QCoreApplication::translate("Database", "Missing schema migration %1").arg(m.file));
        const QString script = QString::fromUtf8(file.readAll());

        Transaction tx(connection());
        for (const QString &statement : splitSqlScript(script)) {
            QSqlQuery q(connection());
            if (!q.exec(statement))
                return Status::failure(
                    QCoreApplication::translate("Database", "Upgrading %1 to schema %2 failed: %3")
                        .arg(m_path)
                        .arg(m.version)
                        .arg(q.lastError().text()));
        }
        QSqlQuery setVersion(connection());
        // PRAGMA does not take bound values; the version is our own integer.
        if (!setVersion.exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version)) ||
            !tx.commit())
            return Status::failure(
                QCoreApplication::translate("Database", "Upgrading %1 to schema %2 failed: %3")
                    .arg(m_path)
                    .arg(m.version)
                    .arg(connection().lastError().text()));
        qCInfo(lcStore) << "Migrated" << m_path << "to schema" << m.version;
    }
    return success();
}

} // namespace overleg
