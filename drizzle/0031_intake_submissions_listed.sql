-- The Intake page lists an agency's submissions newest first, a page at a time
-- (GET /api/v1/intake): read from this index instead of sorting the agency's whole history.
CREATE INDEX "intake_submissions_agency_received_idx" ON "intake_submissions" USING btree ("agency_id","received_at","id");
