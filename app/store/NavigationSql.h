#pragma once

#include <QString>
#include <QStringList>

namespace overleg::NavigationSql {

// The statements that make the tree's nodes (nav_node), shared by the full rebuild
// (LibraryStore::rebuildDerived) and the incremental update (NavigationUpdate), so both name,
// detail and sort a node alike. `where` chooses the entities (aliases: c for commissie, k for
// kamerstukdossier, p for persoon); with `upsert` an existing node keeps its number (the key of
// nav_membership and of the filter index) and takes the new label, detail and sort key.
QString commissieNodes(const QString &where, bool upsert);
QString dossierNodes(const QString &where, bool upsert);
QString persoonNodes(const QString &where, bool upsert);

// Positions are a node's documents in the tree's order (a dossier by volgnummer, a commissie or
// kamerlid newest first), numbered with gaps of kPositionGap, so a document that comes later is
// put between its neighbours (NavigationPlacement) without moving them. Only their order counts:
// the tree reads a page along (node, position).
constexpr qint64 kPositionGap = 65536;
// Numbers the positions of the nodes in `nodes` (a table with a column node), or of every node
// when empty.
QStringList numberPositions(const QString &nodes);

// The nodes without documents that the tree drops: every such dossier, a commissie no longer
// active, a kamerlid without a seat now. `where` narrows the nodes looked at.
QString removeEmptyNodes(const QString &where);

} // namespace overleg::NavigationSql
