#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace overleg {

// One SQLite connection with Overleg's settings and schema. Move-only: it owns the named
// Qt connection and removes it when destroyed. Use one per thread.
class Database {
public:
    enum class Kind { Library, Notes };

    // Opens (creating if needed) and migrates to the latest schema. For the notes database a
    // copy is written to backupDirectory before any migration of existing data.
    static Result<Database> open(const QString &path, Kind kind,
                                 const QString &backupDirectory = {});

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    QSqlDatabase connection() const;
    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion(Kind kind);

    // Prepares, binds positionally and executes; logs and returns false on failure.
    bool exec(QSqlQuery &query) const;
    QSqlQuery prepare(const QString &sql) const;
    QSqlQuery run(const QString &sql, std::initializer_list<QVariant> values = {}) const;
    // True between BEGIN and COMMIT/ROLLBACK on this connection.
    bool inTransaction() const;
    // PRAGMA quick_check / foreign_key_check; true when the file is sound.
    bool checkIntegrity(QString *report = nullptr) const;

private:
    Database() = default;
    Status migrate(const QString &backupDirectory);
    void close();

    QString m_connectionName;
    QString m_path;
    Kind m_kind = Kind::Library;
};

} // namespace overleg
