-- The central officer's free-text filter is served on PostgreSQL by a trigram index (pg_trgm; its
-- twin in db/vendor/postgresql). H2 has no such index and no central home runs on it: on H2 the
-- text filter reads the entries in time order as before. Nothing to do here; the version keeps
-- both databases' histories the same.
SELECT 1;
