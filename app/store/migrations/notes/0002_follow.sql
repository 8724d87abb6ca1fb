-- The commissies and dossiers the user follows: their documents' files are downloaded by a sync.
-- A key is what the user gave: a GUID, a dossier number ("29338", "21501-02") or an afkorting.
CREATE TABLE follow (
    kind TEXT NOT NULL CHECK (kind IN ('commissie', 'dossier')),
    key TEXT NOT NULL,
    since TEXT NOT NULL,
    PRIMARY KEY (kind, key)) WITHOUT ROWID;
