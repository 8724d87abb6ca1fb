#include "BackgroundImport.h"

#include "Importer.h"
#include "store/Database.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace overleg {

QFuture<ImportOutcome> importInBackground(const QString &dataRoot, const QString &libraryPath,
                                          const QStringList &files) {
    return QtConcurrent::run([dataRoot, libraryPath, files](QPromise<ImportOutcome> &promise) {
        ImportOutcome outcome;
        promise.setProgressRange(0, int(files.size()));
        // SQLite connections belong to one thread: this worker opens its own.
        auto db = Database::open(libraryPath, Database::Kind::Library);
        if (!db) {
            outcome.messages << db.error();
            promise.addResult(outcome);
            return;
        }
        Importer importer(db.value(), dataRoot);
        int done = 0;
        for (const QString &file : files) {
            if (promise.isCanceled())
                break;
            const auto result = importer.importFile(file);
            if (!result) {
                outcome.messages << result.error();
            } else {
                (result->duplicate ? outcome.duplicateIds : outcome.importedIds)
                    << result->documentId;
                if (!result->warning.isEmpty())
                    outcome.messages << result->title + QStringLiteral(": ") + result->warning;
            }
            promise.setProgressValue(++done);
        }
        promise.addResult(outcome);
    });
}

} // namespace overleg
