#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace overleg {

// The SQLite handle under a QSqlDatabase; nullptr when it is not an open SQLite connection.
sqlite3 *sqliteHandle(const QSqlDatabase &connection);

// A prepared statement on the SQLite handle under a QSqlDatabase, for the few statements that
// run or return rows hundreds of thousands of times (a sync, counting a filter's matches). Through
// QSqlQuery every bound value is boxed in a QVariant and copied twice more; here text is bound
// as UTF-8, the form SQLite stores, from a reused buffer or in place. Everything else keeps using
// QSqlQuery on the same connection and transaction.
class SqliteStatement {
public:
    SqliteStatement(const QSqlDatabase &connection, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Parameters are numbered from 1, as in SQLite. A null QString binds NULL; the text is
    // copied (as UTF-8), the QString need not outlive step().
    void bindText(int index, const QString &value);
    // UTF-8 as SQLite stores it (no conversion on the way in); the bytes must outlive step().
    void bindUtf8(int index, QByteArrayView value);
    void bindInt(int index, qint64 value);
    void bindNull(int index);

    // Runs the statement to completion and makes it ready for the next bindings; on failure
    // error() says why.
    bool run();
    // Steps to the next row of a query: true while there is one. At the end, or on a failure
    // (error() says why), the statement is reset for the next bindings.
    bool next();
    qint64 intAt(int column) const;
    QString error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    std::vector<QByteArray> m_scratch; // bindText's UTF-8, per parameter
};

} // namespace overleg
