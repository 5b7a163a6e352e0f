-- An event filing's scoring job re-scores the consignments carrying the containers the filing
-- reported: it reads them by the filing that stored the events.
CREATE INDEX "container_events_filing_idx" ON "container_events" USING btree ("filing_id");
