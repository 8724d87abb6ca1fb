-- Team workspace schema v3: the answer documents linked by hand to a question document are the
-- workspace's, like the notes. Keyed by the documents' ids (the Kamer's GUID, or the UUID of an
-- imported file's hash), so a link attaches on every machine. Readers read, owners and editors
-- write; the server stamps who and when, keeps the history and announces every change.

CREATE TABLE overleg.answer_link (
    workspace_id bigint NOT NULL REFERENCES overleg.workspace(id) ON DELETE CASCADE,
    question_document_id text NOT NULL,
    answer_document_id text NOT NULL,
    created_by text NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (workspace_id, question_document_id, answer_document_id));

-- The announcement names the question document as the changed document.
CREATE FUNCTION overleg.announce_answer_link() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE r record;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    PERFORM pg_notify('overleg_changes', json_build_object(
        'workspace', r.workspace_id, 'table', TG_TABLE_NAME, 'op', lower(TG_OP),
        'document', r.question_document_id, 'question', NULL, 'by', session_user)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER answer_link_announce AFTER INSERT OR UPDATE OR DELETE ON overleg.answer_link
    FOR EACH ROW EXECUTE FUNCTION overleg.announce_answer_link();
CREATE TRIGGER answer_link_history AFTER INSERT OR UPDATE OR DELETE ON overleg.answer_link
    FOR EACH ROW EXECUTE FUNCTION overleg.record_history();

GRANT SELECT, INSERT, DELETE ON overleg.answer_link TO PUBLIC;
ALTER TABLE overleg.answer_link ENABLE ROW LEVEL SECURITY;
CREATE POLICY answer_link_read ON overleg.answer_link FOR SELECT
    USING (overleg.my_role(workspace_id) IS NOT NULL);
CREATE POLICY answer_link_insert ON overleg.answer_link FOR INSERT
    WITH CHECK (overleg.my_role(workspace_id) IN ('owner', 'editor'));
CREATE POLICY answer_link_delete ON overleg.answer_link FOR DELETE
    USING (overleg.my_role(workspace_id) IN ('owner', 'editor'));
