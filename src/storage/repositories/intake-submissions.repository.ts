/**
 * Intake submissions: each accepted upload with the acknowledgement it received, found again by
 * the sender's idempotency key or by the raw message, so a resubmission gets the same answer.
 */
import { and, asc, eq } from 'drizzle-orm';
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

export async function getSubmission(db: Db, id: string): Promise<StoredSubmission | undefined> {
  const rows = await db.select().from(intakeSubmissions).where(eq(intakeSubmissions.id, id));
  return rows[0] && toSubmission(rows[0]);
}

export async function findSubmissionByKey(
  db: Db,
  senderId: string,
  idempotencyKey: string,
): Promise<StoredSubmission | undefined> {
  const rows = await db
    .select()
    .from(intakeSubmissions)
    .where(
      and(
        eq(intakeSubmissions.senderId, senderId),
        eq(intakeSubmissions.idempotencyKey, idempotencyKey),
      ),
    );
  return rows[0] && toSubmission(rows[0]);
}

export async function findSubmissionByRawMessage(
  db: Db,
  rawMessageId: string,
): Promise<StoredSubmission | undefined> {
  const rows = await db
    .select()
    .from(intakeSubmissions)
    .where(eq(intakeSubmissions.rawMessageId, rawMessageId))
    .limit(1);
  return rows[0] && toSubmission(rows[0]);
}

/** The earliest submission of the sender with this UNB control reference. */
export async function findSubmissionByInterchange(
  db: Db,
  senderId: string,
  interchangeRef: string,
): Promise<StoredSubmission | undefined> {
  const rows = await db
    .select()
    .from(intakeSubmissions)
    .where(
      and(
        eq(intakeSubmissions.senderId, senderId),
        eq(intakeSubmissions.interchangeRef, interchangeRef),
      ),
    )
    .orderBy(asc(intakeSubmissions.receivedAt))
    .limit(1);
  return rows[0] && toSubmission(rows[0]);
}
