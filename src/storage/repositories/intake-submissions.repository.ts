/**
 * Intake submissions: each accepted upload with the acknowledgement it received, found again by
 * the sender's idempotency key or by the raw message, so a resubmission gets the same answer.
 */
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { intakeSubmissions } from '../schema/intake.ts';

export interface SubmissionInput {
  readonly agencyId: string;
  readonly senderId: string;
  readonly idempotencyKey?: string;
  readonly interchangeRef?: string;
  readonly rawMessageId: string;
  readonly status: string;
  readonly acknowledgement: unknown;
  readonly receivedAt: Date;
}

export interface StoredSubmission extends Omit<SubmissionInput, 'receivedAt'> {
  readonly id: string;
  readonly receivedAt: string;
}

type Row = typeof intakeSubmissions.$inferSelect;

function toSubmission(r: Row): StoredSubmission {
  const { idempotencyKey, interchangeRef, receivedAt, ...rest } = r;
  return {
    ...rest,
    receivedAt: receivedAt.toISOString(),
    ...(idempotencyKey !== null ? { idempotencyKey } : {}),
    ...(interchangeRef !== null ? { interchangeRef } : {}),
  };
}

/** Inserts the submission under a given id (the acknowledgement names it before it is stored). */
export async function insertSubmission(db: Db, id: string, input: SubmissionInput): Promise<void> {
  await db.insert(intakeSubmissions).values({
    ...input,
    id,
    idempotencyKey: input.idempotencyKey ?? null,
    interchangeRef: input.interchangeRef ?? null,
  });
}

/** The earliest submission matching `where` (ids, keys and raw messages match at most one). */
async function firstSubmission(
  db: Db,
  where: SQL | undefined,
): Promise<StoredSubmission | undefined> {
  const rows = await db
    .select()
    .from(intakeSubmissions)
    .where(where)
    .orderBy(asc(intakeSubmissions.receivedAt))
    .limit(1);
  return rows[0] && toSubmission(rows[0]);
}

export function getSubmission(db: Db, id: string): Promise<StoredSubmission | undefined> {
  return firstSubmission(db, eq(intakeSubmissions.id, id));
}

export function findSubmissionByKey(
  db: Db,
  senderId: string,
  idempotencyKey: string,
): Promise<StoredSubmission | undefined> {
  const s = intakeSubmissions;
  return firstSubmission(db, and(eq(s.senderId, senderId), eq(s.idempotencyKey, idempotencyKey)));
}

export function findSubmissionByRawMessage(
  db: Db,
  rawMessageId: string,
): Promise<StoredSubmission | undefined> {
  return firstSubmission(db, eq(intakeSubmissions.rawMessageId, rawMessageId));
}

/** The earliest submission of the sender with this UNB control reference. */
export function findSubmissionByInterchange(
  db: Db,
  senderId: string,
  interchangeRef: string,
): Promise<StoredSubmission | undefined> {
  const s = intakeSubmissions;
  return firstSubmission(db, and(eq(s.senderId, senderId), eq(s.interchangeRef, interchangeRef)));
}
