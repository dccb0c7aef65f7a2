-- Forwarding to central (issue 17): the audit log is the outbox, and this one row is how far
-- central has acknowledged it. kiosk is the id central gave at the join the cursor belongs to
-- (null until the first start after a join; a new join starts it again); acknowledged the last
-- sequence central holds; checkpoint_sequence the newest checkpoint sent. Portable SQL (H2 and
-- PostgreSQL); central never writes it.
CREATE TABLE fleet_forwarding_cursor (
    id                  INT PRIMARY KEY CHECK (id = 1),
    kiosk               BIGINT,
    acknowledged        BIGINT NOT NULL CHECK (acknowledged >= 0),
    checkpoint_sequence BIGINT NOT NULL CHECK (checkpoint_sequence >= 0),
    updated_at          TIMESTAMP WITH TIME ZONE
);

INSERT INTO fleet_forwarding_cursor (id, kiosk, acknowledged, checkpoint_sequence, updated_at)
VALUES (1, NULL, 0, 0, NULL);
