#include "SearchIndex.h"

#include "Database.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace overleg::SearchIndex {

Status indexPending(Database &library) {
    Transaction tx(library.connection());
    QSqlQuery insert = library.run(QStringLiteral(
        "INSERT INTO document_search (rowid, soort, documentNummer, titel, onderwerp) "
        "SELECT d.rowid, d.soort, d.documentNummer, d.titel, d.onderwerp FROM "
        "document_search_pending p JOIN document d ON d.rowid = p.rowid"));
    if (insert.lastError().isValid())
        return Status::failure(insert.lastError().text());
    QSqlQuery clear = library.run(QStringLiteral("DELETE FROM document_search_pending"));
    if (clear.lastError().isValid())
        return Status::failure(clear.lastError().text());
    if (!tx.commit())
        return Status::failure(library.connection().lastError().text());
    return success();
}

bool hasPending(Database &library) {
    QSqlQuery q = library.run(QStringLiteral("SELECT 1 FROM document_search_pending LIMIT 1"));
    return q.next();
}

} // namespace overleg::SearchIndex
