-- Question documents that no answering document (same zaak) answers yet, with the deadline for
-- the answer: a derived table, filled by LibraryStore::rebuildDerived() after every batch, so
-- the "Open vragen" view and its count read one small table instead of joining every document
-- to its zaken and their documents.
CREATE TABLE open_question (
    document_id TEXT PRIMARY KEY,
    deadline TEXT,               -- yyyy-MM-dd, or NULL when the document has no date
    delayed INTEGER NOT NULL,    -- a Mededeling (uitstel antwoord) came: six weeks, not three
    fractie TEXT) WITHOUT ROWID;
CREATE INDEX open_question_deadline ON open_question(deadline);

-- Existing libraries fill it at their next open.
INSERT OR REPLACE INTO sync_state (category, skiptoken) VALUES ('#derived-stale', 1);
