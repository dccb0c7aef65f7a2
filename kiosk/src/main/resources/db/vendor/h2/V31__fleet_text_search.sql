-- The central officer's free-text filter is served on PostgreSQL by a trigram index (pg_trgm; its
-- twin in db/vendor/postgresql), beside which the search asks fleet_details_contain, the same test
-- as its LIKE, for PostgreSQL's planner. H2 has no such index: the function only has to exist
-- and answer as the LIKE does (audit.DetailsText).
CREATE ALIAS fleet_details_contain FOR 'org.cloakroom.kiosk.audit.DetailsText.contain';
