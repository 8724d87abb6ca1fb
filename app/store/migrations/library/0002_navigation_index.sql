-- Library schema v2: derived tables for the navigation tree and filtering by typing.
-- They hold nothing that cannot be rebuilt from the entities (LibraryStore::rebuildDerived).

-- Which documents hang under which commissie, dossier or kamerlid, by any path the Kamer
-- links them (document actors, zaak actors, activiteiten).
CREATE TABLE nav_membership (
    node_kind TEXT NOT NULL, node_id TEXT NOT NULL, document_id TEXT NOT NULL,
    PRIMARY KEY (node_kind, node_id, document_id)) WITHOUT ROWID;
CREATE INDEX nav_membership_document ON nav_membership(document_id, node_kind, node_id);

-- The tree's nodes with their display names and document counts, so building the tree reads
-- one small table instead of counting 100,000 memberships.
CREATE TABLE nav_node (
    node_kind TEXT NOT NULL, node_id TEXT NOT NULL, label TEXT NOT NULL, detail TEXT NOT NULL,
    sort_key TEXT NOT NULL, documents INTEGER NOT NULL,
    PRIMARY KEY (node_kind, node_id)) WITHOUT ROWID;
CREATE INDEX nav_node_sorted ON nav_node(node_kind, sort_key);

-- Substring search over the fields the tree shows (trigram: "338" finds "29 338").
CREATE VIRTUAL TABLE document_search USING fts5(
    soort, documentNummer, titel, onderwerp, content='document', content_rowid='rowid',
    tokenize='trigram');
INSERT INTO document_search(document_search) VALUES ('rebuild');

CREATE TRIGGER document_search_insert AFTER INSERT ON document BEGIN
    INSERT INTO document_search(rowid, soort, documentNummer, titel, onderwerp)
    VALUES (new.rowid, new.soort, new.documentNummer, new.titel, new.onderwerp);
END;
CREATE TRIGGER document_search_delete AFTER DELETE ON document BEGIN
    INSERT INTO document_search(document_search, rowid, soort, documentNummer, titel, onderwerp)
    VALUES ('delete', old.rowid, old.soort, old.documentNummer, old.titel, old.onderwerp);
END;
CREATE TRIGGER document_search_update AFTER UPDATE ON document BEGIN
    INSERT INTO document_search(document_search, rowid, soort, documentNummer, titel, onderwerp)
    VALUES ('delete', old.rowid, old.soort, old.documentNummer, old.titel, old.onderwerp);
    INSERT INTO document_search(rowid, soort, documentNummer, titel, onderwerp)
    VALUES (new.rowid, new.soort, new.documentNummer, new.titel, new.onderwerp);
END;
