-- The central officer's free-text filter (issue 17): the search asks LOWER(details) LIKE '%words%',
-- which no b-tree serves. A trigram GIN index on lower(details) (pg_trgm, shipped with Debian's
-- postgresql and trusted, so the database's owner may create it) finds the entries of a rare term
-- by the index, and only those are sorted; a common term walks V28's time-ordered index and stops
-- at the page's end. On a partitioned table the index is created on every partition. It costs
-- ingest: BENCHMARKS.md, "Central (issue 17)".
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX fleet_event_by_details_trgm ON fleet_event USING gin (lower(details) gin_trgm_ops);

-- The planner chooses between the two by the term's estimated matches, and prices testing an
-- entry's details as nearly free, when on 10,000,000 entries it is what the time-ordered walk
-- spends its time on: it walked the time index for terms with a few thousand matches (0.5 s).
-- The search adds this function beside the LIKE: the same test, which PostgreSQL runs only on
-- the entries the LIKE let through (the cheaper condition first), but whose declared cost it
-- charges to every entry a plan reads, so that a plan reading many entries to find a few is
-- priced as it runs. PL/pgSQL, so that it is not inlined and keeps its cost.
CREATE FUNCTION fleet_details_contain(details TEXT, pattern TEXT) RETURNS BOOLEAN
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000
AS $$
BEGIN
    RETURN lower(details) LIKE pattern;
END
$$;
