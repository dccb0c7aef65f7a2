-- Faults, admin opens and the sensors' timing on the locker row, so a restart resumes them.
-- why the locker is in FAULT (FORCED, FLAPPING, STARTUP_DISAGREEMENT); NULL in any other state
ALTER TABLE locker ADD COLUMN fault VARCHAR(30);
-- since when the door has read open; NULL while it reads closed
ALTER TABLE locker ADD COLUMN door_open_since TIMESTAMP WITH TIME ZONE;
-- how many held-open alerts the current opening raised (0, 1 = alert, 2 = escalated)
ALTER TABLE locker ADD COLUMN held_open_alerts INT DEFAULT 0 NOT NULL;
-- how many times the door of the current reservation closed on an empty tray
ALTER TABLE locker ADD COLUMN empty_closes INT DEFAULT 0 NOT NULL;
-- whether an admin unlocked the locker and its door has not yet closed again
ALTER TABLE locker ADD COLUMN admin_open BOOLEAN DEFAULT FALSE NOT NULL;
