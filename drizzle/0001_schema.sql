CREATE TABLE "agencies" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roles" (
	"name" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "user_roles_user_id_role_pk" PRIMARY KEY("user_id","role")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text NOT NULL,
	"actor_agency_id" text,
	"action" text NOT NULL,
	"resource_type" text NOT NULL,
	"resource_id" text,
	"agency_id" text,
	"outcome" text NOT NULL,
	"details" jsonb NOT NULL,
	"request_id" text,
	CONSTRAINT "audit_events_at_id_pk" PRIMARY KEY("at","id")
);
--> statement-breakpoint
CREATE TABLE "consignment_containers" (
	"consignment_id" uuid NOT NULL,
	"container_number" text NOT NULL,
	"iso_size_type" text,
	"full_empty" text,
	"seals" jsonb NOT NULL,
	"reefer" jsonb,
	CONSTRAINT "consignment_containers_consignment_id_container_number_pk" PRIMARY KEY("consignment_id","container_number")
);
--> statement-breakpoint
CREATE TABLE "consignments" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"bill_number" text NOT NULL,
	"version" integer NOT NULL,
	"filing_id" uuid NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL,
	"bill_kind" text NOT NULL,
	"master_bill_number" text,
	"carrier" text,
	"vessel_imo" text,
	"voyage_number" text,
	"port_of_loading" text NOT NULL,
	"port_of_discharge" text NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"document" jsonb NOT NULL,
	CONSTRAINT "consignments_filed_at_id_pk" PRIMARY KEY("filed_at","id")
);
--> statement-breakpoint
CREATE TABLE "parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consignment_id" uuid NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"name_normalised" text NOT NULL,
	"country" text,
	"city" text,
	"eori" text,
	"document" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "container_events" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"event_at" timestamp with time zone NOT NULL,
	"container_number" text NOT NULL,
	"event_type" text NOT NULL,
	"classifier" text NOT NULL,
	"location" text,
	"facility" text,
	"vessel_imo" text,
	"voyage_number" text,
	"source_event_id" text DEFAULT '' NOT NULL,
	"document" jsonb NOT NULL,
	CONSTRAINT "container_events_event_at_id_pk" PRIMARY KEY("event_at","id")
);
--> statement-breakpoint
CREATE TABLE "transport_events" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"event_at" timestamp with time zone NOT NULL,
	"vessel_imo" text NOT NULL,
	"voyage_number" text,
	"event_type" text NOT NULL,
	"classifier" text NOT NULL,
	"location" text NOT NULL,
	"facility" text,
	"source_event_id" text DEFAULT '' NOT NULL,
	CONSTRAINT "transport_events_event_at_id_pk" PRIMARY KEY("event_at","id")
);
--> statement-breakpoint
CREATE TABLE "filings" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"filing_key" text NOT NULL,
	"version" integer NOT NULL,
	"function" text NOT NULL,
	"message_type" text NOT NULL,
	"format" text NOT NULL,
	"sender" text NOT NULL,
	"document_number" text NOT NULL,
	"raw_message_id" uuid,
	"status" text NOT NULL,
	"diagnostics" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "filings_received_at_id_pk" PRIMARY KEY("received_at","id")
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_by" text,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "quarantine" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"raw_message_id" uuid,
	"filing_id" uuid,
	"record_kind" text NOT NULL,
	"reason" text NOT NULL,
	"diagnostics" jsonb NOT NULL,
	"position" jsonb,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" text
);
--> statement-breakpoint
CREATE TABLE "raw_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"sender" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"content_type" text NOT NULL,
	"filename" text,
	"bytes" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "port_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vessel_imo" text NOT NULL,
	"voyage_number" text NOT NULL,
	"port" text NOT NULL,
	"terminal" text DEFAULT '' NOT NULL,
	"eta" timestamp with time zone,
	"etd" timestamp with time zone,
	"ata" timestamp with time zone,
	"atd" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vessels" (
	"imo" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"mmsi" text,
	"call_sign" text,
	"flag" text,
	"teu" integer,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_role_roles_name_fk" FOREIGN KEY ("role") REFERENCES "public"."roles"("name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_uq" ON "users" USING btree ("username");--> statement-breakpoint
CREATE INDEX "users_agency_idx" ON "users" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "audit_events_id_idx" ON "audit_events" USING btree ("id");--> statement-breakpoint
CREATE INDEX "audit_events_resource_idx" ON "audit_events" USING btree ("resource_type","resource_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "consignment_containers_number_idx" ON "consignment_containers" USING btree ("container_number");--> statement-breakpoint
CREATE UNIQUE INDEX "consignments_bill_version_uq" ON "consignments" USING btree ("agency_id","bill_number","version");--> statement-breakpoint
CREATE INDEX "consignments_id_idx" ON "consignments" USING btree ("id");--> statement-breakpoint
CREATE INDEX "consignments_call_idx" ON "consignments" USING btree ("agency_id","vessel_imo","voyage_number","port_of_discharge");--> statement-breakpoint
CREATE INDEX "consignments_filing_idx" ON "consignments" USING btree ("filing_id");--> statement-breakpoint
CREATE INDEX "parties_consignment_idx" ON "parties" USING btree ("consignment_id");--> statement-breakpoint
CREATE INDEX "parties_name_trgm_idx" ON "parties" USING gin ("name_normalised" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "container_events_natural_uq" ON "container_events" USING btree ("event_at","container_number","event_type","classifier","source_event_id");--> statement-breakpoint
CREATE INDEX "container_events_container_idx" ON "container_events" USING btree ("container_number","event_at");--> statement-breakpoint
CREATE UNIQUE INDEX "transport_events_natural_uq" ON "transport_events" USING btree ("event_at","vessel_imo","location","event_type","classifier","source_event_id");--> statement-breakpoint
CREATE INDEX "transport_events_vessel_idx" ON "transport_events" USING btree ("vessel_imo","event_at");--> statement-breakpoint
CREATE UNIQUE INDEX "filings_key_version_uq" ON "filings" USING btree ("agency_id","filing_key","version");--> statement-breakpoint
CREATE INDEX "filings_id_idx" ON "filings" USING btree ("id");--> statement-breakpoint
CREATE INDEX "filings_raw_message_idx" ON "filings" USING btree ("raw_message_id");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("status","run_at");--> statement-breakpoint
CREATE INDEX "quarantine_status_idx" ON "quarantine" USING btree ("agency_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "raw_messages_sender_sha256_uq" ON "raw_messages" USING btree ("agency_id","sender","sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "port_calls_natural_uq" ON "port_calls" USING btree ("vessel_imo","voyage_number","port","terminal");--> statement-breakpoint
CREATE INDEX "port_calls_port_eta_idx" ON "port_calls" USING btree ("port","eta");