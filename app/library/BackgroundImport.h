#pragma once

#include <QFuture>
#include <QString>
#include <QStringList>

namespace overleg {

// The outcome of importing a batch of files off the GUI thread.
struct ImportOutcome {
    QStringList importedIds;  // new documents, in the order of the files
    QStringList duplicateIds; // files that were already in the library
    QStringList messages;     // one readable line per file that failed or warned
};

// Imports files in a worker thread with a database connection of its own. Reports progress
// (files done) and stops between files when cancelled.
QFuture<ImportOutcome> importInBackground(const QString &dataRoot, const QString &libraryPath,
                                          const QStringList &files);

} // namespace overleg
