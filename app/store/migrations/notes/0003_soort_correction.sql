-- A correction may also say what kind of document this is (Document.Soort), where the extractor
-- read its head wrong. SQLite cannot change a CHECK constraint in place: the table is copied.
CREATE TABLE correction_new (
    id INTEGER PRIMARY KEY, document_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('add', 'remove', 'split', 'merge', 'soort')),
    payload TEXT NOT NULL, created_at TEXT NOT NULL);
INSERT INTO correction_new (id, document_id, kind, payload, created_at)
    SELECT id, document_id, kind, payload, created_at FROM correction;
DROP TABLE correction;
ALTER TABLE correction_new RENAME TO correction;
CREATE INDEX correction_document ON correction(document_id);
