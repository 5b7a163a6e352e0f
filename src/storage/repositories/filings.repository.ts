/**
 * Filings: append a version (never overwrite), the latest version of a key, its full history.
 * Versions of one key are numbered 1..n under a transaction-scoped advisory lock on the key.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Diagnostic } from '../../core/diagnostic.ts';
import type {
  FilingFormat,
  FilingFunction,
  FilingStatus,
  MessageType,
} from '../../core/cargo/filing.ts';
import type { Db } from '../db.ts';
import { filings } from '../schema/filings.ts';

export interface FilingInput {
  readonly agencyId: string;
  readonly sender: string;
  readonly messageType: MessageType;
  readonly documentNumber: string;
  readonly function: FilingFunction;
  readonly format: FilingFormat;
  readonly rawMessageId?: string;
  readonly status: FilingStatus;
  readonly diagnostics: readonly Diagnostic[];
  readonly receivedAt: Date;
}

export interface StoredFiling extends Omit<FilingInput, 'receivedAt'> {
  readonly id: string;
  readonly filingKey: string;
  readonly version: number;
  readonly receivedAt: string;
}

/** The key under which amendments of one document accumulate. */
export function filingKeyOf(sender: string, messageType: MessageType, documentNumber: string) {
  return `${sender}|${messageType}|${documentNumber}`;
}

const columns = {
  id: filings.id,
  agencyId: filings.agencyId,
  filingKey: filings.filingKey,
  version: filings.version,
  function: filings.function,
  messageType: filings.messageType,
  format: filings.format,
  sender: filings.sender,
  documentNumber: filings.documentNumber,
  rawMessageId: filings.rawMessageId,
  status: filings.status,
  diagnostics: filings.diagnostics,
  receivedAt: filings.receivedAt,
};

/** Appends the next version of the filing's key. Run it inside a transaction. */
export async function appendFilingVersion(db: Db, input: FilingInput): Promise<StoredFiling> {
  const filingKey = filingKeyOf(input.sender, input.messageType, input.documentNumber);
  const lockKey = `filing|${input.agencyId}|${filingKey}`;
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${lockKey}))`);
  const [last] = await db
    .select({ version: sql<number>`coalesce(max(${filings.version}), 0)::int` })
    .from(filings)
    .where(ofKey(input.agencyId, filingKey));
  const values = { ...input, rawMessageId: input.rawMessageId ?? null, filingKey };
  const [row] = await db
    .insert(filings)
    .values({ ...values, version: (last?.version ?? 0) + 1 })
    .returning(columns);
  if (!row) throw new Error('insert returned no filing');
  return toFiling(row);
}

export async function getFiling(db: Db, id: string): Promise<StoredFiling | undefined> {
  const rows = await db.select(columns).from(filings).where(eq(filings.id, id));
  return rows[0] && toFiling(rows[0]);
}

const ofKey = (agencyId: string, filingKey: string) =>
  and(eq(filings.agencyId, agencyId), eq(filings.filingKey, filingKey));

export async function latestFiling(
  db: Db,
  agencyId: string,
  filingKey: string,
): Promise<StoredFiling | undefined> {
  const rows = await db
    .select(columns)
    .from(filings)
    .where(ofKey(agencyId, filingKey))
    .orderBy(desc(filings.version))
    .limit(1);
  return rows[0] && toFiling(rows[0]);
}

/** Every version of the key, oldest first. */
export async function filingHistory(
  db: Db,
  agencyId: string,
  filingKey: string,
): Promise<StoredFiling[]> {
  const rows = await db
    .select(columns)
    .from(filings)
    .where(ofKey(agencyId, filingKey))
    .orderBy(asc(filings.version));
  return rows.map(toFiling);
}

/** The latest version of every key a sender filed with an agency. */
export async function latestFilingsOfSender(
  db: Db,
  agencyId: string,
  sender: string,
): Promise<StoredFiling[]> {
  const rows = await db
    .selectDistinctOn([filings.filingKey], columns)
    .from(filings)
    .where(and(eq(filings.agencyId, agencyId), eq(filings.sender, sender)))
    .orderBy(filings.filingKey, desc(filings.version));
  return rows.map(toFiling);
}

function toFiling(r: typeof filings.$inferSelect): StoredFiling {
  const { rawMessageId, receivedAt, ...rest } = r;
  return {
    ...rest,
    function: rest.function as FilingFunction,
    messageType: rest.messageType as MessageType,
    format: rest.format as FilingFormat,
    status: rest.status as FilingStatus,
    diagnostics: rest.diagnostics as Diagnostic[],
    receivedAt: receivedAt.toISOString(),
    ...(rawMessageId !== null ? { rawMessageId } : {}),
  };
}
