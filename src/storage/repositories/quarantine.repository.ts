/** Quarantined records: kept with reason, diagnostics and position until reprocessed or discarded. */
import { and, asc, eq } from 'drizzle-orm';
import type { Diagnostic, Position } from '../../core/diagnostic.ts';
import type { Db } from '../db.ts';
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
): Promise<QuarantinedRecord[]> {
  const rows = await db
    .select()
    .from(quarantine)
    .where(and(eq(quarantine.agencyId, agencyId), eq(quarantine.status, status)))
    .orderBy(asc(quarantine.createdAt));
  return rows.map(toRecord);
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
