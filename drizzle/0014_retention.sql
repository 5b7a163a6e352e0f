ALTER TABLE "audit_events" ADD COLUMN "leaf_hash" "bytea";--> statement-breakpoint
-- The audit log stays append-only; the one change allowed is filling the leaf hash of a row
-- written before the column existed, with every other column unchanged.
CREATE OR REPLACE FUNCTION portcullis_audit_events_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.leaf_hash IS NULL AND NEW.leaf_hash IS NOT NULL
     AND (OLD.id, OLD.at, OLD.actor_kind, OLD.actor_id, OLD.actor_agency_id, OLD.action,
          OLD.resource_type, OLD.resource_id, OLD.agency_id, OLD.outcome, OLD.details,
          OLD.request_id)
     IS NOT DISTINCT FROM
         (NEW.id, NEW.at, NEW.actor_kind, NEW.actor_id, NEW.actor_agency_id, NEW.action,
          NEW.resource_type, NEW.resource_id, NEW.agency_id, NEW.outcome, NEW.details,
          NEW.request_id) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
DROP TRIGGER audit_events_append_only ON audit_events;--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION portcullis_audit_events_guard();--> statement-breakpoint
CREATE TABLE "legal_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" text NOT NULL,
	"case_ref" text,
	"reason" text NOT NULL,
	"placed_by" text NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"released_by" text,
	"released_at" timestamp with time zone,
	"release_reason" text
);
--> statement-breakpoint
CREATE TABLE "retention_rules" (
	"data_class" text PRIMARY KEY NOT NULL,
	"retain_days" integer NOT NULL,
	"action" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_tombstones" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"data_class" text NOT NULL,
	"rule" text NOT NULL,
	"record_kind" text NOT NULL,
	"record_id" text NOT NULL,
	"agency_id" text,
	"record_time" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"reason" text NOT NULL,
	"purged_at" timestamp with time zone NOT NULL,
	"purged_by" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "legal_holds_active_idx" ON "legal_holds" USING btree ("target_kind","target_id") WHERE "legal_holds"."released_at" IS NULL;--> statement-breakpoint
CREATE INDEX "legal_holds_case_idx" ON "legal_holds" USING btree ("case_ref");--> statement-breakpoint
CREATE INDEX "retention_tombstones_record_idx" ON "retention_tombstones" USING btree ("record_kind","record_id");--> statement-breakpoint
CREATE INDEX "retention_tombstones_run_idx" ON "retention_tombstones" USING btree ("run_id");--> statement-breakpoint
-- Tombstones are the purge's own record: append-only like the audit log.
CREATE TRIGGER retention_tombstones_append_only
  BEFORE UPDATE OR DELETE ON retention_tombstones
  FOR EACH ROW EXECUTE FUNCTION portcullis_reject_change();
--> statement-breakpoint
-- Raw messages and filings are append-only too; the retention purge alone may delete them, in a
-- transaction that set portcullis.retention_purge (it writes the tombstones in that transaction).
-- A guard against mistakes, not against the database owner: the signed audit log is the proof.
CREATE OR REPLACE FUNCTION portcullis_reject_change_unless_purge() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('portcullis.retention_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER raw_messages_append_only
  BEFORE UPDATE OR DELETE ON raw_messages
  FOR EACH ROW EXECUTE FUNCTION portcullis_reject_change_unless_purge();--> statement-breakpoint
CREATE TRIGGER filings_append_only
  BEFORE UPDATE OR DELETE ON filings
  FOR EACH ROW EXECUTE FUNCTION portcullis_reject_change_unless_purge();
