-- A consignment's document is kept as the JSON text it was accepted as (json, not jsonb): stored
-- and read back without conversion. Queries that look inside it cast it to jsonb.
ALTER TABLE "consignments" ALTER COLUMN "document" SET DATA TYPE json USING "document"::json;
