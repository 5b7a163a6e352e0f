CREATE TABLE "filing_equipment" (
	"filing_id" uuid NOT NULL,
	"container_number" text NOT NULL,
	"stowage_position" text,
	"document" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"sender_id" uuid NOT NULL,
	"idempotency_key" text,
	"raw_message_id" uuid NOT NULL,
	"status" text NOT NULL,
	"acknowledgement" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sender_api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sender_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"scope" text NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "senders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"policy" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sender_api_keys" ADD CONSTRAINT "sender_api_keys_sender_id_senders_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."senders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "filing_equipment_filing_idx" ON "filing_equipment" USING btree ("filing_id");--> statement-breakpoint
CREATE INDEX "filing_equipment_number_idx" ON "filing_equipment" USING btree ("container_number");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_submissions_idempotency_uq" ON "intake_submissions" USING btree ("sender_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "intake_submissions_raw_idx" ON "intake_submissions" USING btree ("raw_message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sender_api_keys_prefix_uq" ON "sender_api_keys" USING btree ("prefix");--> statement-breakpoint
CREATE UNIQUE INDEX "senders_agency_name_uq" ON "senders" USING btree ("agency_id","name");