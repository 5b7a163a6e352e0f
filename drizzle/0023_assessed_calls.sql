-- The vessel calls list and the band calibration read a bounded amount instead of the agency's
-- whole history of assessments. The call queue keeps each current assessment's band; each call
-- with assessed containers has one summary row (its containers as currently assessed: distinct
-- containers, high band, mandatory holds, latest assessment), recomputed for the calls a scoring
-- batch or a purge touches; the agency's most recent scores are read through an index, ties on
-- one assessment time broken by id. Existing queue rows and calls are filled in here (a queue
-- row whose assessment is gone, which the purge never leaves, is dropped).
ALTER TABLE "call_queue" ADD COLUMN "band" text;--> statement-breakpoint
UPDATE "call_queue" q SET "band" = a."band" FROM "assessments" a WHERE a."id" = q."assessment_id";--> statement-breakpoint
DELETE FROM "call_queue" WHERE "band" IS NULL;--> statement-breakpoint
ALTER TABLE "call_queue" ALTER COLUMN "band" SET NOT NULL;--> statement-breakpoint
CREATE TABLE "assessed_calls" (
	"agency_id" text NOT NULL,
	"vessel_imo" text NOT NULL,
	"voyage_number" text NOT NULL,
	"port" text NOT NULL,
	"containers" integer NOT NULL,
	"high" integer NOT NULL,
	"holds" integer NOT NULL,
	"last_assessed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "assessed_calls_pk" PRIMARY KEY("agency_id","vessel_imo","voyage_number","port")
);
--> statement-breakpoint
INSERT INTO "assessed_calls" ("agency_id", "vessel_imo", "voyage_number", "port", "containers",
  "high", "holds", "last_assessed_at")
SELECT "agency_id", "vessel_imo", "voyage_number", "port", count(*)::int,
  count(*) FILTER (WHERE "high")::int, count(*) FILTER (WHERE "hold")::int, max("last")
FROM (
  SELECT "agency_id", "vessel_imo", "voyage_number", "port", "container_number",
    bool_or("band" = 'high') AS "high", bool_or("mandatory_hold") AS "hold",
    max("assessed_at") AS "last"
  FROM "call_queue"
  GROUP BY "agency_id", "vessel_imo", "voyage_number", "port", "container_number"
) c
GROUP BY "agency_id", "vessel_imo", "voyage_number", "port";--> statement-breakpoint
CREATE INDEX "assessed_calls_recent_idx" ON "assessed_calls" USING btree ("agency_id","last_assessed_at","vessel_imo","voyage_number","port");--> statement-breakpoint
CREATE INDEX "assessments_recent_idx" ON "assessments" USING btree ("agency_id","assessed_at","id");
