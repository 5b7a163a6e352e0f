CREATE TABLE "watchlists" (
	"agency_id" text NOT NULL,
	"list_id" text NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"entries" jsonb NOT NULL,
	"entry_count" double precision NOT NULL,
	"threshold" double precision,
	"loaded_by" text NOT NULL,
	"loaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "watchlists_agency_id_list_id_pk" PRIMARY KEY("agency_id","list_id")
);
--> statement-breakpoint
CREATE TABLE "screening_hits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"consignment_id" uuid NOT NULL,
	"bill_number" text NOT NULL,
	"party_role" text NOT NULL,
	"party_name" text NOT NULL,
	"list_id" text NOT NULL,
	"entry_id" text NOT NULL,
	"matched_name" text NOT NULL,
	"score" double precision NOT NULL,
	"narcotics" boolean NOT NULL,
	"programmes" jsonb NOT NULL,
	"reasons" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"kind" text NOT NULL,
	"record_a" text NOT NULL,
	"record_b" text NOT NULL,
	"note" text,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "screening_hits_agency_bill_idx" ON "screening_hits" USING btree ("agency_id","bill_number");--> statement-breakpoint
CREATE INDEX "screening_hits_agency_status_idx" ON "screening_hits" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "entity_decisions_agency_idx" ON "entity_decisions" USING btree ("agency_id");
