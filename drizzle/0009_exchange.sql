CREATE TABLE "exchange_node_keys" (
	"kid" text PRIMARY KEY NOT NULL,
	"agency_id" text NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"private_jwk" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "exchange_partners" (
	"id" text PRIMARY KEY NOT NULL,
	"agency_id" text NOT NULL,
	"name" text NOT NULL,
	"country" text,
	"endpoint" text,
	"communities" jsonb NOT NULL,
	"purposes" jsonb NOT NULL,
	"accepts_push" boolean DEFAULT false NOT NULL,
	"outbound_token" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_partner_keys" (
	"partner_id" text NOT NULL,
	"kid" text NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exchange_partner_keys_partner_id_kid_pk" PRIMARY KEY("partner_id","kid")
);
--> statement-breakpoint
CREATE TABLE "exchange_partner_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "intel_objects" (
	"object_id" text NOT NULL,
	"modified" text NOT NULL,
	"kind" text NOT NULL,
	"owner" text NOT NULL,
	"state" text NOT NULL,
	"revoked" boolean DEFAULT false NOT NULL,
	"document" jsonb NOT NULL,
	"received_from" text,
	"created_by" text NOT NULL,
	"approved_by" text,
	"recorded_at" timestamp with time zone NOT NULL,
	"date_added_us" bigint,
	"seq" bigint,
	CONSTRAINT "intel_objects_object_id_modified_pk" PRIMARY KEY("object_id","modified")
);
--> statement-breakpoint
CREATE TABLE "taxii_collections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" text,
	"title" text NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "taxii_statuses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"total_count" integer NOT NULL,
	"successes" jsonb NOT NULL,
	"failures" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_sync_cursors" (
	"partner_id" text NOT NULL,
	"stream" text NOT NULL,
	"position" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exchange_sync_cursors_partner_id_stream_pk" PRIMARY KEY("partner_id","stream")
);
--> statement-breakpoint
CREATE TABLE "exchange_received_bundles" (
	"partner_id" text NOT NULL,
	"bundle_id" text NOT NULL,
	"kid" text NOT NULL,
	"object_count" integer NOT NULL,
	"applied" integer NOT NULL,
	"rejected" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exchange_received_bundles_partner_id_bundle_id_pk" PRIMARY KEY("partner_id","bundle_id")
);
--> statement-breakpoint
CREATE TABLE "lookout_hits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lookout_id" text NOT NULL,
	"lookout_owner" text NOT NULL,
	"consignment_id" uuid NOT NULL,
	"bill_number" text NOT NULL,
	"container_numbers" jsonb NOT NULL,
	"matched_on" jsonb NOT NULL,
	"mandatory_hold" boolean NOT NULL,
	"sighting_id" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_state" (
	"name" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_partners_agency_uq" ON "exchange_partners" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_partner_tokens_hash_uq" ON "exchange_partner_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "intel_objects_added_idx" ON "intel_objects" USING btree ("date_added_us","seq");--> statement-breakpoint
CREATE INDEX "intel_objects_kind_idx" ON "intel_objects" USING btree ("kind","state");--> statement-breakpoint
CREATE UNIQUE INDEX "lookout_hits_lookout_bill_uq" ON "lookout_hits" USING btree ("lookout_id","bill_number");
