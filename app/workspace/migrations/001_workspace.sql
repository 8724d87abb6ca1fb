-- Team workspace schema v1: workspaces, their members and roles, and the shared notes.
-- Who may read or write what is decided here, by row-level security on the server, never by the
-- client: a reader cannot write even with psql. Every policy asks overleg.my_role(), which reads
-- the member table as of this statement, so a member removed loses access at once.
-- The tables are owned by the administrator who ran `overleg-cli workspace init-server`; every
-- other login reaches only the rows of the workspaces it is a member of.

CREATE TABLE overleg.workspace (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    created_by text NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now());

CREATE TABLE overleg.member (
    workspace_id bigint NOT NULL REFERENCES overleg.workspace(id) ON DELETE CASCADE,
    user_name text NOT NULL,
    role text NOT NULL CHECK (role IN ('owner', 'editor', 'reader')),
    added_by text NOT NULL DEFAULT session_user,
    added_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, user_name));
CREATE INDEX member_user ON overleg.member(user_name);

-- The role of the logged-in user in a workspace, or NULL. SECURITY DEFINER: it reads the member
-- table past that table's own policies (which call it).
CREATE FUNCTION overleg.my_role(ws bigint) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = overleg, pg_temp AS
$$ SELECT role FROM overleg.member WHERE workspace_id = ws AND user_name = session_user $$;

-- Creating a workspace makes its creator the owner, in one step.
CREATE FUNCTION overleg.create_workspace(ws_name text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = overleg, pg_temp AS
$$
DECLARE new_id bigint;
BEGIN
    INSERT INTO overleg.workspace (name) VALUES (ws_name) RETURNING id INTO new_id;
    INSERT INTO overleg.member (workspace_id, user_name, role) VALUES (new_id, session_user, 'owner');
    RETURN new_id;
END
$$;

-- Shared notes, keyed so they attach on every machine: document_id is the Kamer's GUID of the
-- document (or, for an imported file, a UUID derived from the file's SHA-256), question_id the
-- question unit's stable id (document + normalised text + ordinal). Tags are held by name.
CREATE TABLE overleg.annotation (
    workspace_id bigint NOT NULL REFERENCES overleg.workspace(id) ON DELETE CASCADE,
    question_id text NOT NULL,
    document_id text NOT NULL,
    status text NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'answered', 'partial', 'unanswered', 'not_applicable')),
    note text NOT NULL DEFAULT '',
    anchor_text text NOT NULL DEFAULT '',
    tags text[] NOT NULL DEFAULT '{}',
    revision bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT session_user,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, question_id));
CREATE INDEX annotation_document ON overleg.annotation(workspace_id, document_id);

CREATE TABLE overleg.tag (
    workspace_id bigint NOT NULL REFERENCES overleg.workspace(id) ON DELETE CASCADE,
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL CHECK (length(name) > 0),
    color text NOT NULL DEFAULT '#4a90d9',
    created_at timestamptz NOT NULL DEFAULT now());
CREATE UNIQUE INDEX tag_name ON overleg.tag(workspace_id, lower(name));

CREATE TABLE overleg.correction (
    workspace_id bigint NOT NULL REFERENCES overleg.workspace(id) ON DELETE CASCADE,
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('add', 'remove', 'split', 'merge', 'soort')),
    payload text NOT NULL,
    created_by text NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX correction_document ON overleg.correction(workspace_id, document_id);

-- Who changed a row and when is stamped by the server, not taken from the client.
CREATE FUNCTION overleg.stamp_annotation() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    NEW.updated_by := session_user;
    NEW.updated_at := clock_timestamp();
    IF TG_OP = 'UPDATE' THEN
        NEW.revision := OLD.revision + 1;
    ELSE
        NEW.revision := 1;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER annotation_stamp BEFORE INSERT OR UPDATE ON overleg.annotation
    FOR EACH ROW EXECUTE FUNCTION overleg.stamp_annotation();

-- Every change is announced on channel overleg_changes (LISTEN), with who made it, so the
-- colleagues' windows show it at once. The payload names keys only; readers fetch the row
-- through the policies below.
CREATE FUNCTION overleg.announce_change() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE r record;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    PERFORM pg_notify('overleg_changes', json_build_object(
        'workspace', r.workspace_id, 'table', TG_TABLE_NAME, 'op', lower(TG_OP),
        'document', to_jsonb(r) ->> 'document_id', 'question', to_jsonb(r) ->> 'question_id',
        'by', session_user)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER annotation_announce AFTER INSERT OR UPDATE OR DELETE ON overleg.annotation
    FOR EACH ROW EXECUTE FUNCTION overleg.announce_change();
CREATE TRIGGER tag_announce AFTER INSERT OR UPDATE OR DELETE ON overleg.tag
    FOR EACH ROW EXECUTE FUNCTION overleg.announce_change();
CREATE TRIGGER correction_announce AFTER INSERT OR UPDATE OR DELETE ON overleg.correction
    FOR EACH ROW EXECUTE FUNCTION overleg.announce_change();

-- Rights. Every login of this database may use the tables; the policies decide which rows.
GRANT USAGE ON SCHEMA overleg TO PUBLIC;
GRANT SELECT ON overleg.workspace TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON overleg.member, overleg.annotation, overleg.tag,
    overleg.correction TO PUBLIC;
GRANT EXECUTE ON FUNCTION overleg.my_role(bigint), overleg.create_workspace(text) TO PUBLIC;

ALTER TABLE overleg.workspace ENABLE ROW LEVEL SECURITY;
ALTER TABLE overleg.member ENABLE ROW LEVEL SECURITY;
ALTER TABLE overleg.annotation ENABLE ROW LEVEL SECURITY;
ALTER TABLE overleg.tag ENABLE ROW LEVEL SECURITY;
ALTER TABLE overleg.correction ENABLE ROW LEVEL SECURITY;

CREATE POLICY workspace_read ON overleg.workspace FOR SELECT
    USING (overleg.my_role(id) IS NOT NULL);

CREATE POLICY member_read ON overleg.member FOR SELECT
    USING (overleg.my_role(workspace_id) IS NOT NULL);
CREATE POLICY member_add ON overleg.member FOR INSERT
    WITH CHECK (overleg.my_role(workspace_id) = 'owner');
CREATE POLICY member_change ON overleg.member FOR UPDATE
    USING (overleg.my_role(workspace_id) = 'owner')
    WITH CHECK (overleg.my_role(workspace_id) = 'owner');
-- An owner removes anyone; every member may leave.
CREATE POLICY member_remove ON overleg.member FOR DELETE
    USING (overleg.my_role(workspace_id) = 'owner' OR user_name = session_user);

CREATE POLICY annotation_read ON overleg.annotation FOR SELECT
    USING (overleg.my_role(workspace_id) IS NOT NULL);
CREATE POLICY annotation_insert ON overleg.annotation FOR INSERT
    WITH CHECK (overleg.my_role(workspace_id) IN ('owner', 'editor'));
CREATE POLICY annotation_update ON overleg.annotation FOR UPDATE
    USING (overleg.my_role(workspace_id) IN ('owner', 'editor'))
    WITH CHECK (overleg.my_role(workspace_id) IN ('owner', 'editor'));
CREATE POLICY annotation_delete ON overleg.annotation FOR DELETE
    USING (overleg.my_role(workspace_id) IN ('owner', 'editor'));

CREATE POLICY tag_read ON overleg.tag FOR SELECT
    USING (overleg.my_role(workspace_id) IS NOT NULL);
CREATE POLICY tag_insert ON overleg.tag FOR INSERT
    WITH CHECK (overleg.my_role(workspace_id) IN ('owner', 'editor'));
CREATE POLICY tag_update ON overleg.tag FOR UPDATE
    USING (overleg.my_role(workspace_id) IN ('owner', 'editor'))
    WITH CHECK (overleg.my_role(workspace_id) IN ('owner', 'editor'));
CREATE POLICY tag_delete ON overleg.tag FOR DELETE
    USING (overleg.my_role(workspace_id) IN ('owner', 'editor'));

CREATE POLICY correction_read ON overleg.correction FOR SELECT
    USING (overleg.my_role(workspace_id) IS NOT NULL);
CREATE POLICY correction_insert ON overleg.correction FOR INSERT
    WITH CHECK (overleg.my_role(workspace_id) IN ('owner', 'editor'));
CREATE POLICY correction_update ON overleg.correction FOR UPDATE
    USING (overleg.my_role(workspace_id) IN ('owner', 'editor'))
    WITH CHECK (overleg.my_role(workspace_id) IN ('owner', 'editor'));
CREATE POLICY correction_delete ON overleg.correction FOR DELETE
    USING (overleg.my_role(workspace_id) IN ('owner', 'editor'));
