-- Policy: catalogue administration. A retired entry stops matching but stays, with its sources
-- and identifiers, for the record and for the audit events that name it.
-- Portable SQL (H2 and PostgreSQL).

ALTER TABLE flagged_app ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE NULL;

-- retired_because: the admin's one-sentence reason, shown beside the retired entry.
ALTER TABLE flagged_app ADD COLUMN retired_because VARCHAR(500) NULL;
