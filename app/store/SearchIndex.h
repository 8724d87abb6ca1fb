#pragma once

#include "core/Result.h"

namespace overleg {

class Database;

// The trigram index behind the navigation filter. Documents written in a batch are only marked
// pending (cheap, in the batch's transactions); indexPending() then indexes them all in one
// statement, which is several times faster than row by row.
namespace SearchIndex {

Status indexPending(Database &library);
bool hasPending(Database &library);

} // namespace SearchIndex

} // namespace overleg
