-- A vessel call known first from an actual arrival or departure event at a home port is made from
-- it (`filed` false until a message carrying the port call names it), and a call's ATA and ATD are
-- settled from every actual time reported for it (`port_call_actuals`, in the order received), so
-- that a sender's retraction of the event that set one (`event_retractions`) falls back to another
-- report. The times on file are kept as reports that replace, with the sender that set them.
CREATE TABLE "event_retractions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sender" text NOT NULL,
	"source_event_id" text NOT NULL,
	"filing_id" uuid,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "port_call_actuals" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"sender" text,
	"replaces" boolean NOT NULL,
	"source_event_id" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "port_calls" ADD COLUMN "filed" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "port_call_actuals" ADD CONSTRAINT "port_call_actuals_call_id_port_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."port_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_retractions_event_uq" ON "event_retractions" USING btree ("sender","source_event_id");--> statement-breakpoint
CREATE INDEX "port_call_actuals_call_idx" ON "port_call_actuals" USING btree ("call_id","event_type","seq");--> statement-breakpoint
CREATE INDEX "port_call_actuals_event_idx" ON "port_call_actuals" USING btree ("sender","source_event_id") WHERE "port_call_actuals"."source_event_id" <> '';--> statement-breakpoint
CREATE INDEX "port_calls_unfiled_idx" ON "port_calls" USING btree ("port") WHERE NOT "port_calls"."filed";--> statement-breakpoint
INSERT INTO "port_call_actuals" ("call_id", "event_type", "at", "sender", "replaces")
SELECT "id", 'ARRI', "ata", "ata_sender", true FROM "port_calls" WHERE "ata" IS NOT NULL
UNION ALL
SELECT "id", 'DEPA', "atd", "atd_sender", true FROM "port_calls" WHERE "atd" IS NOT NULL;
