#pragma once

#include "core/Result.h"

namespace overleg {

class Database;

// Puts the documents an incremental update placed again (temp.nav_reach, NavigationUpdate)
// under their nodes, each at a position between its neighbours in the tree's order, so the
// node's other documents keep theirs: renumbering a commissie of 60,000 documents for one new
// letter cost seconds. The neighbours are found by bisecting the node's positions (the index
// (node, position)), a few lookups per document. Where two neighbours left no room between them
// the node goes to temp.nav_renumber to be numbered anew (NavigationSql::numberPositions); the
// nodes that gained documents go to temp.nav_changed. Inside the caller's transaction.
namespace NavigationPlacement {

Status place(Database &library);

} // namespace NavigationPlacement

} // namespace overleg
