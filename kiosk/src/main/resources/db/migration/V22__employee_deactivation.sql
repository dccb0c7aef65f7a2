-- Enrolment: a deactivated employee (issue 13) cannot check in at the kiosk but keeps their
-- history, phones and identities. Portable SQL: H2 and PostgreSQL.
-- deactivated_at: when an admin deactivated the employee; NULL while active.
ALTER TABLE employee ADD COLUMN deactivated_at TIMESTAMP WITH TIME ZONE NULL;

-- An identity as the admin console shows it (issue 13): a short fingerprint, so that two
-- enrolled IRKs can be told apart without either being shown. For an IRK the first 4 bytes of
-- the SHA-256 of the key (which cannot give the key back); NULL for identities enrolled before.
ALTER TABLE ble_identity ADD COLUMN fingerprint VARCHAR(16) NULL;
