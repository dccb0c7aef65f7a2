-- The central consoles (issue 17): the officer's search over every kiosk's entries, and alerts
-- that name their kiosk. Portable SQL (H2 and PostgreSQL); on PostgreSQL fleet_event is
-- partitioned by month (V25) and an index created here is created on every partition.
--
-- The search reads newest first in the order (recorded_at, kiosk_id, sequence), keyset-paged on
-- that triple, so each filter has an index whose leading columns it fixes, followed by that
-- order: a page is one ordered index range, read from the cursor and stopped at the page's
-- end, however many entries match (never a sort of every match).
CREATE INDEX fleet_event_by_time ON fleet_event (recorded_at, kiosk_id, sequence);
CREATE INDEX fleet_event_by_kiosk ON fleet_event (kiosk_id, recorded_at, sequence);
CREATE INDEX fleet_event_by_type ON fleet_event (type, recorded_at, kiosk_id, sequence);
CREATE INDEX fleet_event_by_subject ON fleet_event (subject, recorded_at, kiosk_id, sequence);
CREATE INDEX fleet_event_by_alert ON fleet_event (alert, recorded_at, kiosk_id, sequence);

-- The site filter resolves a site to its kiosks first.
CREATE INDEX fleet_kiosk_by_site ON fleet_kiosk (site, id);

-- An alert opened by a kiosk's forwarded entry names the kiosk (its registered name); null for
-- an alert of this instance's own log. raised_by_sequence is then the kiosk's sequence, so an
-- alert is raised once per (kiosk, sequence); NULLS NOT DISTINCT keeps this instance's own
-- alerts unique by sequence as before.
ALTER TABLE alert ADD COLUMN kiosk VARCHAR(40);
ALTER TABLE alert DROP CONSTRAINT alert_raised_once;
ALTER TABLE alert ADD CONSTRAINT alert_raised_once UNIQUE NULLS NOT DISTINCT (kiosk, raised_by_sequence);
CREATE INDEX alert_by_kiosk ON alert (kiosk, id);
