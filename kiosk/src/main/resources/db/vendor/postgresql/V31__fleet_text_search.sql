-- The central officer's free-text filter (issue 17): the search asks LOWER(details) LIKE '%words%',
-- which no b-tree serves. A trigram GIN index on lower(details) (pg_trgm, shipped with Debian's
-- postgresql and trusted, so the database's owner may create it) lets PostgreSQL find the entries
-- of a rare term by the index and sort only those, where it would otherwise read the whole time
-- range; a common term still walks V28's time-ordered index and stops at the page's end (the
-- planner chooses by the term's estimated matches). On a partitioned table the index is created
-- on every partition. It costs ingest: BENCHMARKS.md, "Central (issue 17)".
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX fleet_event_by_details_trgm ON fleet_event USING gin (lower(details) gin_trgm_ops);
