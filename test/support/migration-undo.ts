/**
 * Undoing migrations, for tests that put a database back to an earlier schema (the backup test's
 * node "behind" this build, a migration's own test of the rows stored before it). A new migration
 * needs its undo here: `undoMigrationsAfter` names one that has none.
 */
import { sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import type { Db } from '../../src/storage/db.ts';

/**
 * How to undo each migration after 0025, newest first. 0026 carried data (each party's chapters
 * from party_commodities into party_history.chapters), which a restore must carry again; the
 * others are undone so that migrating runs them again.
 */
export const UNDO: Readonly<Record<string, readonly string[]>> = {
  '0041_container_events_event_id': [
    'DROP INDEX container_events_event_idx',
    'DROP INDEX event_retractions_filing_idx',
  ],
  '0040_port_call_estimates': ['DROP TABLE port_call_estimates'],
  '0039_party_history_first_seen': ['DROP INDEX party_history_first_seen_idx'],
  '0038_port_call_actuals': [
    'DROP TABLE port_call_actuals',
    'DROP TABLE event_retractions',
    'ALTER TABLE port_calls DROP COLUMN filed',
  ],
  '0037_transport_event_sender': [
    'ALTER TABLE transport_events DROP COLUMN sender, DROP COLUMN filing_id',
    `CREATE UNIQUE INDEX transport_events_natural_uq ON transport_events
      (event_at, vessel_imo, location, event_type, classifier, source_event_id)`,
  ],
  '0036_container_events_filing': ['DROP INDEX container_events_filing_idx'],
  '0035_port_call_reporters': [
    'ALTER TABLE port_calls DROP COLUMN atd_sender',
    'ALTER TABLE port_calls DROP COLUMN ata_sender',
    'ALTER TABLE transport_events DROP COLUMN other_voyage_number',
  ],
  '0034_customs_status_cursor': [
    'DROP INDEX customs_status_events_at_id_idx',
    'CREATE INDEX customs_status_events_at_idx ON customs_status_events (agency_id, at)',
  ],
  '0033_partner_head_witness': [
    'DROP INDEX exchange_partner_tree_heads_log_idx',
    'ALTER TABLE exchange_partner_tree_heads DROP COLUMN witness_id',
  ],
  '0032_container_event_sender': [
    'ALTER TABLE container_events DROP COLUMN sender',
    `CREATE UNIQUE INDEX container_events_natural_uq ON container_events
      (event_at, container_number, event_type, classifier, source_event_id)`,
  ],
  '0031_intake_submissions_listed': ['DROP INDEX intake_submissions_agency_received_idx'],
  '0030_event_scoring_columns': [
    'ALTER TABLE container_events DROP COLUMN sent_at, DROP COLUMN seals',
  ],
  '0029_screened_consignments': ['DROP TABLE screened_consignments'],
  '0028_partner_tree_heads': [
    'DROP TABLE exchange_partner_tree_heads',
    'ALTER TABLE exchange_partners DROP COLUMN audit_public_key',
  ],
  '0027_container_event_filing': ['ALTER TABLE container_events DROP COLUMN filing_id'],
  '0026_party_chapters': [
    `CREATE TABLE party_commodities (agency_id text NOT NULL, role text NOT NULL,
      party_key text NOT NULL, hs_chapter text NOT NULL, shipments integer NOT NULL,
      PRIMARY KEY (agency_id, role, party_key, hs_chapter))`,
    `INSERT INTO party_commodities SELECT h.agency_id, h.role, h.party_key, c.key, c.value::int
      FROM party_history h, jsonb_each_text(h.chapters) AS c`,
    'ALTER TABLE party_history DROP COLUMN chapters',
  ],
};

/** Undoes every migration after `tag`, newest first, each with its record in the migrator's table. */
export async function undoMigrationsAfter(db: Db, tag: string): Promise<void> {
  const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as {
    entries: { tag: string }[];
  };
  const tags = journal.entries.map((e) => e.tag);
  const later = tags.slice(tags.indexOf(tag) + 1).reverse();
  const missing = later.filter((t) => UNDO[t] === undefined);
  if (missing.length > 0)
    throw new Error(`add the undo of ${missing.join(', ')} to migration-undo.ts`);
  for (const t of later) {
    for (const statement of UNDO[t]!) await db.execute(sql.raw(statement));
    await db.execute(
      sql`DELETE FROM drizzle.__drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM drizzle.__drizzle_migrations)`,
    );
  }
}
