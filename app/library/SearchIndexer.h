#pragma once

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

// Refreshes the index on a worker thread with connections of its own. Progress: the texts read
// of those to read (QFuture progress); the result: how many were read, -1 on failure.
QFuture<int> refreshSearchIndexInBackground(const QString &dataRoot);

} // namespace overleg
