-- A DCSA retraction's scoring job assesses again the containers whose events it retracted: it
-- reads the retractions its filing carried and finds the sender's events by their event id.
CREATE INDEX "container_events_event_idx" ON "container_events" USING btree ("sender","source_event_id") WHERE "container_events"."source_event_id" <> '';--> statement-breakpoint
CREATE INDEX "event_retractions_filing_idx" ON "event_retractions" USING btree ("filing_id");