-- A locker's sub-states as values (issue 10): why the lock is let go (unlock_purpose) instead
-- of admin_open beside the state, the held-open stage by name instead of a count, the
-- glossary's state names, and the storage the locker holds under its glossary name.

-- why the lock is let go (STORE, COLLECT, ADMIN); NULL while locked, and then so are the
-- unlock's deadline, door_opened and empty_closes
ALTER TABLE locker ADD COLUMN unlock_purpose VARCHAR(10);
UPDATE locker SET unlock_purpose = CASE
    WHEN admin_open THEN 'ADMIN'
    WHEN state = 'RESERVED' THEN 'STORE'
    WHEN state = 'RELEASING' THEN 'COLLECT'
END;
UPDATE locker SET deadline = NULL, door_opened = FALSE, empty_closes = 0 WHERE unlock_purpose IS NULL;
ALTER TABLE locker DROP COLUMN admin_open;

UPDATE locker SET state = CASE state
    WHEN 'RESERVED' THEN 'STORING'
    WHEN 'OCCUPIED' THEN 'STORED'
    WHEN 'RELEASING' THEN 'COLLECTING'
    ELSE state
END;

-- how far a door open since door_open_since has been reported (OPEN, ALERTED, ESCALATED);
-- NULL while the door reads shut
ALTER TABLE locker ADD COLUMN held_open VARCHAR(10);
UPDATE locker SET held_open = CASE
    WHEN held_open_alerts >= 2 THEN 'ESCALATED'
    WHEN held_open_alerts = 1 THEN 'ALERTED'
    ELSE 'OPEN'
END WHERE door_open_since IS NOT NULL;
ALTER TABLE locker DROP COLUMN held_open_alerts;

-- the storage the locker holds or is unlocked for; NULL when none
ALTER TABLE locker ALTER COLUMN session_id RENAME TO storage_id;

UPDATE locker SET fault = NULL WHERE state <> 'FAULT';
ALTER TABLE locker ADD CONSTRAINT locker_fault_only_in_fault CHECK ((state = 'FAULT') = (fault IS NOT NULL));
ALTER TABLE locker ADD CONSTRAINT locker_unlock_until_deadline
    CHECK ((unlock_purpose IS NULL) = (deadline IS NULL));
ALTER TABLE locker ADD CONSTRAINT locker_open_door_stage
    CHECK ((door_open_since IS NULL) = (held_open IS NULL));
