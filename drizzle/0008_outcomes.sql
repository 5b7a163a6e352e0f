CREATE TABLE "outcome_selections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"container_number" text NOT NULL,
	"bill_number" text NOT NULL,
	"vessel_imo" text NOT NULL,
	"voyage_number" text NOT NULL,
	"port" text NOT NULL,
	"assessment_id" uuid,
	"score" double precision NOT NULL,
	"reason" text NOT NULL,
	"propensity" double precision NOT NULL,
	"mandatory_hold" boolean NOT NULL,
	"hold_waived" boolean DEFAULT false NOT NULL,
	"state" text NOT NULL,
	"version" integer NOT NULL,
	"verdict" text,
	"found" boolean,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"selection_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"version" integer NOT NULL,
	"actor_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"details" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_scans" (
	"selection_id" uuid PRIMARY KEY NOT NULL,
	"scanner_id" text NOT NULL,
	"image_ref" text NOT NULL,
	"image_sha256" text NOT NULL,
	"verdict" text NOT NULL,
	"anomaly_zones" jsonb NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_inspections" (
	"selection_id" uuid PRIMARY KEY NOT NULL,
	"team" text NOT NULL,
	"findings" text NOT NULL,
	"found" boolean NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_seizures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"selection_id" uuid NOT NULL,
	"agency_id" text NOT NULL,
	"port" text NOT NULL,
	"substance" text NOT NULL,
	"gross_kg" double precision NOT NULL,
	"net_kg" double precision NOT NULL,
	"packages" integer NOT NULL,
	"concealment" text NOT NULL,
	"location" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_custody" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"selection_id" uuid NOT NULL,
	"seizure_id" uuid NOT NULL,
	"holder" text NOT NULL,
	"location" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"note" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customs_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"selection_id" uuid NOT NULL,
	"container_number" text NOT NULL,
	"bill_number" text NOT NULL,
	"code" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"port" text NOT NULL,
	"vessel_imo" text NOT NULL,
	"voyage_number" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "outcome_selections_plan_container_uq" ON "outcome_selections" USING btree ("plan_id","container_number");--> statement-breakpoint
CREATE INDEX "outcome_selections_state_idx" ON "outcome_selections" USING btree ("agency_id","state","updated_at");--> statement-breakpoint
CREATE INDEX "outcome_selections_call_idx" ON "outcome_selections" USING btree ("agency_id","vessel_imo","voyage_number","port");--> statement-breakpoint
CREATE INDEX "outcome_transitions_selection_idx" ON "outcome_transitions" USING btree ("selection_id","version");--> statement-breakpoint
CREATE INDEX "outcome_seizures_selection_idx" ON "outcome_seizures" USING btree ("selection_id");--> statement-breakpoint
CREATE INDEX "outcome_seizures_agency_idx" ON "outcome_seizures" USING btree ("agency_id","recorded_at");--> statement-breakpoint
CREATE INDEX "outcome_custody_selection_idx" ON "outcome_custody" USING btree ("selection_id","at");--> statement-breakpoint
CREATE INDEX "customs_status_events_at_idx" ON "customs_status_events" USING btree ("agency_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "customs_status_events_code_uq" ON "customs_status_events" USING btree ("selection_id","code");
