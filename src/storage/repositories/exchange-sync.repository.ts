/**
 * The bookkeeping of exchange: TAXII collections and status resources, sync cursors per partner,
 * the log of received bundles (a bundle id seen twice from a partner is a replay), and named state
 * values.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db.ts';
import {
  exchangeReceivedBundles,
  exchangeState,
  exchangeSyncCursors,
  taxiiCollections,
  taxiiStatuses,
} from '../schema/exchange.ts';

export interface CollectionRecord {
  readonly id: string;
  readonly communityId?: string;
  readonly title: string;
  readonly description?: string;
}

export interface StatusDetail {
  readonly id: string;
  readonly version: string;
  readonly message?: string;
}

export interface StatusRecord {
  readonly id: string;
  readonly partnerId: string;
  readonly requestedAt: string;
  readonly totalCount: number;
  readonly successes: readonly StatusDetail[];
  readonly failures: readonly StatusDetail[];
}

export interface ReceivedBundleInput {
  readonly partnerId: string;
  readonly bundleId: string;
  readonly kid: string;
  readonly objectCount: number;
  readonly applied: number;
  readonly rejected: readonly StatusDetail[];
  readonly receivedAt: Date;
}

/** Adds the collection unless one with that id exists. */
export async function ensureCollection(db: Db, c: CollectionRecord): Promise<void> {
  await db
    .insert(taxiiCollections)
    .values({
      id: c.id,
      communityId: c.communityId ?? null,
      title: c.title,
      description: c.description ?? null,
    })
    .onConflictDoNothing();
}

export async function listCollections(db: Db): Promise<CollectionRecord[]> {
  const rows = await db.select().from(taxiiCollections).orderBy(asc(taxiiCollections.title));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    ...(r.communityId === null ? {} : { communityId: r.communityId }),
    ...(r.description === null ? {} : { description: r.description }),
  }));
}

export async function insertStatus(
  db: Db,
  s: Omit<StatusRecord, 'requestedAt'> & { requestedAt: Date },
): Promise<void> {
  await db.insert(taxiiStatuses).values({
    ...s,
    successes: [...s.successes],
    failures: [...s.failures],
  });
}

export async function getStatus(db: Db, id: string): Promise<StatusRecord | undefined> {
  const [r] = await db.select().from(taxiiStatuses).where(eq(taxiiStatuses.id, id));
  return r
    ? {
        id: r.id,
        partnerId: r.partnerId,
        requestedAt: r.requestedAt.toISOString(),
        totalCount: r.totalCount,
        successes: r.successes as StatusDetail[],
        failures: r.failures as StatusDetail[],
      }
    : undefined;
}

export async function getSyncCursor(
  db: Db,
  partnerId: string,
  stream: string,
): Promise<number | undefined> {
  const [r] = await db
    .select({ position: exchangeSyncCursors.position })
    .from(exchangeSyncCursors)
    .where(
      and(eq(exchangeSyncCursors.partnerId, partnerId), eq(exchangeSyncCursors.stream, stream)),
    );
  return r?.position;
}

export async function setSyncCursor(
  db: Db,
  partnerId: string,
  stream: string,
  position: number,
  at: Date,
): Promise<void> {
  await db
    .insert(exchangeSyncCursors)
    .values({ partnerId, stream, position, updatedAt: at })
    .onConflictDoUpdate({
      target: [exchangeSyncCursors.partnerId, exchangeSyncCursors.stream],
      set: { position, updatedAt: at },
    });
}

/** Records a received bundle; false when the partner already sent this bundle id (a replay). */
export async function recordReceivedBundle(db: Db, b: ReceivedBundleInput): Promise<boolean> {
  const rows = await db
    .insert(exchangeReceivedBundles)
    .values({ ...b, rejected: [...b.rejected] })
    .onConflictDoNothing()
    .returning({ id: exchangeReceivedBundles.bundleId });
  return rows.length > 0;
}

export async function getState<T>(db: Db, name: string): Promise<T | undefined> {
  const [r] = await db
    .select({ value: exchangeState.value })
    .from(exchangeState)
    .where(eq(exchangeState.name, name));
  return r?.value as T | undefined;
}

export async function setState(db: Db, name: string, value: unknown): Promise<void> {
  await db
    .insert(exchangeState)
    .values({ name, value })
    .onConflictDoUpdate({ target: exchangeState.name, set: { value } });
}
