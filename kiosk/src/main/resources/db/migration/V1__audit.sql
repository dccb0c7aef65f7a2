-- The hash-chained audit log (module audit). Portable SQL: runs on H2 and PostgreSQL.
-- Entries are only ever appended by the application; the canonical form that each hash
-- covers is documented in org.cloakroom.kiosk.audit.CanonicalForm.

CREATE TABLE audit_event (
    sequence      BIGINT                   NOT NULL PRIMARY KEY,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    type          VARCHAR(120)             NOT NULL,
    subject       VARCHAR(200)             NOT NULL,
    alert         BOOLEAN                  NOT NULL,
    details       TEXT                     NOT NULL,
    previous_hash CHAR(64)                 NOT NULL,
    hash          CHAR(64)                 NOT NULL
);

CREATE INDEX audit_event_subject ON audit_event (subject, sequence);

-- Exactly one row: the last appended entry. Appends lock it (SELECT ... FOR UPDATE), which
-- orders them totally; verification compares it with the last entry to detect truncation.
CREATE TABLE audit_chain_head (
    id            SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    last_sequence BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
