/**
 * Partner nodes' audit tree heads as this node checked them at sync: each accepted head and each
 * refusal (an alarm) is a row of its own, never changed. The head held for a partner is its newest
 * accepted one of the partner's current log; the newest accepted head of a log is also what other
 * partners are told this node holds of it.
 */
import { and, count, desc, eq, ne } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { exchangePartnerTreeHeads as heads } from '../schema/exchange.ts';

/** A head as signed by the partner (the fields of its signed tree head). */
export interface PartnerHeadFields {
  readonly logId: string;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly timestamp: string;
  readonly keyId: string;
  readonly signature: string;
}

export interface PartnerHeadCheckInput {
  readonly partnerId: string;
  /** `accepted`, or the failure that made it an alarm. */
  readonly outcome: string;
  readonly message?: string;
  /** The head as received, when there was one (for `split-view`, the head the witness holds). */
  readonly head?: PartnerHeadFields;
  /** The other partner whose head showed a split view. */
  readonly witness?: string;
  readonly checkedAt: Date;
}

export interface PartnerHeadCheckRecord {
  readonly id: number;
  readonly partnerId: string;
  readonly outcome: string;
  readonly message?: string;
  readonly head?: PartnerHeadFields;
  readonly witness?: string;
  readonly checkedAt: string;
}

export async function insertPartnerHeadCheck(db: Db, input: PartnerHeadCheckInput): Promise<void> {
  const h = input.head;
  await db.insert(heads).values({
    partnerId: input.partnerId,
    outcome: input.outcome,
    message: input.message ?? null,
    logId: h?.logId ?? null,
    treeSize: h?.treeSize ?? null,
    rootHash: h?.rootHash ?? null,
    timestamp: h?.timestamp ?? null,
    keyId: h?.keyId ?? null,
    signature: h?.signature ?? null,
    witnessId: input.witness ?? null,
    checkedAt: input.checkedAt,
  });
}

/** The newest head accepted from the partner for this log, the one every new head must extend. */
export async function heldPartnerHead(
  db: Db,
  partnerId: string,
  logId: string,
): Promise<PartnerHeadFields | undefined> {
  const [row] = await db
    .select()
    .from(heads)
    .where(
      and(eq(heads.partnerId, partnerId), eq(heads.outcome, 'accepted'), eq(heads.logId, logId)),
    )
    .orderBy(desc(heads.id))
    .limit(1);
  return row ? toRecord(row).head : undefined;
}

/** The newest head accepted of the log from any partner: what this node holds of that log. */
export async function newestHeldHeadOfLog(
  db: Db,
  logId: string,
): Promise<PartnerHeadFields | undefined> {
  const [row] = await db
    .select()
    .from(heads)
    .where(and(eq(heads.logId, logId), eq(heads.outcome, 'accepted')))
    .orderBy(desc(heads.id))
    .limit(1);
  return row ? toRecord(row).head : undefined;
}

/** The newest accepted head and the newest alarm of one partner, with how many alarms there are. */
export async function partnerHeadSummary(
  db: Db,
  partnerId: string,
): Promise<{
  readonly held?: PartnerHeadCheckRecord;
  readonly lastAlarm?: PartnerHeadCheckRecord;
  readonly alarms: number;
}> {
  const newest = (accepted: boolean) =>
    db
      .select()
      .from(heads)
      .where(
        and(
          eq(heads.partnerId, partnerId),
          accepted ? eq(heads.outcome, 'accepted') : ne(heads.outcome, 'accepted'),
        ),
      )
      .orderBy(desc(heads.id))
      .limit(1);
  const [held] = await newest(true);
  const [alarm] = await newest(false);
  const [n] = await db
    .select({ n: count() })
    .from(heads)
    .where(and(eq(heads.partnerId, partnerId), ne(heads.outcome, 'accepted')));
  return {
    ...(held ? { held: toRecord(held) } : {}),
    ...(alarm ? { lastAlarm: toRecord(alarm) } : {}),
    alarms: n?.n ?? 0,
  };
}

function toRecord(r: typeof heads.$inferSelect): PartnerHeadCheckRecord {
  const { logId, treeSize, rootHash, timestamp, keyId, signature } = r;
  const head =
    logId !== null &&
    treeSize !== null &&
    rootHash !== null &&
    timestamp !== null &&
    keyId !== null &&
    signature !== null
      ? { logId, treeSize, rootHash, timestamp, keyId, signature }
      : undefined;
  return {
    id: r.id,
    partnerId: r.partnerId,
    outcome: r.outcome,
    ...(r.message === null ? {} : { message: r.message }),
    ...(head ? { head } : {}),
    ...(r.witnessId === null ? {} : { witness: r.witnessId }),
    checkedAt: r.checkedAt.toISOString(),
  };
}
