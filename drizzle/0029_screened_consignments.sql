-- Which state of its watchlists (the lists in force, each list's load and entry count, the
-- thresholds, as one digest) each consignment version an agency screened was screened against:
-- screening skips a version screened under the current state and reads its stored hits instead.
CREATE TABLE "screened_consignments" (
	"consignment_id" uuid NOT NULL,
	"agency_id" text NOT NULL,
	"watchlist_state" text NOT NULL,
	"screened_at" timestamp with time zone NOT NULL,
	CONSTRAINT "screened_consignments_consignment_id_agency_id_pk" PRIMARY KEY("consignment_id","agency_id")
);
