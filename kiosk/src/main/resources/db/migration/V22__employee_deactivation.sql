-- Enrolment: a deactivated employee (issue 13) cannot check in at the kiosk but keeps their
-- history, phones and identities. Portable SQL: H2 and PostgreSQL.
-- deactivated_at: when an admin deactivated the employee; NULL while active.
ALTER TABLE employee ADD COLUMN deactivated_at TIMESTAMP WITH TIME ZONE NULL;
