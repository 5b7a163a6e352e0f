-- Which commodities each party has shipped: shipments per HS chapter, per agency, role and party
-- key, for the "party not known for this commodity" features. Counting starts with the next
-- scoring (no backfill): party_history.commodity_shipments counts the shipments counted here, so
-- a party's older shipments never make a commodity look new.
CREATE TABLE "party_commodities" (
	"agency_id" text NOT NULL,
	"role" text NOT NULL,
	"party_key" text NOT NULL,
	"hs_chapter" text NOT NULL,
	"shipments" integer NOT NULL,
	CONSTRAINT "party_commodities_agency_id_role_party_key_hs_chapter_pk" PRIMARY KEY("agency_id","role","party_key","hs_chapter")
);
--> statement-breakpoint
ALTER TABLE "party_history" ADD COLUMN "commodity_shipments" integer DEFAULT 0 NOT NULL;
