#pragma once

#include <QSqlDatabase>

namespace overleg {

// RAII write transaction: rolls back unless commit() succeeded, so an early return or an error
// never leaves half a change behind.
//
// It begins with BEGIN IMMEDIATE: the write lock is taken (waiting up to the connection's busy
// timeout for another writer, the window or a script) before anything is read, so it can never
// fail half-way when a deferred read upgrades to a write. Inside another transaction on the same
// connection it is a SAVEPOINT, so operations that each open one compose into a larger one
// (NotesStore::annotate: status, tags and note as one edit).
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the lock could not be taken: nothing may be written then.
    bool isOpen() const { return m_open; }
    bool commit();

private:
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_open = false;
};

} // namespace overleg
