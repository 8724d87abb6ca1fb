#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace overleg {

class Database;

// Which question documents still wait for an answer: the rows of the derived table
// open_question. Finding them is a third of a rebuild after a sync; it runs on a connection of its
// own while the rebuild writes the search index (WAL lets one connection read while another
// writes), so the two take the time of the longer instead of their sum.
namespace OpenQuestionScan {

struct Row {
    qint64 doc = 0;   // the document's rowid
    QString id;       // its GUID
    QString deadline; // yyyy-MM-dd, null when the document has no date
    bool delayed = false;
    QString fractie; // the fracties that asked, comma-separated; null when none is known
};

// Reads the rows from what `library` has committed or is writing in its open transaction.
Result<QList<Row>> read(const Database &library);
// The same on a connection of its own to the library file (from any thread).
Result<QList<Row>> readSeparately(const QString &libraryPath);
// Replaces the table's rows, inside the caller's transaction.
Status store(const Database &library, const QList<Row> &rows);
// Computes the rows of the documents whose rowids the table `documents` (column doc) holds
// again, inside the caller's transaction: a sync's update looks at the questions it may have
// opened or answered, not at every question of the library.
Status refresh(const Database &library, const QString &documents);

} // namespace OpenQuestionScan

} // namespace overleg
