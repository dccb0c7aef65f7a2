-- Forwarding to the SIEM: the audit log is the queue, and this one row is how far the
-- SIEM has been sent it (the last sequence written and flushed to it). Entries after it are
-- (re-)sent; a new kiosk, or one that turns forwarding on later, starts at 0: the whole log.
CREATE TABLE siem_cursor (
    id            INT PRIMARY KEY CHECK (id = 1),
    last_sequence BIGINT NOT NULL CHECK (last_sequence >= 0),
    updated_at    TIMESTAMP WITH TIME ZONE
);

INSERT INTO siem_cursor (id, last_sequence, updated_at) VALUES (1, 0, NULL);
