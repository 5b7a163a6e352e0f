-- Signed partner requests already served, until their signature expires: the replay guard moves
-- from each serving process's memory into the database, so a captured request cannot be replayed
-- after a restart or against another process of the same node.
CREATE TABLE "exchange_seen_requests" (
	"key" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "exchange_seen_requests_expiry_idx" ON "exchange_seen_requests" USING btree ("expires_at");
