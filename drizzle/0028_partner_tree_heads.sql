-- Partner nodes' audit tree heads: the audit key a partner signs its heads with, and every head
-- this node accepted from it or refused (an alarm) at sync.
CREATE TABLE "exchange_partner_tree_heads" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"outcome" text NOT NULL,
	"message" text,
	"log_id" text,
	"tree_size" bigint,
	"root_hash" text,
	"timestamp" text,
	"key_id" text,
	"signature" text,
	"checked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchange_partners" ADD COLUMN "audit_public_key" text;--> statement-breakpoint
CREATE INDEX "exchange_partner_tree_heads_partner_idx" ON "exchange_partner_tree_heads" USING btree ("partner_id","outcome","id");--> statement-breakpoint
-- Partners' heads as checked at sync, and the alarms: append-only, so an alarm cannot be cleared
-- by overwriting it.
CREATE TRIGGER exchange_partner_tree_heads_append_only
  BEFORE UPDATE OR DELETE ON exchange_partner_tree_heads
  FOR EACH ROW EXECUTE FUNCTION portcullis_reject_change();
