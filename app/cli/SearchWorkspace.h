#pragma once

#include "core/Result.h"
#include "library/SearchIndexer.h"

namespace overleg::cli {

// The notes `overleg-cli search` indexes: those of the workspace this data directory works in
// (`overleg-cli workspace connect`). A team workspace's offline copy is first brought up to date
// from the server (edits waiting are sent, colleagues' edits read) when it can be reached, and
// read as last seen when it cannot. The personal notes when no team workspace is connected.
Result<SearchNotes> searchNotesOfWorkspace(const QString &dataDir);

} // namespace overleg::cli
