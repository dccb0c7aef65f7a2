-- Audit references and search indexes (module audit), issue 12. Portable SQL: H2 and PostgreSQL.
--
-- audit_reference: every thing an entry is about, not only its subject: the employee, phone(s),
-- locker, storage, check-in, badge and unenrolled phone (device) its details name, and the
-- employee and check-in of any storage it names. Search and timelines filter through it. It is
-- an index, derived from audit_event; the hashed canonical form is unchanged, and the rows can
-- be rebuilt from the log at any time. A reference is written as a subject is (employee:7,
-- check-in:<uuid>), one column, so that a search for several ids is an IN on the key's first
-- column, which every database's index answers.
CREATE TABLE audit_reference (
    reference VARCHAR(220) NOT NULL,
    sequence  BIGINT       NOT NULL,
    PRIMARY KEY (reference, sequence)
);

CREATE INDEX audit_reference_sequence ON audit_reference (sequence);

-- Each check-in's employee and start, from the entry that named it first (its visitId).
CREATE TABLE audit_check_in (
    check_in_id VARCHAR(40)              NOT NULL PRIMARY KEY,
    employee_id VARCHAR(40)              NOT NULL,
    sequence    BIGINT                   NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX audit_check_in_employee ON audit_check_in (employee_id, sequence);

-- Each storage's employee and check-in, learnt the first time an entry names the storage, so
-- that locker events (which name a locker and a storage only) are found by employee and visit.
CREATE TABLE audit_storage_visit (
    storage_id  VARCHAR(40)  NOT NULL PRIMARY KEY,
    employee_id VARCHAR(40),
    check_in_id VARCHAR(40)
);

-- Entries written before this migration are indexed at start-up, in batches, oldest first;
-- indexed_to is how far that went (its own transaction each batch), up to backfill_to.
CREATE TABLE audit_reference_backfill (
    id           SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    backfill_to  BIGINT   NOT NULL,
    indexed_to   BIGINT   NOT NULL
);

INSERT INTO audit_reference_backfill (id, backfill_to, indexed_to)
SELECT 1, last_sequence, 0 FROM audit_chain_head WHERE id = 1;

-- Search's other filters, each a seek newest first.
CREATE INDEX audit_event_type ON audit_event (type, sequence);
CREATE INDEX audit_event_alert ON audit_event (alert, sequence);
CREATE INDEX audit_event_recorded_at ON audit_event (recorded_at, sequence);
