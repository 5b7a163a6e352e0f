-- Split views: a partner's head compared with the head another partner (the witness) holds of the
-- same log. A `split-view` alarm names that witness; partners ask, at each sync, for the newest
-- head held of one log, read from the new index.
ALTER TABLE "exchange_partner_tree_heads" ADD COLUMN "witness_id" text;--> statement-breakpoint
CREATE INDEX "exchange_partner_tree_heads_log_idx" ON "exchange_partner_tree_heads" USING btree ("log_id","outcome","id");
