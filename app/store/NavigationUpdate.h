#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace overleg {

class Database;

// The derived tables (nav_node, nav_membership, open_question) brought up to date for what a
// batch of writes touched, as the triggers of migration 0009 recorded it (derived_touched_doc,
// derived_touched), instead of rebuilt from every entity: a sync that changed 500 of 1,000,000
// documents updates their memberships, the positions and counts of the nodes they are under,
// the labels of the nodes whose entities changed and the open questions under their zaken.
// Node numbers stay (they are keys in nav_membership and in the filter index); emptied nodes go
// by the full rebuild's rule. LibraryStore::rebuildDerived chooses between the two.
namespace NavigationUpdate {

struct Outcome {
    // The documents (rowids) whose memberships were computed again, deleted ones included.
    std::vector<qint64> documents;
    // The nodes (nav_node.node) whose positions were numbered anew (where a document found no
    // room between its neighbours), or which were removed; the other nodes' documents kept
    // their positions.
    std::vector<qint64> renumbered;
    // The tree's part of the library's generation before (nav_node's sequence and count: a
    // filter index read at any moment since the previous update has it, and every document
    // written since is among `documents`), and the whole generation after
    // (FilterIndex::currentGeneration).
    QString generationBefore;
    QString generationAfter;
};

// Whether the recorded changes can be followed: false for a library never built, and after a
// change set too large to record (sync_state '#derived-full').
bool canFollow(const Database &library);

// Applies the recorded changes in one transaction and empties the record. nullopt, with nothing
// written, when the changes reach more than a tenth of the documents: a full rebuild is the
// faster way then.
Result<std::optional<Outcome>> run(Database &library);

// The share of the documents above which run() leaves the work to a full rebuild; a small
// library is always followed up to this many documents.
constexpr qint64 kFullRebuildDivisor = 10;
constexpr qint64 kAlwaysFollowed = 1000;

} // namespace NavigationUpdate

} // namespace overleg
