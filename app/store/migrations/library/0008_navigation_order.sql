-- Library schema v8: every membership carries the document's position under its node (a
-- dossier by volgnummer, a commissie or kamerlid newest first), numbered by
-- LibraryStore::rebuildDerived(). Expanding a node and its next page then read the index
-- (node, position) in order instead of sorting all of the node's documents: the largest
-- commissie of a 1,000,000-document library holds some 60,000, and sorting them cost 63 ms per
-- page. The table is derived; existing libraries rebuild it at their next open.

DROP TABLE nav_membership;
CREATE TABLE nav_membership (
    node INTEGER NOT NULL,
    doc INTEGER NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (node, doc)) WITHOUT ROWID;
CREATE INDEX nav_membership_document ON nav_membership(doc, node);
CREATE INDEX nav_membership_position ON nav_membership(node, position);

INSERT OR REPLACE INTO sync_state (category, skiptoken) VALUES ('#derived-stale', 1);
