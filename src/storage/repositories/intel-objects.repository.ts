/**
 * Intelligence objects, one row per STIX version (id + modified). A version becomes visible to
 * partners when it is given its TAXII date added (epoch microseconds) and a sequence number, both
 * assigned under one transaction-scoped lock so that they only ever grow in commit order: a reader
 * paging by (date added, sequence) can never miss a version committed behind its position.
 */
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import { intelObjects } from '../schema/exchange.ts';

export const INTEL_STATES = ['draft', 'pending', 'released', 'received'] as const;
export type IntelState = (typeof INTEL_STATES)[number];

export interface IntelVersionInput {
  readonly objectId: string;
  readonly modified: string;
  readonly kind: string;
  readonly owner: string;
  readonly state: IntelState;
  readonly revoked: boolean;
  readonly document: unknown;
  readonly receivedFrom?: string;
  readonly createdBy: string;
  readonly recordedAt: Date;
}

export interface IntelVersion extends Omit<IntelVersionInput, 'recordedAt'> {
  readonly recordedAt: string;
  readonly approvedBy?: string;
  readonly dateAddedUs?: number;
  readonly seq?: number;
}

/** Lock key serialising the assignment of date added and sequence. */
export const ADDED_LOCK = 709_001;

type Row = typeof intelObjects.$inferSelect;
function toVersion(r: Row): IntelVersion {
  return {
    objectId: r.objectId,
    modified: r.modified,
    kind: r.kind,
    owner: r.owner,
    state: r.state as IntelState,
    revoked: r.revoked,
    document: r.document,
    createdBy: r.createdBy,
    recordedAt: r.recordedAt.toISOString(),
    ...(r.receivedFrom === null ? {} : { receivedFrom: r.receivedFrom }),
    ...(r.approvedBy === null ? {} : { approvedBy: r.approvedBy }),
    ...(r.dateAddedUs === null ? {} : { dateAddedUs: r.dateAddedUs }),
    ...(r.seq === null ? {} : { seq: r.seq }),
  };
}

/** Inserts a version; false when that id + modified is already stored (idempotent apply). */
export async function insertIntelVersion(db: Db, input: IntelVersionInput): Promise<boolean> {
  const rows = await db
    .insert(intelObjects)
    .values({ ...input, receivedFrom: input.receivedFrom ?? null })
    .onConflictDoNothing()
    .returning({ id: intelObjects.objectId });
  return rows.length > 0;
}

/**
 * The last (date added, sequence) given, read from the keyset index: both only ever grow together,
 * so the last row in that order holds the highest sequence number too. Call under the lock.
 */
export async function lastAddedPosition(db: Db): Promise<{ dateAddedUs: number; seq: number }> {
  // The aliases differ from the column names: `ORDER BY seq` would otherwise sort the text alias
  // ('9' after '10'), and every version published at one instant after the tenth got the same
  // sequence number — which let an older version of an object pass for its newest over TAXII.
  const [top] = rowsOf<{ added: string; last_seq: string }>(
    await db.execute(sql`
      SELECT date_added_us::text AS added, seq::text AS last_seq FROM intel_objects
      WHERE date_added_us IS NOT NULL ORDER BY date_added_us DESC, seq DESC LIMIT 1`),
  );
  return { dateAddedUs: Number(top?.added ?? 0), seq: Number(top?.last_seq ?? 0) };
}

/** Makes a version visible to partners: date added ≥ every earlier one, next sequence number. */
export async function publishIntelVersion(
  db: Db,
  key: { objectId: string; modified: string },
  nowUs: number,
  change: { state?: IntelState; approvedBy?: string } = {},
): Promise<{ dateAddedUs: number; seq: number }> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(${ADDED_LOCK})`);
  const top = await lastAddedPosition(db);
  const dateAddedUs = Math.max(nowUs, top.dateAddedUs);
  const seq = top.seq + 1;
  await db
    .update(intelObjects)
    .set({ dateAddedUs, seq, ...change })
    .where(and(eq(intelObjects.objectId, key.objectId), eq(intelObjects.modified, key.modified)));
  return { dateAddedUs, seq };
}

export async function setIntelState(
  db: Db,
  key: { objectId: string; modified: string },
  state: IntelState,
): Promise<void> {
  await db
    .update(intelObjects)
    .set({ state })
    .where(and(eq(intelObjects.objectId, key.objectId), eq(intelObjects.modified, key.modified)));
}

/** The newest version of an object (by modified), visible or not. */
export async function latestIntelVersion(
  db: Db,
  objectId: string,
): Promise<IntelVersion | undefined> {
  const [row] = await db
    .select()
    .from(intelObjects)
    .where(eq(intelObjects.objectId, objectId))
    .orderBy(desc(intelObjects.modified))
    .limit(1);
  return row ? toVersion(row) : undefined;
}

/** Every version of an object, oldest first; only visible ones when `visibleOnly`. */
export async function intelVersions(
  db: Db,
  objectId: string,
  visibleOnly: boolean,
): Promise<IntelVersion[]> {
  const rows = await db
    .select()
    .from(intelObjects)
    .where(
      and(
        eq(intelObjects.objectId, objectId),
        visibleOnly ? isNotNull(intelObjects.dateAddedUs) : undefined,
      ),
    )
    .orderBy(asc(intelObjects.modified));
  return rows.map(toVersion);
}

/** The newest version (the newest visible one when `visibleOnly`) of each object of the kinds given, newest first. */
export async function listLatestIntel(
  db: Db,
  filter: { kinds: readonly string[]; limit: number; received?: boolean; visibleOnly?: boolean },
): Promise<IntelVersion[]> {
  const visible = filter.visibleOnly === true ? sql` AND date_added_us IS NOT NULL` : sql``;
  const received =
    filter.received === undefined
      ? sql``
      : filter.received
        ? sql` AND received_from IS NOT NULL`
        : sql` AND received_from IS NULL`;
  const ids = rowsOf<{ object_id: string; modified: string }>(
    await db.execute(sql`
      SELECT DISTINCT ON (object_id) object_id, modified FROM intel_objects
      WHERE kind IN (${sql.join(
        filter.kinds.map((k) => sql`${k}`),
        sql`, `,
      )})${received}${visible}
      ORDER BY object_id, modified DESC`),
  );
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(intelObjects)
    .where(
      inArray(
        sql`(${intelObjects.objectId} || '|' || ${intelObjects.modified})`,
        ids.map((r) => `${r.object_id}|${r.modified}`),
      ),
    )
    .orderBy(desc(intelObjects.recordedAt), asc(intelObjects.objectId))
    .limit(filter.limit);
  return rows.map(toVersion);
}

/**
 * Visible versions that are the newest visible version of their object, strictly after a page
 * position and an `added_after` instant, in (date added, sequence) order.
 */
export async function visibleIntelAfter(
  db: Db,
  after: { addedAt: number; seq: number } | undefined,
  addedAfterUs: number | undefined,
  limit: number,
): Promise<IntelVersion[]> {
  const position =
    after === undefined
      ? sql``
      : sql` AND (${intelObjects.dateAddedUs}, ${intelObjects.seq}) > (${after.addedAt}, ${after.seq})`;
  const since =
    addedAfterUs === undefined ? sql`` : sql` AND ${intelObjects.dateAddedUs} > ${addedAfterUs}`;
  const rows = await db
    .select()
    .from(intelObjects)
    .where(
      sql`${intelObjects.dateAddedUs} IS NOT NULL${position}${since}
        AND NOT EXISTS (SELECT 1 FROM intel_objects o WHERE o.object_id = ${intelObjects.objectId}
                        AND o.date_added_us IS NOT NULL AND o.seq > ${intelObjects.seq})`,
    )
    .orderBy(asc(intelObjects.dateAddedUs), asc(intelObjects.seq))
    .limit(limit);
  return rows.map(toVersion);
}

/** Visible versions with a sequence number above `seq`, in order (the push stream). */
export async function visibleIntelAfterSeq(
  db: Db,
  seq: number,
  limit: number,
): Promise<IntelVersion[]> {
  const rows = await db
    .select()
    .from(intelObjects)
    .where(and(isNotNull(intelObjects.seq), sql`${intelObjects.seq} > ${seq}`))
    .orderBy(asc(intelObjects.seq))
    .limit(limit);
  return rows.map(toVersion);
}
