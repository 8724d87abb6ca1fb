#pragma once

#include "RowidSet.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace overleg {

// The navigation filter through the trigram index, for when the in-memory FilterIndex cannot
// answer (not read yet, being read again after a change, a word with punctuation). At a
// million documents that costs 70-150 ms, so the window runs it off the GUI thread
// (matchOffThread) and hands the result to LibraryQueries::adoptFilter.

// The statement selecting the matching documents' rowids (one value to bind per entry of
// `binds`); empty when the text has no word of three characters or more (then only names are
// matched).
struct TrigramQuery {
    QString select;
    QStringList binds;
};
TrigramQuery trigramQuery(const QString &simplifiedText);

struct FallbackMatches {
    QString text;               // simplified
    std::vector<qint64> rowids; // the matching documents, ascending
    QHash<qint64, int> perNode; // nav_node.node -> matching documents under it
    RowidSet set;               // the rowids again, as the tree tests them
};
// Runs the query on a read-only connection of its own; nullopt when cancelled or failed.
std::optional<FallbackMatches> matchOffThread(const QString &databasePath,
                                              const QString &simplifiedText,
                                              const std::atomic<bool> &cancel);

} // namespace overleg
