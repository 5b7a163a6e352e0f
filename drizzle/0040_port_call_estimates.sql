-- A vessel call's ETA and ETD are settled from every estimated or planned time reported for it
-- (`port_call_estimates`, in the order received), so that a sender's retraction of the estimate
-- that set one (`event_retractions`) falls back to the latest remaining estimate, the filing's
-- time, or none. The times on file are kept as reports that replace, with no known sender.
CREATE TABLE "port_call_estimates" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"sender" text,
	"replaces" boolean NOT NULL,
	"source_event_id" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "port_call_estimates" ADD CONSTRAINT "port_call_estimates_call_id_port_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."port_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "port_call_estimates_call_idx" ON "port_call_estimates" USING btree ("call_id","event_type","seq");--> statement-breakpoint
CREATE INDEX "port_call_estimates_event_idx" ON "port_call_estimates" USING btree ("sender","source_event_id") WHERE "port_call_estimates"."source_event_id" <> '';--> statement-breakpoint
INSERT INTO "port_call_estimates" ("call_id", "event_type", "at", "sender", "replaces")
SELECT "id", 'ARRI', "eta", NULL, true FROM "port_calls" WHERE "eta" IS NOT NULL
UNION ALL
SELECT "id", 'DEPA', "etd", NULL, true FROM "port_calls" WHERE "etd" IS NOT NULL;
