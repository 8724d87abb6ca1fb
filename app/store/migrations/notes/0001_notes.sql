-- Notes schema v1: everything the user writes. Never rebuilt, never dropped.
-- Documents and question units are referenced by their stable ids, not by foreign keys into
-- the library: the library can be rebuilt from the Kamer, the notes must survive that.

CREATE TABLE tag (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color TEXT NOT NULL DEFAULT '#4a90d9', created_at TEXT NOT NULL);

-- One row per question unit the user touched.
CREATE TABLE annotation (
    question_id TEXT PRIMARY KEY, document_id TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'answered', 'partial', 'unanswered', 'not_applicable')),
    note TEXT NOT NULL DEFAULT '', anchor_text TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL);
CREATE INDEX annotation_document ON annotation(document_id);

CREATE TABLE annotation_tag (
    question_id TEXT NOT NULL REFERENCES annotation(question_id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (question_id, tag_id)) WITHOUT ROWID;
CREATE INDEX annotation_tag_tag ON annotation_tag(tag_id);

-- The user's corrections of the extractor: added, removed, split and merged units.
CREATE TABLE correction (
    id INTEGER PRIMARY KEY, document_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('add', 'remove', 'split', 'merge')),
    payload TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX correction_document ON correction(document_id);

-- Question document <-> answer document links made by hand.
CREATE TABLE document_link (
    question_document_id TEXT NOT NULL, answer_document_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (question_document_id, answer_document_id)) WITHOUT ROWID;
