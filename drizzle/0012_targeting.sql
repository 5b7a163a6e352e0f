CREATE TABLE "call_queue" (
	"agency_id" text NOT NULL,
	"vessel_imo" text NOT NULL,
	"voyage_number" text NOT NULL,
	"port" text NOT NULL,
	"container_number" text NOT NULL,
	"bill_number" text NOT NULL,
	"assessment_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"mandatory_hold" boolean NOT NULL,
	"assessed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "call_queue_pk" PRIMARY KEY("agency_id","vessel_imo","voyage_number","port","container_number","bill_number")
);
--> statement-breakpoint
INSERT INTO "call_queue" ("agency_id", "vessel_imo", "voyage_number", "port", "container_number", "bill_number", "assessment_id", "score", "mandatory_hold", "assessed_at")
SELECT DISTINCT ON ("agency_id", "vessel_imo", "voyage_number", "port", "container_number", "bill_number")
	"agency_id", "vessel_imo", "voyage_number", "port", "container_number", "bill_number", "id", "score", "mandatory_hold", "assessed_at"
FROM "assessments"
WHERE "vessel_imo" IS NOT NULL AND "voyage_number" IS NOT NULL
ORDER BY "agency_id", "vessel_imo", "voyage_number", "port", "container_number", "bill_number", "assessed_at" DESC, "id" DESC;
