-- The keyed audit chain (module audit), issue 11: the PostgreSQL twin of db/vendor/h2/V14.
-- The same columns; the H2 triggers' rules written as PL/pgSQL (SQLSTATE 42501, "insufficient
-- privilege", as the H2 triggers raise), and PostgreSQL's own TRUNCATE triggers instead of
-- H2's foreign-key guard (the guard table is kept, so both databases have the same tables).
--
-- key_id: the chain key that made the entry's HMAC-SHA-256 hash (CanonicalForm); NULL for an
-- entry written before the log was keyed, whose hash is plain SHA-256.
-- keyed_from: the first keyed sequence (see the H2 file).
ALTER TABLE audit_event ADD COLUMN key_id CHAR(16);

ALTER TABLE audit_chain_head ADD COLUMN keyed_from BIGINT;
UPDATE audit_chain_head SET keyed_from = last_sequence + 1;
ALTER TABLE audit_chain_head ALTER COLUMN keyed_from SET NOT NULL;

CREATE TABLE audit_truncate_guard (
    sequence BIGINT NOT NULL REFERENCES audit_event (sequence)
);

CREATE TABLE audit_archive (
    to_sequence   BIGINT                   NOT NULL PRIMARY KEY,
    last_hash     CHAR(64)                 NOT NULL,
    file          VARCHAR(255)             NOT NULL,
    archived_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Entries: no UPDATE; a DELETE only of an archived entry (at or below the newest to_sequence).
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.sequence <= (SELECT COALESCE(MAX(to_sequence), 0) FROM audit_archive) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'The audit log is append-only: % of entry % refused', TG_OP, OLD.sequence
        USING ERRCODE = '42501';
END
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

-- The head: only forward, keyed_from unchanged, never deleted.
CREATE FUNCTION audit_chain_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'The audit chain head cannot be deleted' USING ERRCODE = '42501';
    END IF;
    IF NEW.last_sequence <= OLD.last_sequence THEN
        RAISE EXCEPTION 'The audit chain head only moves forward: from entry % to % refused',
            OLD.last_sequence, NEW.last_sequence USING ERRCODE = '42501';
    END IF;
    IF NEW.keyed_from IS DISTINCT FROM OLD.keyed_from THEN
        RAISE EXCEPTION 'The audit chain''s keying start (keyed_from) cannot change' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_chain_head_forward_only BEFORE UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only();

CREATE FUNCTION audit_archive_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit log''s archive records are append-only: % refused', TG_OP USING ERRCODE = '42501';
END
$$;

CREATE TRIGGER audit_archive_append_only BEFORE UPDATE OR DELETE ON audit_archive
    FOR EACH ROW EXECUTE FUNCTION audit_archive_append_only();

CREATE FUNCTION audit_truncate_refused() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit log cannot be truncated (%)', TG_TABLE_NAME USING ERRCODE = '42501';
END
$$;

CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate_refused();

CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate_refused();

CREATE TRIGGER audit_archive_no_truncate BEFORE TRUNCATE ON audit_archive
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate_refused();
