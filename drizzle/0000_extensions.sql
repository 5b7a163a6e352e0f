-- Trigram matching for party names (PGlite loads the pg_trgm contrib module at open).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
