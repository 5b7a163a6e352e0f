-- The purge removes a consignment's assessments and screening hits in the statement that deletes
-- the consignment: these indexes let it find them without reading the whole tables.
CREATE INDEX IF NOT EXISTS "assessments_consignment_idx" ON "assessments" USING btree ("consignment_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "screening_hits_consignment_idx" ON "screening_hits" USING btree ("consignment_id");
