-- Each party's shipments per HS chapter move into its party_history row, as one JSON object
-- ({"03": 2, "16": 1}), so counting a call writes each party once instead of once per chapter.
-- The counts kept so far in party_commodities are carried over, then the table goes.
ALTER TABLE "party_history" ADD COLUMN "chapters" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
UPDATE "party_history" AS h SET "chapters" = c.chapters
FROM (
	SELECT "agency_id", "role", "party_key", jsonb_object_agg("hs_chapter", "shipments") AS chapters
	FROM "party_commodities" GROUP BY "agency_id", "role", "party_key"
) AS c
WHERE h."agency_id" = c."agency_id" AND h."role" = c."role" AND h."party_key" = c."party_key";--> statement-breakpoint
DROP TABLE "party_commodities" CASCADE;
