-- An imported file knows what it is: the identifier its head names (KOOP id, dossier and
-- number, or zaak), so another format of the same document is recognised as a rendition of it.
ALTER TABLE local_document ADD COLUMN identifier TEXT;
CREATE INDEX local_document_identifier ON local_document(identifier);

-- Other formats of a document we hold (its HTML beside its PDF): one document, one set of
-- notes; document_file stays the rendition shown first.
CREATE TABLE document_rendition (
    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL, path TEXT NOT NULL, mime TEXT NOT NULL, size INTEGER NOT NULL,
    original_name TEXT NOT NULL, added_at TEXT NOT NULL,
    PRIMARY KEY (document_id, sha256)) WITHOUT ROWID;
CREATE INDEX document_rendition_sha256 ON document_rendition(sha256);
