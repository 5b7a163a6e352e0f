/**
 * Intelligence versions a page at a time (what sync and a partner's push apply): the versions
 * already stored for a page's object ids in one query, the page's new versions in one multi-row
 * insert (one jsonb parameter), and the page's visible versions given their dates added and
 * sequence numbers in one update, under the same lock and rule as `publishIntelVersion`.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import { textArray } from './bulk.ts';
import {
  ADDED_LOCK,
  lastAddedPosition,
  type IntelVersionInput,
} from './intel-objects.repository.ts';

/** What deciding on an incoming version needs of the versions already stored. */
export interface StoredVersionKey {
  readonly objectId: string;
  readonly modified: string;
  readonly owner: string;
}

/** Every stored version (visible or not) of the objects named, in one query. */
export async function storedVersionsOf(
  db: Db,
  objectIds: readonly string[],
): Promise<StoredVersionKey[]> {
  if (objectIds.length === 0) return [];
  const rows = rowsOf<{ object_id: string; modified: string; owner: string }>(
    await db.execute(sql`
      SELECT object_id, modified, owner FROM intel_objects
      WHERE object_id = ANY(${textArray([...new Set(objectIds)])}::text[])`),
  );
  return rows.map((r) => ({ objectId: r.object_id, modified: r.modified, owner: r.owner }));
}

/**
 * Inserts versions in one statement; a version already stored is left as it is. Returns how many
 * rows were inserted.
 */
export async function insertIntelVersions(
  db: Db,
  inputs: readonly IntelVersionInput[],
): Promise<number> {
  if (inputs.length === 0) return 0;
  const rows = JSON.stringify(
    inputs.map((v) => ({
      i: v.objectId,
      m: v.modified,
      k: v.kind,
      o: v.owner,
      s: v.state,
      r: v.revoked,
      d: v.document,
      f: v.receivedFrom ?? null,
      b: v.createdBy,
      t: v.recordedAt.toISOString(),
    })),
  );
  const [result] = rowsOf<{ n: string }>(
    await db.execute(sql`
      WITH inserted AS (
        INSERT INTO intel_objects (object_id, modified, kind, owner, state, revoked, document,
          received_from, created_by, recorded_at)
        SELECT t.i, t.m, t.k, t.o, t.s, t.r, t.d, t.f, t.b, t.t
        FROM jsonb_to_recordset(${rows}::jsonb) AS t(i text, m text, k text, o text, s text,
          r boolean, d jsonb, f text, b text, t timestamptz)
        ON CONFLICT DO NOTHING
        RETURNING 1)
      SELECT count(*)::text AS n FROM inserted`),
  );
  return Number(result?.n ?? 0);
}

/**
 * Makes versions visible in the order given: one date added (≥ every earlier one) for all of
 * them, and the next sequence numbers in turn.
 */
export async function publishIntelVersions(
  db: Db,
  keys: readonly { objectId: string; modified: string }[],
  nowUs: number,
): Promise<void> {
  if (keys.length === 0) return;
  await db.execute(sql`SELECT pg_advisory_xact_lock(${ADDED_LOCK})`);
  const top = await lastAddedPosition(db);
  const dateAddedUs = Math.max(nowUs, top.dateAddedUs);
  const rows = JSON.stringify(keys.map((k, n) => ({ i: k.objectId, m: k.modified, n: n + 1 })));
  await db.execute(sql`
    UPDATE intel_objects o SET date_added_us = ${dateAddedUs}, seq = ${top.seq} + t.n
    FROM jsonb_to_recordset(${rows}::jsonb) AS t(i text, m text, n bigint)
    WHERE o.object_id = t.i AND o.modified = t.m`);
}
