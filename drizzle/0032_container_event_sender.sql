-- A container event's natural key includes who reported it: a terminal's and a carrier's report
-- of one move with the same time, type, classifier and no event id of their own were one key, so
-- the second was not stored. Each row now carries its filing's sender ('' for events stored
-- without a filing); a resend by the same sender still matches its first report and is skipped.
-- The rows stored before this migration take the sender of the filing that reported them.
DROP INDEX "container_events_natural_uq";--> statement-breakpoint
ALTER TABLE "container_events" ADD COLUMN "sender" text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "container_events" AS e SET "sender" = f."sender" FROM "filings" AS f WHERE f."id" = e."filing_id";--> statement-breakpoint
CREATE UNIQUE INDEX "container_events_natural_uq" ON "container_events" USING btree ("event_at","container_number","event_type","classifier","source_event_id","sender");
