-- PostgreSQL twin of db/vendor/h2/V11: the same change; only the column rename is spelled differently.
-- A storage keeps only its own facts. Which locker holds it, and so its stage (storing,
-- stored, collecting), is the locker's: the locker's session_id is the one link. A storage
-- keeps how it ended (COLLECTED or ABANDONED; NULL while active).
ALTER TABLE storage_session RENAME TO storage;
ALTER TABLE session_phone RENAME TO storage_phone;
ALTER TABLE storage_phone RENAME COLUMN storage_session TO storage_id;
ALTER TABLE storage ADD COLUMN ending VARCHAR(16);
UPDATE storage SET ending = CASE state WHEN 'ENDED' THEN 'COLLECTED' WHEN 'ABANDONED' THEN 'ABANDONED' END;
DROP INDEX storage_session_employee;
DROP INDEX storage_session_locker;
ALTER TABLE storage DROP COLUMN locker_id;
ALTER TABLE storage DROP COLUMN state;
CREATE INDEX storage_employee ON storage (employee_id, ending);

-- Answers at check-in were written here and never read; each is also a PhoneDeclared entry
-- in the audit log (same transaction), which stays the record.
DROP TABLE phone_declaration;
