#pragma once

#include "QuestionLedger.h"
#include "core/Result.h"

#include <QFuture>
#include <QString>

#include <functional>

namespace overleg {

class FullTextIndex;
class Library;

// Keeps the full-text index (store/FullTextIndex) in step with the library: the metadata of
// every document, and for every document whose file is here its text page by page, its question
// units as the panel shows them (library/DocumentQuestions, with the user's corrections) with
// fractie and status, and the user's notes and tags. Only what changed is read again: a
// document's signature names its metadata version, its file, its notes and corrections.
class SearchIndexer {
public:
    SearchIndexer(Library &library, FullTextIndex &index);

    // Reports (done, total) while reading texts; `cancelled` is asked between documents.
    using Progress = std::function<void(int done, int total)>;
    // Returns how many documents' texts were read.
    Result<int> refresh(const Progress &progress = {}, const std::function<bool()> &cancelled = {});
    // Reads one document's file, questions and notes into the index.
    Status indexText(const QString &documentId);

private:
    Library &m_library;
    FullTextIndex &m_index;
};

// The notes the index holds when they are not the personal ones: a team workspace's, read from
// its offline copy (a SQLite file whose annotation, tag and correction tables or views look like
// the personal notes', see OfflineNotes::mirrorPath), so the index follows the workspace in use
// with the server there or not. A document's notes part is read again whenever what it was made
// from differs: after a switch of workspace, only the documents annotated in either.
struct SearchNotes {
    QString copyPath;   // empty: the personal notes
    NotesInWorker open; // opens the copy as a NotesBackend where it is called
    bool isPersonal() const { return copyPath.isEmpty(); }
};

// Attaches the library and the notes to the index's connection and puts the notes in the
// library (Library::setTeamNotes), so that SearchIndexer reads the same notes the signatures
// name. For the CLI and the worker below.
Status prepareSearchIndexing(Library &library, FullTextIndex &index, const SearchNotes &notes);

// Refreshes the index on a worker thread with connections of its own. Progress: the texts read
// of those to read (QFuture progress); the result: how many were read, -1 on failure.
QFuture<int> refreshSearchIndexInBackground(const QString &dataRoot, const SearchNotes &notes = {});

} // namespace overleg
