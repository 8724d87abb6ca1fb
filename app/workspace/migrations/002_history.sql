-- Team workspace schema v2: the full history of every change (who, when, before, after), kept
-- by the server in a trigger, so no client can leave a change out or rewrite it; and the
-- assignment of a question to a member.

ALTER TABLE overleg.annotation ADD COLUMN assignee text;

CREATE TABLE overleg.history (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES overleg.workspace(id) ON DELETE CASCADE,
    table_name text NOT NULL,
    operation text NOT NULL,
    question_id text,
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    before jsonb,
    after jsonb);
CREATE INDEX history_question ON overleg.history(workspace_id, question_id);

-- SECURITY DEFINER: members may not write the history themselves (they have SELECT only).
CREATE FUNCTION overleg.record_history() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = overleg, pg_temp AS
$$
DECLARE r record;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    INSERT INTO overleg.history (workspace_id, table_name, operation, question_id, changed_by,
                                 before, after)
    VALUES (r.workspace_id, TG_TABLE_NAME, lower(TG_OP),
            to_jsonb(r) ->> 'question_id', session_user,
            CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END,
            CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END);
    RETURN NULL;
END
$$;
CREATE TRIGGER annotation_history AFTER INSERT OR UPDATE OR DELETE ON overleg.annotation
    FOR EACH ROW EXECUTE FUNCTION overleg.record_history();
CREATE TRIGGER tag_history AFTER INSERT OR UPDATE OR DELETE ON overleg.tag
    FOR EACH ROW EXECUTE FUNCTION overleg.record_history();
CREATE TRIGGER correction_history AFTER INSERT OR UPDATE OR DELETE ON overleg.correction
    FOR EACH ROW EXECUTE FUNCTION overleg.record_history();
CREATE TRIGGER member_history AFTER INSERT OR UPDATE OR DELETE ON overleg.member
    FOR EACH ROW EXECUTE FUNCTION overleg.record_history();

GRANT SELECT ON overleg.history TO PUBLIC;
ALTER TABLE overleg.history ENABLE ROW LEVEL SECURITY;
CREATE POLICY history_read ON overleg.history FOR SELECT
    USING (overleg.my_role(workspace_id) IS NOT NULL);
