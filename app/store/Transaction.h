#pragma once

#include <QSqlDatabase>

namespace overleg {

// RAII transaction: rolls back unless commit() succeeded, so an early return or an error
// never leaves half a change behind.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db)) {
        m_open = m_db.transaction();
    }
    ~Transaction() {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit() {
        if (!m_open)
            return false;
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace overleg
