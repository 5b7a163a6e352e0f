/**
 * Quarantined records: kept with reason, diagnostics and position until reprocessed or discarded.
 * Listed with the sender that sent them and the filing their message was stored under.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Diagnostic, Position } from '../../core/diagnostic.ts';
import type { Db } from '../db.ts';
import { filings } from '../schema/filings.ts';
import { senders } from '../schema/intake.ts';
import { quarantine } from '../schema/quarantine.ts';

export const QUARANTINE_STATUSES = ['open', 'reprocessed', 'discarded'] as const;
export type QuarantineStatus = (typeof QUARANTINE_STATUSES)[number];

export interface QuarantineInput {
  readonly agencyId: string;
  readonly rawMessageId?: string;
  readonly filingId?: string;
  /** What the record was meant to be: "consignment", "container-event", … */
  readonly recordKind: string;
  readonly reason: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly position?: Position;
  readonly payload: unknown;
  readonly createdAt: Date;
}

export interface QuarantinedRecord extends Omit<QuarantineInput, 'createdAt'> {
  readonly id: string;
  readonly status: QuarantineStatus;
  readonly createdAt: string;
  readonly resolvedAt?: string;
  readonly resolvedBy?: string;
}

/** A listed record, with where it came from: its sender and the filing version of its message. */
export interface ListedQuarantinedRecord extends QuarantinedRecord {
  readonly sender?: { readonly id: string; readonly name: string; readonly kind: string };
  readonly filing?: { readonly filingKey: string; readonly version: number };
}

export async function quarantineRecord(db: Db, input: QuarantineInput): Promise<string> {
  const [row] = await db
    .insert(quarantine)
    .values({
      ...input,
      rawMessageId: input.rawMessageId ?? null,
      filingId: input.filingId ?? null,
      position: input.position ?? null,
    })
    .returning({ id: quarantine.id });
  if (!row) throw new Error('insert returned no quarantine row');
  return row.id;
}

export async function listQuarantine(
  db: Db,
  agencyId: string,
  status: QuarantineStatus = 'open',
): Promise<ListedQuarantinedRecord[]> {
  const rows = await db
    .select({
      record: quarantine,
      sender: { id: senders.id, name: senders.name, kind: senders.kind },
      filing: { filingKey: filings.filingKey, version: filings.version },
    })
    .from(quarantine)
    .leftJoin(senders, sql`${senders.id}::text = ${quarantine.payload} ->> 'senderId'`)
    .leftJoin(filings, eq(filings.id, quarantine.filingId))
    .where(and(eq(quarantine.agencyId, agencyId), eq(quarantine.status, status)))
    .orderBy(asc(quarantine.createdAt), asc(quarantine.id));
  return rows.map(({ record, sender, filing }) => ({
    ...toRecord(record),
    ...(sender ? { sender } : {}),
    ...(filing ? { filing } : {}),
  }));
}

export async function getQuarantined(db: Db, id: string): Promise<QuarantinedRecord | undefined> {
  const rows = await db.select().from(quarantine).where(eq(quarantine.id, id));
  return rows[0] && toRecord(rows[0]);
}

/** Closes an open record; returns false when it was not open (already resolved or unknown). */
export async function resolveQuarantined(
  db: Db,
  id: string,
  resolution: { status: Exclude<QuarantineStatus, 'open'>; by: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(quarantine)
    .set({ status: resolution.status, resolvedBy: resolution.by, resolvedAt: resolution.at })
    .where(and(eq(quarantine.id, id), eq(quarantine.status, 'open')))
    .returning({ id: quarantine.id });
  return rows.length === 1;
}

function toRecord(r: typeof quarantine.$inferSelect): QuarantinedRecord {
  const { rawMessageId, filingId, position, createdAt, resolvedAt, resolvedBy, ...rest } = r;
  return {
    ...rest,
    status: rest.status as QuarantineStatus,
    diagnostics: rest.diagnostics as Diagnostic[],
    createdAt: createdAt.toISOString(),
    ...(rawMessageId !== null ? { rawMessageId } : {}),
    ...(filingId !== null ? { filingId } : {}),
    ...(position !== null ? { position: position as Position } : {}),
    ...(resolvedAt !== null ? { resolvedAt: resolvedAt.toISOString() } : {}),
    ...(resolvedBy !== null ? { resolvedBy } : {}),
  };
}
