-- The trigram index on party names served no query: entity search and resolution run in memory
-- over the agency's parties, and screening matches names against the lists in memory. It cost
-- about half of the engine's time for parties at intake. Name search in SQL, if it comes back,
-- should come with a query that uses its index (the % operator), not similarity() > x.
DROP INDEX IF EXISTS "parties_name_trgm_idx";
