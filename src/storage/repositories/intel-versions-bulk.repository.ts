/**
 * Intelligence versions a page at a time (what sync and a partner's push apply): the versions
 * already stored for a page's object ids in one query, and the page's new versions in one
 * multi-row insert (one jsonb parameter), the visible ones with their dates added and sequence
 * numbers under the same lock and rule as `publishIntelVersion`.
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

/** A version to insert; a visible one is given its date added and sequence number at once. */
export interface NewIntelVersion extends IntelVersionInput {
  readonly visible: boolean;
}

/**
 * Inserts versions in one statement; a version already stored is left as it is. The visible ones
 * share one date added (≥ every earlier one, taken under the same lock as `publishIntelVersion`)
 * and get the next sequence numbers in the order given, written with the row rather than by a
 * second update that would rewrite each document. Returns how many rows were inserted.
 */
export async function insertIntelVersions(
  db: Db,
  versions: readonly NewIntelVersion[],
  nowUs: number,
): Promise<number> {
  if (versions.length === 0) return 0;
  let position = { dateAddedUs: 0, seq: 0 };
  if (versions.some((v) => v.visible)) {
    await db.execute(sql`SELECT pg_advisory_xact_lock(${ADDED_LOCK})`);
    const top = await lastAddedPosition(db);
    position = { dateAddedUs: Math.max(nowUs, top.dateAddedUs), seq: top.seq };
  }
  const rows = JSON.stringify(
    versions.map((v) => ({
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
      a: v.visible ? position.dateAddedUs : null,
      q: v.visible ? ++position.seq : null,
    })),
  );
  const [result] = rowsOf<{ n: string }>(
    await db.execute(sql`
      WITH inserted AS (
        INSERT INTO intel_objects (object_id, modified, kind, owner, state, revoked, document,
          received_from, created_by, recorded_at, date_added_us, seq)
        SELECT t.i, t.m, t.k, t.o, t.s, t.r, t.d, t.f, t.b, t.t, t.a, t.q
        FROM jsonb_to_recordset(${rows}::jsonb) AS t(i text, m text, k text, o text, s text,
          r boolean, d jsonb, f text, b text, t timestamptz, a bigint, q bigint)
        ON CONFLICT DO NOTHING
        RETURNING 1)
      SELECT count(*)::text AS n FROM inserted`),
  );
  return Number(result?.n ?? 0);
}
