#pragma once

#include "NavigationUpdate.h"

#include <QString>

namespace overleg::FilterIndexPatch {

// After an incremental update of the derived tables: the filter index kept next to the library
// (FilterIndex::fileFor), if it was written for the library as it was before, is patched for the
// documents and nodes that changed and written again for the library as it is now, so the window
// reads it in a fraction of a second instead of building it for seconds. A kept file that cannot
// follow is removed (it is stale). True when the file was patched.
bool follow(const QString &databasePath, const NavigationUpdate::Outcome &outcome);

} // namespace overleg::FilterIndexPatch
