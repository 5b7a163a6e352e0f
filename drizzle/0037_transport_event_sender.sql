-- A transport event's natural key includes who reported it, as a container event's does (0032): a
-- terminal's and a carrier's report of one vessel arrival with the same time, port, type,
-- classifier and no event id of their own were one key, so the second sender's report was not
-- stored. Each row now names the filing version that reported it and that filing's sender ('' for
-- events stored without a filing); a resend by the same sender still matches its first report and
-- is skipped. The rows stored before this migration have no filing, so their sender is not known:
-- they keep '' and, as before, stand for any sender's identical report, which is not stored again.
DROP INDEX "transport_events_natural_uq";--> statement-breakpoint
ALTER TABLE "transport_events" ADD COLUMN "filing_id" uuid;--> statement-breakpoint
ALTER TABLE "transport_events" ADD COLUMN "sender" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "transport_events_natural_uq" ON "transport_events" USING btree ("event_at","vessel_imo","location","event_type","classifier","source_event_id","sender");
