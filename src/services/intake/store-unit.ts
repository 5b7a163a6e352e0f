/**
 * Writes one parsed unit inside the intake transaction: the filing version (by BGM function),
 * its records through the bulk paths, its rejected records into quarantine, and a `screen` and
 * a `score` job for an accepted filing; the transport events never stored before are kept in the
 * context for the submission's port-call times. The acknowledgement counts the records accepted
 * and, of the events, those the sender had already reported (not stored again). A cancellation
 * stores a cancelled version of every bill it names, or of every bill of the version it cancels
 * when it names none (read before planning: `whole-cancellation.ts` checks that version's call,
 * and the acknowledgement says which version, how many bills and which calls it cancelled).
 */
import type { TransportEvent } from '../../core/cargo/events.ts';
import type { CargoRecords, FilingFormat } from '../../core/cargo/filing.ts';
import {
  appendFilingVersion,
  enqueueJob,
  filingKeyOf,
  insertContainerEvents,
  insertFilingEquipment,
  insertTransportEvents,
  latestFiling,
  listConsignmentsOfFiling,
  quarantineRecord,
  upsertPortCall,
  upsertVessel,
  type Db,
  type StoredFiling,
} from '../../storage/index.ts';
import type {
  AcceptedCounts,
  AlreadyStoredCounts,
  QuarantinedRef,
  UnitAck,
} from './acknowledgement.ts';
import type { ParsedUnit, QuarantineCandidate } from './parsed-submission.ts';
import type { SenderPolicy } from './sender-policy.ts';
import { planUnit } from './unit-plan.ts';
import { saveFiledConsignments } from './filed-consignments.ts';
import { cancelledVersion, namesNoBill, type WholeVersion } from './whole-cancellation.ts';

export const SCORE_JOB_KIND = 'score';
/** Watchlist screening of the filing's parties, queued just before its scoring job. */
export const SCREEN_JOB_KIND = 'screen';

export interface UnitContext {
  readonly tx: Db;
  readonly agencyId: string;
  readonly senderId: string;
  readonly rawMessageId: string;
  readonly format: FilingFormat;
  readonly receivedAt: Date;
  readonly policy: SenderPolicy;
  readonly source: string;
  /**
   * The last values this submission wrote for each vessel and port call: each message of an
   * interchange repeats them, and writing the same values again at the same time right after
   * changes nothing.
   */
  readonly written: Map<string, string>;
  /** The transport events this submission stored that were never stored before, in order. */
  readonly reported: TransportEvent[];
}

export async function storeUnit(ctx: UnitContext, unit: ParsedUnit): Promise<UnitAck> {
  const key = filingKeyOf(ctx.senderId, unit.messageType, unit.documentNumber);
  const latest = await latestFiling(ctx.tx, ctx.agencyId, key);
  const whole = latest && namesNoBill(unit) ? await wholeVersion(ctx, latest) : undefined;
  const plan = planUnit(unit, latest, ctx.policy, ctx.source, whole);
  const base = {
    messageType: unit.messageType,
    documentNumber: unit.documentNumber,
    function: unit.function,
    status: plan.status,
    diagnostics: plan.diagnostics,
    ...(unit.reference === undefined ? {} : { reference: unit.reference }),
  };
  if (!plan.write) {
    const quarantined = await quarantineAll(ctx, unit.rejected, undefined);
    return { ...base, accepted: countsOf(undefined), alreadyStored: NONE_STORED, quarantined };
  }
  const filing = await appendFilingVersion(ctx.tx, {
    agencyId: ctx.agencyId,
    sender: ctx.senderId,
    messageType: unit.messageType,
    documentNumber: unit.documentNumber,
    function: unit.function,
    format: ctx.format,
    rawMessageId: ctx.rawMessageId,
    status: plan.status,
    diagnostics: plan.diagnostics,
    receivedAt: ctx.receivedAt,
  });
  const { records, alreadyStored } = await writeRecords(ctx, filing, plan.records, whole);
  const quarantined = await quarantineAll(ctx, unit.rejected, filing.id);
  const scoringJobId = unit.function === 'cancel' ? undefined : await enqueueScoring(ctx, filing);
  return {
    ...base,
    filing: {
      id: filing.id,
      filingKey: filing.filingKey,
      version: filing.version,
      function: filing.function,
    },
    accepted: countsOf(records),
    alreadyStored,
    ...(whole === undefined ? {} : { cancelled: cancelledVersion(whole) }),
    quarantined,
    ...(scoringJobId === undefined ? {} : { scoringJobId }),
  };
}

async function writeRecords(
  ctx: UnitContext,
  filing: StoredFiling,
  records: CargoRecords,
  whole: WholeVersion | undefined,
): Promise<{ records: CargoRecords; alreadyStored: AlreadyStoredCounts }> {
  const { tx, receivedAt: at } = ctx;
  for (const v of records.vessels)
    if (changes(ctx, `vessel|${v.imo}`, v)) await upsertVessel(tx, v, at);
  for (const c of records.portCalls)
    if (changes(ctx, `call|${c.vesselImo}|${c.voyageNumber}|${c.port}|${c.terminal ?? ''}`, c))
      await upsertPortCall(tx, c, at, ctx.senderId);
  const cancel = filing.function === 'cancel';
  const consignments = cancel && whole ? whole.bills : records.consignments;
  await saveFiledConsignments(tx, {
    agencyId: ctx.agencyId,
    filingId: filing.id,
    filedAt: at,
    consignments,
    cancelled: cancel,
  });
  await insertFilingEquipment(tx, filing.id, records.equipment);
  const { containerEvents, transportEvents } = records;
  const options = { filingId: filing.id };
  const newContainerEvents = await insertContainerEvents(tx, containerEvents, options);
  const newTransportEvents = await insertTransportEvents(tx, transportEvents, options);
  // One by one: a message may hold more events than a call takes arguments.
  for (const e of newTransportEvents) ctx.reported.push(e);
  const alreadyStored = {
    containerEvents: containerEvents.length - newContainerEvents,
    transportEvents: transportEvents.length - newTransportEvents.length,
  };
  return { records: { ...records, consignments }, alreadyStored };
}

/** False when the record's last write in this submission had these very values. */
function changes(ctx: UnitContext, key: string, record: unknown): boolean {
  const values = JSON.stringify(record);
  if (ctx.written.get(key) === values) return false;
  ctx.written.set(key, values);
  return true;
}

/** The latest version with its bills, which a cancellation naming no bill would cancel. */
async function wholeVersion(ctx: UnitContext, latest: StoredFiling): Promise<WholeVersion> {
  return { version: latest, bills: await listConsignmentsOfFiling(ctx.tx, latest.id) };
}

async function quarantineAll(
  ctx: UnitContext,
  rejected: readonly QuarantineCandidate[],
  filingId: string | undefined,
): Promise<QuarantinedRef[]> {
  const out: QuarantinedRef[] = [];
  for (const r of rejected) {
    const id = await quarantineRecord(ctx.tx, {
      agencyId: ctx.agencyId,
      rawMessageId: ctx.rawMessageId,
      ...(filingId === undefined ? {} : { filingId }),
      recordKind: r.kind,
      reason: r.reason,
      diagnostics: r.diagnostics,
      ...(r.position === undefined ? {} : { position: r.position }),
      payload: { key: r.key, senderId: ctx.senderId, record: r.payload },
      createdAt: ctx.receivedAt,
    });
    out.push({ id, kind: r.kind, key: r.key, reason: r.reason, diagnostics: r.diagnostics });
  }
  return out;
}

async function enqueueScoring(ctx: UnitContext, filing: StoredFiling) {
  const payload = {
    agencyId: ctx.agencyId,
    filingId: filing.id,
    filingKey: filing.filingKey,
    version: filing.version,
    messageType: filing.messageType,
  };
  await enqueueJob(
    ctx.tx,
    { kind: SCREEN_JOB_KIND, payload, runAt: ctx.receivedAt },
    ctx.receivedAt,
  );
  return enqueueJob(
    ctx.tx,
    { kind: SCORE_JOB_KIND, payload, runAt: ctx.receivedAt },
    ctx.receivedAt,
  );
}

const NONE_STORED: AlreadyStoredCounts = { containerEvents: 0, transportEvents: 0 };

function countsOf(records: CargoRecords | undefined): AcceptedCounts {
  return {
    consignments: records?.consignments.length ?? 0,
    equipment: records?.equipment.length ?? 0,
    containerEvents: records?.containerEvents.length ?? 0,
    transportEvents: records?.transportEvents.length ?? 0,
  };
}
