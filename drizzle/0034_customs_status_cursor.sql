-- Carriers page through their customs statuses by time, then id (a scan plan tells all its events
-- at one instant): the index on the agency and time also holds the id, so it serves that order.
DROP INDEX "customs_status_events_at_idx";--> statement-breakpoint
CREATE INDEX "customs_status_events_at_id_idx" ON "customs_status_events" USING btree ("agency_id","at","id");
