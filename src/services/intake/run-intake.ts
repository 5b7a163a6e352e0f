/**
 * The body of the intake transaction: idempotency first (the sender's Idempotency-Key or UNB
 * control reference, then the raw bytes' hash), the raw message byte for byte, every unit (an
 * EDIFACT message is mapped and written before the next is read), the retractions of events the
 * sender reported, the vessel calls' times from the arrival and departure events never stored
 * before and from the retractions, the EDIFACT
 * acknowledgements, and the submission with its acknowledgement. Everything the
 * acknowledgement says is written in this one transaction.
 */
import { sql } from 'drizzle-orm';
import type { Diagnostic } from '../../core/diagnostic.ts';
import type { TransportEvent } from '../../core/cargo/events.ts';
import {
  applyPortCallReports,
  recordRetractions,
  settleActualTimes,
  settleEstimatedTimes,
  findSubmissionByInterchange,
  findSubmissionByKey,
  findSubmissionByRawMessage,
  insertSubmission,
  storeRawBytes,
  type Db,
} from '../../storage/index.ts';
import { overallStatus, type Acknowledgement, type UnitAck } from './acknowledgement.ts';
import { edifactAcknowledgements } from './edifact-acknowledgements.ts';
import type { ParsedSubmission } from './parsed-submission.ts';
import type { SenderPolicy } from './sender-policy.ts';
import { storeUnit } from './store-unit.ts';

export interface IntakeRun {
  readonly ackId: string;
  readonly agencyId: string;
  readonly senderId: string;
  readonly policy: SenderPolicy;
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly filename?: string;
  readonly idempotencyKey?: string;
  readonly parsed: ParsedSubmission;
  readonly receivedAt: Date;
  readonly source: string;
}

export interface IntakeOutcome {
  readonly acknowledgement: Acknowledgement;
  /** True when this is an earlier submission's acknowledgement, returned again. */
  readonly replayed: boolean;
}

const replay = (ack: unknown): IntakeOutcome => ({
  acknowledgement: ack as Acknowledgement,
  replayed: true,
});

/** A submission this one repeats: same Idempotency-Key, or same UNB control reference. */
async function earlierSubmission(tx: Db, run: IntakeRun) {
  const key = run.idempotencyKey;
  const ref = run.parsed.interchangeRef;
  for (const lock of [key && `key|${key}`, ref && `unb|${ref}`]) {
    if (lock)
      await tx.execute(
        sql`SELECT pg_advisory_xact_lock(hashtext(${`intake|${run.senderId}|${lock}`}))`,
      );
  }
  const byKey = key === undefined ? undefined : await findSubmissionByKey(tx, run.senderId, key);
  if (byKey || ref === undefined) return byKey;
  return findSubmissionByInterchange(tx, run.senderId, ref);
}

export async function runIntake(tx: Db, run: IntakeRun): Promise<IntakeOutcome> {
  const earlier = await earlierSubmission(tx, run);
  if (earlier) return replay(earlier.acknowledgement);
  const raw = await storeRawBytes(tx, {
    agencyId: run.agencyId,
    sender: run.senderId,
    receivedAt: run.receivedAt,
    contentType: run.contentType,
    bytes: run.bytes,
    ...(run.filename === undefined ? {} : { filename: run.filename }),
  });
  if (raw.duplicate) {
    const earlier = await findSubmissionByRawMessage(tx, raw.message.id);
    if (earlier) return replay(earlier.acknowledgement);
  }
  const units = await storeUnits(tx, run, raw.message.id);
  const acknowledgement = acknowledgementOf(run, units, raw.message);
  await insertSubmission(tx, run.ackId, {
    agencyId: run.agencyId,
    senderId: run.senderId,
    rawMessageId: raw.message.id,
    status: acknowledgement.status,
    acknowledgement,
    receivedAt: run.receivedAt,
    ...(run.idempotencyKey === undefined ? {} : { idempotencyKey: run.idempotencyKey }),
    ...(run.parsed.interchangeRef === undefined
      ? {}
      : { interchangeRef: run.parsed.interchangeRef }),
  });
  return { acknowledgement, replayed: false };
}

async function storeUnits(tx: Db, run: IntakeRun, rawMessageId: string): Promise<UnitAck[]> {
  const format = run.parsed.format;
  if (format === undefined) return [];
  const reported: TransportEvent[] = [];
  const ctx = { ...run, tx, rawMessageId, format, written: new Map<string, string>(), reported };
  const units: UnitAck[] = [];
  const retracted: string[] = [];
  // Each unit is stored before the next is parsed: its records are not kept once written.
  for await (const unit of run.parsed.units) {
    const ack = await storeUnit(ctx, unit);
    const eventIds = ack.filing ? retractedIds(unit.records.eventRetractions) : [];
    units.push({ ...ack, retracted: eventIds.length });
    if (ack.filing && eventIds.length > 0) {
      const at = run.receivedAt;
      const filingId = ack.filing.id;
      retracted.push(
        ...(await recordRetractions(tx, { sender: run.senderId, eventIds, filingId, at })),
      );
    }
  }
  // One statement for the submission's arrivals and departures, after every unit's port calls
  // and retractions (an event retracted in the same submission counts for nothing).
  const { agencyId, senderId: sender, receivedAt: at } = run;
  await applyPortCallReports(tx, { agencyId, sender, events: reported, at });
  // The calls whose time a retracted event may have set fall back to their other reports.
  await settleEstimatedTimes(tx, [...new Set(retracted)], at);
  await settleActualTimes(tx, [...new Set(retracted)], at);
  return units;
}

/** The distinct event ids a message retracts (an empty id names no event). */
const retractedIds = (ids: readonly string[]) => [...new Set(ids.filter((id) => id !== ''))];

function acknowledgementOf(
  run: IntakeRun,
  units: readonly UnitAck[],
  raw: { id: string; sha256: string; size: number },
): Acknowledgement {
  const { parsed } = run;
  const all: Diagnostic[] = [...parsed.diagnostics, ...units.flatMap((u) => u.diagnostics)];
  const issuedAt = run.receivedAt.toISOString();
  const edifact = parsed.edifact
    ? edifactAcknowledgements(parsed.edifact, all, run.ackId, issuedAt)
    : undefined;
  return {
    id: run.ackId,
    status: overallStatus(units, parsed.diagnostics),
    senderId: run.senderId,
    receivedAt: issuedAt,
    rawMessage: { id: raw.id, sha256: raw.sha256, size: raw.size },
    units,
    diagnostics: parsed.diagnostics,
    ...(parsed.format === undefined ? {} : { format: parsed.format }),
    ...(parsed.interchangeRef === undefined ? {} : { interchangeRef: parsed.interchangeRef }),
    ...(edifact === undefined ? {} : { edifact }),
  };
}
