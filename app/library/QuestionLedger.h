#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace overleg {

class Library;
class NotesBackend;

// Keeps the question ledger (library migration 0005) in step with the library: for every
// question document whose file we hold, its units as the panel shows them and whether an answer
// was found for each. A document is read again only when what its rows came from changed (its
// file, its answering documents' files, the user's corrections, its deadline), so a refresh
// after a sync costs one cheap query per document that did not change.
class QuestionLedger {
public:
    explicit QuestionLedger(Library &library);

    // Documents whose rows are missing or stale.
    QStringList staleDocuments() const;
    // Reads one document and replaces its rows. A file that cannot be read is recorded with no
    // questions (and the message returned), so it is not read again until it changes.
    Status update(const QString &documentId);
    // Removes the rows of documents that are gone from the library or lost their file.
    void prune();
    // prune + update every stale document; returns how many were read. `cancelled` is asked
    // between documents.
    int refresh(const std::function<bool()> &cancelled = {});

private:
    QString signatureOf(const QString &documentId, const QString &soort,
                        const QString &sha256) const;

    Library &m_library;
};

// Makes, on the worker thread, the notes of the team workspace in use (nullptr when its server
// cannot be reached).
using NotesInWorker = std::function<std::unique_ptr<NotesBackend>()>;

// Refreshes the ledger on a worker thread with connections of its own; the result is the number
// of documents read. Cancel the future to stop between documents. `teamNotes`, when set, puts a
// team workspace's notes in place of the personal ones there.
QFuture<int> refreshQuestionLedgerInBackground(const QString &dataRoot,
                                               const NotesInWorker &teamNotes = {});

} // namespace overleg
