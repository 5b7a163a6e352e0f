-- A reviewer says why a screening hit is, or is not, the listed party: kept with the verdict.
ALTER TABLE "screening_hits" ADD COLUMN IF NOT EXISTS "review_note" text;
