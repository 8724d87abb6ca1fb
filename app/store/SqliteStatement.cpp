#include "SqliteStatement.h"

#include "core/Utf8.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace overleg {

sqlite3 *sqliteHandle(const QSqlDatabase &connection) {
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &connection, const QString &sql)
    : m_db(sqliteHandle(connection)) {
    if (!m_db) {
        m_error = QStringLiteral("not an open SQLite connection");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindText(int index, const QString &value) {
    if (value.isNull() || index < 1) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    // Converted here, where Qt's encoder is several times faster than SQLite's own conversion
    // of UTF-16, into a buffer per parameter that keeps its capacity from row to row.
    if (m_scratch.size() < std::size_t(index))
        m_scratch.resize(index);
    QByteArray &utf8 = m_scratch[index - 1];
    utf8.resize(0); // keeps the capacity (clear() would free it)
    appendUtf8(utf8, value);
    bindUtf8(index, utf8);
}

void SqliteStatement::bindUtf8(int index, QByteArrayView value) {
    // A view of no bytes may carry no pointer, which SQLite would take for NULL.
    sqlite3_bind_text(m_statement, index, value.isEmpty() ? "" : value.data(), int(value.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindInt(int index, qint64 value) {
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index) {
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::run() {
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return ok;
}

bool SqliteStatement::next() {
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return false;
}

qint64 SqliteStatement::intAt(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

} // namespace overleg
