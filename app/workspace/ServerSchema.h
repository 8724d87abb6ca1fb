#pragma once

#include "core/Result.h"

namespace overleg {

class PgConnection;

// The team workspace schema on the server, versioned like the local databases: numbered SQL
// scripts (workspace/migrations) applied in order, each version in one transaction with the
// version number, so a server is at one version or the one before, never half-way.
namespace ServerSchema {

constexpr int kVersion = 3; // the newest version this Overleg knows

// The server's schema version; 0 when no workspace schema was created there yet.
Result<int> version(const PgConnection &connection);

// Brings the server to `target` (default: kVersion). Needs the rights to create tables (the
// database's owner, as in `overleg-cli workspace init-server`). A server newer than this Overleg
// is refused with a message that says so, and nothing is changed.
Result<int> migrate(const PgConnection &connection, int target = kVersion);

// Fails, in words, when this Overleg cannot work with the server's schema (too new, or not there).
Status checkUsable(const PgConnection &connection);

} // namespace ServerSchema

} // namespace overleg
