CREATE TABLE "audit_tree_heads" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"log_id" text NOT NULL,
	"tree_size" bigint NOT NULL,
	"root_hash" text NOT NULL,
	"timestamp" text NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_tree_heads_size_idx" ON "audit_tree_heads" USING btree ("log_id","tree_size");--> statement-breakpoint
-- Signed tree heads are append-only too (the signature, not this trigger, is what proves them).
CREATE TRIGGER audit_tree_heads_append_only
  BEFORE UPDATE OR DELETE ON audit_tree_heads
  FOR EACH ROW EXECUTE FUNCTION portcullis_reject_change();
