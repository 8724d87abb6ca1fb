-- Library schema v9: what a batch of writes (a sync, an import) touched, so the derived tables
-- (nav_node, nav_membership, open_question) are updated for that only (NavigationUpdate)
-- instead of rebuilt: a rebuild costs minutes at 1,000,000 documents when 500 changed.
-- Filled by the triggers below in the transaction of the write itself, so a killed sync leaves
-- exactly what its committed pages changed; emptied by every update of the derived tables.
--
-- While the row '#derived-full' is in sync_state the next update is a full rebuild anyway
-- (a fresh library, a change set too large to be worth following) and nothing is recorded.

-- Documents by rowid: inserted, updated or deleted (the rowid of a deleted one is what its
-- memberships and open question still name).
CREATE TABLE derived_touched_doc (doc INTEGER PRIMARY KEY);

-- Entities by GUID whose change reaches documents or nodes:
--   document   its memberships (an actor or a link of it changed)
--   zaak       the documents linked to it (one of its actors changed)
--   activiteit the documents linked to it (its voortouwcommissie changed)
--   zaaklink   a zaak that gained or lost a document: the open questions under it
--   commissie, persoon, dossier   the node (name, detail, whether it exists)
--   fractie, fractieZetel         the kamerleden seated for it (their node's detail)
CREATE TABLE derived_touched (
    kind TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID;

-- A library that was never built, or whose derived tables lag already, is rebuilt in full.
INSERT OR REPLACE INTO sync_state (category, skiptoken)
    SELECT '#derived-full', 1 WHERE EXISTS (SELECT 1 FROM sync_state
        WHERE category = '#derived-stale') OR NOT EXISTS (SELECT 1 FROM document);

-- NOT EXISTS rather than INSERT OR IGNORE: inside an upsert's trigger the outer statement's
-- conflict handling wins (see 0003).
CREATE TRIGGER derived_document_insert AFTER INSERT ON document
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched_doc (doc) SELECT new.rowid
    WHERE NOT EXISTS (SELECT 1 FROM derived_touched_doc WHERE doc = new.rowid);
END;
CREATE TRIGGER derived_document_update AFTER UPDATE ON document
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched_doc (doc) SELECT new.rowid
    WHERE NOT EXISTS (SELECT 1 FROM derived_touched_doc WHERE doc = new.rowid);
    INSERT INTO derived_touched_doc (doc) SELECT old.rowid
    WHERE NOT EXISTS (SELECT 1 FROM derived_touched_doc WHERE doc = old.rowid);
END;
CREATE TRIGGER derived_document_delete AFTER DELETE ON document
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched_doc (doc) SELECT old.rowid
    WHERE NOT EXISTS (SELECT 1 FROM derived_touched_doc WHERE doc = old.rowid);
END;

-- An actor of a document: the document, and the kamerlid (whose node may appear or go).
CREATE TRIGGER derived_documentActor_insert AFTER INSERT ON documentActor
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT k, v FROM (SELECT 'document' AS k,
        new.document_id AS v UNION ALL SELECT 'persoon', new.persoon_id) WHERE v IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM derived_touched t WHERE t.kind = k AND t.id = v);
END;
CREATE TRIGGER derived_documentActor_update AFTER UPDATE ON documentActor
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT DISTINCT k, v FROM (SELECT 'document' AS k,
        new.document_id AS v UNION ALL SELECT 'persoon', new.persoon_id UNION ALL
        SELECT 'document', old.document_id UNION ALL SELECT 'persoon', old.persoon_id)
        WHERE v IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM derived_touched t WHERE t.kind = k AND t.id = v);
END;
CREATE TRIGGER derived_documentActor_delete AFTER DELETE ON documentActor
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT k, v FROM (SELECT 'document' AS k,
        old.document_id AS v UNION ALL SELECT 'persoon', old.persoon_id) WHERE v IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM derived_touched t WHERE t.kind = k AND t.id = v);
END;

-- An actor of a zaak: the zaak's documents, and the kamerlid.
CREATE TRIGGER derived_zaakActor_insert AFTER INSERT ON zaakActor
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT k, v FROM (SELECT 'zaak' AS k,
        new.zaak_id AS v UNION ALL SELECT 'persoon', new.persoon_id) WHERE v IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM derived_touched t WHERE t.kind = k AND t.id = v);
END;
CREATE TRIGGER derived_zaakActor_update AFTER UPDATE ON zaakActor
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT DISTINCT k, v FROM (SELECT 'zaak' AS k,
        new.zaak_id AS v UNION ALL SELECT 'persoon', new.persoon_id UNION ALL
        SELECT 'zaak', old.zaak_id UNION ALL SELECT 'persoon', old.persoon_id)
        WHERE v IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM derived_touched t WHERE t.kind = k AND t.id = v);
END;
CREATE TRIGGER derived_zaakActor_delete AFTER DELETE ON zaakActor
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT k, v FROM (SELECT 'zaak' AS k,
        old.zaak_id AS v UNION ALL SELECT 'persoon', old.persoon_id) WHERE v IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM derived_touched t WHERE t.kind = k AND t.id = v);
END;

-- A document's zaak or activiteit: the document; and the zaak, whose open questions may change.
CREATE TRIGGER derived_link_insert AFTER INSERT ON link
WHEN new.soort IN ('zaak', 'activiteit')
    AND NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT k, v FROM (SELECT 'document' AS k,
        new.van AS v UNION ALL SELECT 'zaaklink', new.naar WHERE new.soort = 'zaak')
        WHERE NOT EXISTS (SELECT 1 FROM derived_touched t WHERE t.kind = k AND t.id = v);
END;
CREATE TRIGGER derived_link_delete AFTER DELETE ON link
WHEN old.soort IN ('zaak', 'activiteit')
    AND NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT k, v FROM (SELECT 'document' AS k,
        old.van AS v UNION ALL SELECT 'zaaklink', old.naar WHERE old.soort = 'zaak')
        WHERE NOT EXISTS (SELECT 1 FROM derived_touched t WHERE t.kind = k AND t.id = v);
END;

-- Entities named by their own id (insert, update, delete alike).
CREATE TRIGGER derived_activiteit_insert AFTER INSERT ON activiteit
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'activiteit', new.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'activiteit' AND id = new.id);
END;
CREATE TRIGGER derived_activiteit_update AFTER UPDATE OF voortouwcommissie_id ON activiteit
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'activiteit', new.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'activiteit' AND id = new.id);
END;
CREATE TRIGGER derived_activiteit_delete AFTER DELETE ON activiteit
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'activiteit', old.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'activiteit' AND id = old.id);
END;

CREATE TRIGGER derived_commissie_insert AFTER INSERT ON commissie
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'commissie', new.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'commissie' AND id = new.id);
END;
CREATE TRIGGER derived_commissie_update AFTER UPDATE ON commissie
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'commissie', new.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'commissie' AND id = new.id);
END;
CREATE TRIGGER derived_commissie_delete AFTER DELETE ON commissie
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'commissie', old.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'commissie' AND id = old.id);
END;

CREATE TRIGGER derived_persoon_insert AFTER INSERT ON persoon
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'persoon', new.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'persoon' AND id = new.id);
END;
CREATE TRIGGER derived_persoon_update AFTER UPDATE ON persoon
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'persoon', new.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'persoon' AND id = new.id);
END;
CREATE TRIGGER derived_persoon_delete AFTER DELETE ON persoon
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'persoon', old.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'persoon' AND id = old.id);
END;

CREATE TRIGGER derived_dossier_insert AFTER INSERT ON kamerstukdossier
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'dossier', new.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'dossier' AND id = new.id);
END;
CREATE TRIGGER derived_dossier_update AFTER UPDATE ON kamerstukdossier
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'dossier', new.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'dossier' AND id = new.id);
END;
CREATE TRIGGER derived_dossier_delete AFTER DELETE ON kamerstukdossier
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'dossier', old.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'dossier' AND id = old.id);
END;

-- A seat: the kamerlid's node (its fractie, whether it stays without documents).
CREATE TRIGGER derived_seat_insert AFTER INSERT ON fractieZetelPersoon
WHEN new.persoon_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'persoon', new.persoon_id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'persoon' AND id = new.persoon_id);
END;
CREATE TRIGGER derived_seat_update AFTER UPDATE ON fractieZetelPersoon
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT DISTINCT 'persoon', v FROM (SELECT
        new.persoon_id AS v UNION ALL SELECT old.persoon_id) WHERE v IS NOT NULL AND NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'persoon' AND id = v);
END;
CREATE TRIGGER derived_seat_delete AFTER DELETE ON fractieZetelPersoon
WHEN old.persoon_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'persoon', old.persoon_id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'persoon' AND id = old.persoon_id);
END;

CREATE TRIGGER derived_fractieZetel_insert AFTER INSERT ON fractieZetel
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'fractieZetel', new.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'fractieZetel' AND id = new.id);
END;
CREATE TRIGGER derived_fractieZetel_update AFTER UPDATE ON fractieZetel
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'fractieZetel', new.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'fractieZetel' AND id = new.id);
END;
CREATE TRIGGER derived_fractieZetel_delete AFTER DELETE ON fractieZetel
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'fractieZetel', old.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'fractieZetel' AND id = old.id);
END;

CREATE TRIGGER derived_fractie_insert AFTER INSERT ON fractie
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'fractie', new.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'fractie' AND id = new.id);
END;
CREATE TRIGGER derived_fractie_update AFTER UPDATE ON fractie
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'fractie', new.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'fractie' AND id = new.id);
END;
CREATE TRIGGER derived_fractie_delete AFTER DELETE ON fractie
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE category = '#derived-full') BEGIN
    INSERT INTO derived_touched (kind, id) SELECT 'fractie', old.id WHERE NOT EXISTS
        (SELECT 1 FROM derived_touched WHERE kind = 'fractie' AND id = old.id);
END;
