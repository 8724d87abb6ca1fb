#include "Transaction.h"

#include "SqliteStatement.h"
#include "core/Logging.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace overleg {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    sqlite3 *handle = sqliteHandle(m_db);
    if (handle && sqlite3_get_autocommit(handle) == 0) {
        static QAtomicInt counter;
        m_savepoint = QStringLiteral("overleg_sp%1").arg(counter.fetchAndAddRelaxed(1));
        m_open = exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        m_open = exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
}

Transaction::~Transaction() {
    if (!m_open)
        return;
    if (m_savepoint.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
}

bool Transaction::commit() {
    if (!m_open)
        return false;
    m_open = false;
    if (!m_savepoint.isEmpty())
        return exec(QStringLiteral("RELEASE ") + m_savepoint);
    if (exec(QStringLiteral("COMMIT")))
        return true;
    exec(QStringLiteral("ROLLBACK")); // a failed COMMIT can leave the transaction open
    return false;
}

bool Transaction::exec(const QString &sql) {
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    qCWarning(lcStore) << sql << "failed:" << q.lastError().text();
    return false;
}

} // namespace overleg
