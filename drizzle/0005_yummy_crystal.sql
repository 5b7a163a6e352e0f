CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"consignment_id" uuid NOT NULL,
	"bill_number" text NOT NULL,
	"container_number" text NOT NULL,
	"vessel_imo" text,
	"voyage_number" text,
	"port" text NOT NULL,
	"score" double precision NOT NULL,
	"band" text NOT NULL,
	"mandatory_hold" boolean NOT NULL,
	"explanation" jsonb NOT NULL,
	"rule_set_version" text NOT NULL,
	"model_version" text,
	"model_hash" text,
	"features" jsonb NOT NULL,
	"assessed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "history_bills" (
	"agency_id" text NOT NULL,
	"bill_number" text NOT NULL,
	CONSTRAINT "history_bills_agency_id_bill_number_pk" PRIMARY KEY("agency_id","bill_number")
);
--> statement-breakpoint
CREATE TABLE "party_history" (
	"agency_id" text NOT NULL,
	"role" text NOT NULL,
	"party_key" text NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"shipments" integer NOT NULL,
	"seizures" integer NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "party_history_agency_id_role_party_key_pk" PRIMARY KEY("agency_id","role","party_key")
);
--> statement-breakpoint
CREATE TABLE "risk_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"version" text NOT NULL,
	"status" text NOT NULL,
	"model_hash" text NOT NULL,
	"training_data_sha256" text NOT NULL,
	"document" jsonb NOT NULL,
	"metadata" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"activated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "route_stats" (
	"agency_id" text NOT NULL,
	"route" text NOT NULL,
	"shipments" integer NOT NULL,
	"seizures" integer NOT NULL,
	CONSTRAINT "route_stats_agency_id_route_pk" PRIMARY KEY("agency_id","route")
);
--> statement-breakpoint
CREATE TABLE "rule_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"set_id" text NOT NULL,
	"version" text NOT NULL,
	"status" text NOT NULL,
	"document" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"activated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "scan_plan_selections" (
	"plan_id" uuid NOT NULL,
	"container_number" text NOT NULL,
	"bill_number" text NOT NULL,
	"assessment_id" uuid,
	"score" double precision NOT NULL,
	"reason" text NOT NULL,
	"propensity" double precision NOT NULL,
	"selected" boolean NOT NULL,
	"note" text,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "scan_plan_selections_plan_id_container_number_pk" PRIMARY KEY("plan_id","container_number")
);
--> statement-breakpoint
CREATE TABLE "scan_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"vessel_imo" text NOT NULL,
	"voyage_number" text NOT NULL,
	"port" text NOT NULL,
	"terminal" text NOT NULL,
	"shift" text NOT NULL,
	"capacity" integer NOT NULL,
	"control_share" double precision NOT NULL,
	"control_pool" integer NOT NULL,
	"control_propensity" double precision NOT NULL,
	"seed" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scanners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"port" text NOT NULL,
	"terminal" text DEFAULT '' NOT NULL,
	"name" text NOT NULL,
	"containers_per_hour" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targeting_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"container_number" text NOT NULL,
	"assessment_id" uuid,
	"plan_id" uuid,
	"reason" text,
	"propensity" double precision,
	"found" boolean NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "assessments_container_idx" ON "assessments" USING btree ("agency_id","container_number","assessed_at");--> statement-breakpoint
CREATE INDEX "assessments_call_idx" ON "assessments" USING btree ("agency_id","vessel_imo","voyage_number","port");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_models_version_uq" ON "risk_models" USING btree ("agency_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "rule_sets_version_uq" ON "rule_sets" USING btree ("agency_id","set_id","version");--> statement-breakpoint
CREATE INDEX "scan_plans_call_idx" ON "scan_plans" USING btree ("agency_id","vessel_imo","voyage_number","port");--> statement-breakpoint
CREATE UNIQUE INDEX "scanners_name_uq" ON "scanners" USING btree ("agency_id","port","terminal","name");--> statement-breakpoint
CREATE INDEX "targeting_outcomes_container_idx" ON "targeting_outcomes" USING btree ("agency_id","container_number");