-- The keyed audit chain (module audit), issue 11. H2 only: the triggers are Java classes.
--
-- key_id: the chain key that made the entry's HMAC-SHA-256 hash (CanonicalForm); NULL for an
-- entry written before the log was keyed, whose hash is plain SHA-256.
-- keyed_from: the first keyed sequence. Entries already in the log stay as they are (their
-- hashes are plain SHA-256); every entry from here on is keyed, and each signed checkpoint
-- repeats this number, so a log re-hashed with plain SHA-256 contradicts the checkpoints.
ALTER TABLE audit_event ADD COLUMN key_id CHAR(16);

ALTER TABLE audit_chain_head ADD COLUMN keyed_from BIGINT;
UPDATE audit_chain_head SET keyed_from = last_sequence + 1;
ALTER TABLE audit_chain_head ALTER COLUMN keyed_from SET NOT NULL;

-- Append-only: the database refuses UPDATE and DELETE of entries, whoever connects (the
-- database owner included), and lets the head move forward only.
CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event
    FOR EACH ROW CALL 'org.cloakroom.kiosk.audit.AppendOnlyTrigger';

CREATE TRIGGER audit_chain_head_forward_only BEFORE UPDATE, DELETE ON audit_chain_head
    FOR EACH ROW CALL 'org.cloakroom.kiosk.audit.ForwardOnlyHeadTrigger';

-- H2 fires no trigger on TRUNCATE TABLE, but refuses to truncate a table that a foreign key
-- references: this table stays empty and is that reference.
CREATE TABLE audit_truncate_guard (
    sequence BIGINT NOT NULL REFERENCES audit_event (sequence)
);

-- Retention: entries up to to_sequence were archived (gzip JSON lines in file) and may then be
-- deleted, and only they: the append-only trigger lets a DELETE through for an entry at or below
-- the newest to_sequence. The chain goes on from last_hash; a signed checkpoint at to_sequence
-- vouches for it, so an archive row written by hand to delete entries is found.
CREATE TABLE audit_archive (
    to_sequence   BIGINT                   NOT NULL PRIMARY KEY,
    last_hash     CHAR(64)                 NOT NULL,
    file          VARCHAR(255)             NOT NULL,
    archived_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TRIGGER audit_archive_append_only BEFORE UPDATE, DELETE ON audit_archive
    FOR EACH ROW CALL 'org.cloakroom.kiosk.audit.AppendOnlyTrigger';
