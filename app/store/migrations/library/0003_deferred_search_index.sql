-- Trigram indexing row by row cost a sync three quarters of its time. New and changed documents
-- are now only noted here, and SearchIndex::indexPending() indexes them in one statement after
-- the batch (a sync, an import, the sample). A pending row was never indexed, so its change or
-- removal must not send a 'delete' to the index (that would corrupt an external-content index).
-- (NOT EXISTS rather than INSERT OR IGNORE: inside an upsert's trigger the outer statement's
-- conflict handling wins, and the IGNORE would not be honoured.)
CREATE TABLE document_search_pending (rowid INTEGER PRIMARY KEY);

DROP TRIGGER document_search_insert;
DROP TRIGGER document_search_delete;
DROP TRIGGER document_search_update;

CREATE TRIGGER document_search_insert AFTER INSERT ON document BEGIN
    INSERT INTO document_search_pending (rowid) SELECT new.rowid
    WHERE NOT EXISTS (SELECT 1 FROM document_search_pending WHERE rowid = new.rowid);
END;
CREATE TRIGGER document_search_delete AFTER DELETE ON document BEGIN
    INSERT INTO document_search(document_search, rowid, soort, documentNummer, titel, onderwerp)
    SELECT 'delete', old.rowid, old.soort, old.documentNummer, old.titel, old.onderwerp
    WHERE old.rowid NOT IN (SELECT rowid FROM document_search_pending);
    DELETE FROM document_search_pending WHERE rowid = old.rowid;
END;
CREATE TRIGGER document_search_update AFTER UPDATE ON document BEGIN
    INSERT INTO document_search(document_search, rowid, soort, documentNummer, titel, onderwerp)
    SELECT 'delete', old.rowid, old.soort, old.documentNummer, old.titel, old.onderwerp
    WHERE old.rowid NOT IN (SELECT rowid FROM document_search_pending);
    INSERT INTO document_search_pending (rowid) SELECT new.rowid
    WHERE NOT EXISTS (SELECT 1 FROM document_search_pending WHERE rowid = new.rowid);
END;
