-- Assessments store their explanation and feature snapshot as compact text (scoring writes
-- `e2|…` and `f2|…`, read back in the application): nothing queries inside them, and converting
-- 20,000 documents a call to jsonb was most of the cost of storing a scored call. Rows stored
-- before keep their JSON as text, which readers still understand.
ALTER TABLE "assessments" ALTER COLUMN "explanation" TYPE text USING "explanation"::text;--> statement-breakpoint
ALTER TABLE "assessments" ALTER COLUMN "features" TYPE text USING "features"::text;
