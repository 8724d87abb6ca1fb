#pragma once

// Owners of raw SQLite handles for the store's readers that run off the GUI thread on a
// connection of their own (the filter index, its fallback, the open questions in memory, the
// placement of documents under a node): closed and finalized however the reader returns.
// Internal to the store.

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace overleg::sqlite {

struct Connection {
    sqlite3 *db = nullptr;
    Connection() = default;
    ~Connection() { sqlite3_close(db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
};

// stmt stays null when the statement does not prepare; sqlite3_step on null reports misuse.
struct Statement {
    sqlite3_stmt *stmt = nullptr;
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr); }
    Statement(sqlite3 *db, const QString &sql)
        : Statement(db, sql.toUtf8().constData()) {}
    ~Statement() { sqlite3_finalize(stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
};

} // namespace overleg::sqlite
