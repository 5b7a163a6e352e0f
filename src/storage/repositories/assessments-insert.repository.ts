/**
 * Writing assessments: one row per container and scoring, and the call queue's current row of
 * each container, in a few statements per scoring batch with ids made here (nothing is read
 * back). The rows go by COPY on both engines (bulk-copy.ts). Ids are time-ordered (their index grows
 * at its end).
 */
import { sql } from 'drizzle-orm';
import { copyField, copyRows } from '../bulk-copy.ts';
import { rowsOf, type Db } from '../db.ts';
import { timeOrderedUuid } from '../time-ordered-uuid.ts';
import { insertAssessedCall, refreshAssessedCall } from './assessed-calls.repository.ts';
import type { AssessmentRecord } from './assessments.repository.ts';
import { insertRows, type BulkTable } from './bulk-rows.ts';

/**
 * Writes the assessments, the call queue's current row of each container (newest wins; a
 * container twice in one batch counts once, the later record) and the summary of each call
 * written to (assessed-calls.repository.ts). Records sharing their agency, call, versions and
 * time (a scoring batch) are written together: the assessments by one COPY, the call queue by
 * one statement. Explanations and feature snapshots are compact texts, stored as they come.
 * Returns the number written.
 */
export async function insertAssessments(
  db: Db,
  records: readonly AssessmentRecord[],
): Promise<number> {
  const writer = assessmentWriter(db);
  writer.add(records);
  return writer.finish();
}

/** Assessments written while a scoring makes them (`insertAssessments` in pieces). */
export interface AssessmentWriter {
  /**
   * Queues the records' rows (one COPY) behind what was sent before, not waiting for the engine:
   * a server stores them while the caller makes the next ones.
   */
  add(records: readonly AssessmentRecord[]): void;
  /** Queues other statements of the same transaction in the same line (`work` sends them). */
  send(work: () => Promise<unknown>): void;
  /**
   * Waits for everything queued (the first failure stops the line and is thrown here), then
   * writes the call queues and summaries; the number of assessments written.
   */
  finish(): Promise<number>;
}

/**
 * One line of statements on `db`, each sent when the one before has been answered (a connection
 * takes one statement at a time, and node-postgres will not queue them for its callers).
 */
export function assessmentWriter(db: Db): AssessmentWriter {
  let line: Promise<unknown> = Promise.resolve();
  const send = (work: () => Promise<unknown>) => {
    line = line.then(work);
    // Thrown by finish; a failure before then must not count as unhandled.
    line.catch(() => undefined);
  };
  const batches = new Map<string, { records: AssessmentRecord[]; ids: string[] }>();
  return {
    add(records) {
      for (const batch of batchesOf(records)) {
        const ids = batch.map(() => timeOrderedUuid());
        send(() => copyAssessments(db, batch, ids));
        const key = batchKey(batch[0]!);
        const held = batches.get(key);
        // Copies: the COPY queued above reads `batch` and `ids` when its turn comes.
        if (!held) batches.set(key, { records: [...batch], ids: [...ids] });
        else
          batch.forEach((r, i) => {
            held.records.push(r);
            held.ids.push(ids[i]!);
          });
      }
    },
    send,
    async finish() {
      await line;
      let written = 0;
      for (const { records, ids } of batches.values()) {
        written += records.length;
        const head = records[0]!;
        if (head.vesselImo !== undefined && head.voyageNumber !== undefined)
          await queueBatch(db, head, records, ids);
      }
      return written;
    },
  };
}

/** Records grouped by what a scoring batch has in common (usually one group). */
function batchesOf(records: readonly AssessmentRecord[]): AssessmentRecord[][] {
  const groups = new Map<string, AssessmentRecord[]>();
  let last: AssessmentRecord[] | undefined;
  for (const r of records) {
    // Mostly the batch of the record before: compared field by field, no key made.
    if (last && sameBatch(last[0]!, r)) {
      last.push(r);
      continue;
    }
    const key = batchKey(r);
    last = groups.get(key);
    if (last) last.push(r);
    else groups.set(key, (last = [r]));
  }
  return [...groups.values()];
}

/** What the records of one scoring batch share, as one key. */
const batchKey = (r: AssessmentRecord) =>
  JSON.stringify([
    r.agencyId,
    r.vesselImo,
    r.voyageNumber,
    r.port,
    r.ruleSetVersion,
    r.modelVersion,
    r.modelHash,
    r.assessedAt.getTime(),
  ]);

const sameBatch = (a: AssessmentRecord, b: AssessmentRecord) =>
  a.agencyId === b.agencyId &&
  a.vesselImo === b.vesselImo &&
  a.voyageNumber === b.voyageNumber &&
  a.port === b.port &&
  a.ruleSetVersion === b.ruleSetVersion &&
  a.modelVersion === b.modelVersion &&
  a.modelHash === b.modelHash &&
  a.assessedAt.getTime() === b.assessedAt.getTime();

const ASSESSMENT_COLUMNS = [
  'id',
  'agency_id',
  'consignment_id',
  'bill_number',
  'container_number',
  'vessel_imo',
  'voyage_number',
  'port',
  'score',
  'band',
  'mandatory_hold',
  'explanation',
  'rule_set_version',
  'model_version',
  'model_hash',
  'features',
  'assessed_at',
];

/** The batch by one COPY. */
async function copyAssessments(
  db: Db,
  batch: readonly AssessmentRecord[],
  ids: readonly string[],
): Promise<void> {
  const head = batch[0]!;
  // What every row of the batch shares, made once: the call after the consignment id's place,
  // the versions and time at the end. Ids (made here) and numbers need no escaping.
  const [agency, imo, voyage, port] = [
    head.agencyId,
    head.vesselImo,
    head.voyageNumber,
    head.port,
  ].map(copyField);
  const call = `\t${imo}\t${voyage}\t${port}\t`;
  const versions = [head.ruleSetVersion, head.modelVersion, head.modelHash].map(copyField);
  const tail = `\t${versions.join('\t')}\t`;
  const at = `\t${copyField(head.assessedAt.toISOString())}`;
  const lines = batch.map(
    (r, i) =>
      `${ids[i]}\t${agency}\t${r.consignmentId}\t${copyField(r.billNumber)}\t` +
      `${copyField(r.containerNumber)}${call}${r.score}\t${copyField(r.band)}\t` +
      `${r.mandatoryHold ? 't' : 'f'}\t${copyField(textOf(r.explanation))}${tail}` +
      `${copyField(textOf(r.features))}${at}`,
  );
  await copyRows(db, 'assessments', ASSESSMENT_COLUMNS, lines);
}

/** A stored document as its column's text: compact text as it is, anything else as JSON. */
const textOf = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The call queue's rows of one batch, in one statement: the last record of each container and
 * bill; then the call's summary. A call without queue rows yet (its first scoring) takes them as
 * a plain bulk insert (`insertRows`: a COPY on PGlite), a quarter cheaper than the upsert, and
 * its summary made from them; else the summary is recomputed from the call's queue rows. The
 * call's lock keeps two scorings of one call from both taking the first path.
 */
async function queueBatch(
  db: Db,
  head: AssessmentRecord,
  chunk: readonly AssessmentRecord[],
  ids: readonly string[],
): Promise<void> {
  const current = new Map<string, number>();
  chunk.forEach((r, i) => current.set(`${r.containerNumber}\u001f${r.billNumber}`, i));
  // In the queue key's order: the index takes each entry next to the one before (a quarter to
  // a third less engine CPU for 20,000 rows than in bill order); what is stored is the same.
  const latest = [...current.values()].sort((a, b) => keyOrder(chunk[a]!, chunk[b]!));
  const call = { ...head, vesselImo: head.vesselImo!, voyageNumber: head.voyageNumber! };
  const known = await callHasQueue(db, head);
  if (!known) {
    const key = [head.agencyId, head.vesselImo, head.voyageNumber, head.port];
    const at = head.assessedAt.toISOString();
    await insertRows(
      db,
      CALL_QUEUE,
      latest.map((i) => {
        const r = chunk[i]!;
        const row = [r.containerNumber, r.billNumber, ids[i], r.score, r.band, r.mandatoryHold];
        return [...key, ...row, at];
      }),
    );
    await insertAssessedCall(
      db,
      call,
      latest.map((i) => chunk[i]!),
    );
    return;
  }
  const rows = JSON.stringify(
    latest.map((i) => {
      const r = chunk[i]!;
      const [n, b, s, d, h] = [r.containerNumber, r.billNumber, r.score, r.band, r.mandatoryHold];
      return { i: ids[i], n, b, s, d, h };
    }),
  );
  await db.execute(sql`
    INSERT INTO call_queue (agency_id, vessel_imo, voyage_number, port, container_number,
      bill_number, assessment_id, score, band, mandatory_hold, assessed_at)
    SELECT ${head.agencyId}, ${head.vesselImo}, ${head.voyageNumber}, ${head.port}, t.n, t.b, t.i,
      t.s, t.d, t.h, ${head.assessedAt.toISOString()}::timestamptz
    FROM json_to_recordset(${rows}::json) AS t(i uuid, n text, b text, s float8, d text, h boolean)
    ON CONFLICT ON CONSTRAINT call_queue_pk DO UPDATE SET
      assessment_id = excluded.assessment_id, score = excluded.score, band = excluded.band,
      mandatory_hold = excluded.mandatory_hold, assessed_at = excluded.assessed_at
    WHERE call_queue.assessed_at <= excluded.assessed_at`);
  await refreshAssessedCall(db, call);
}

/** Container then bill, as the call queue's key orders them (code units, as `C` collation). */
function keyOrder(a: AssessmentRecord, b: AssessmentRecord): number {
  if (a.containerNumber !== b.containerNumber)
    return a.containerNumber < b.containerNumber ? -1 : 1;
  return a.billNumber < b.billNumber ? -1 : a.billNumber > b.billNumber ? 1 : 0;
}

const CALL_QUEUE: BulkTable = {
  name: 'call_queue',
  columns: [
    ['agency_id', 'text'],
    ['vessel_imo', 'text'],
    ['voyage_number', 'text'],
    ['port', 'text'],
    ['container_number', 'text'],
    ['bill_number', 'text'],
    ['assessment_id', 'uuid'],
    ['score', 'float8'],
    ['band', 'text'],
    ['mandatory_hold', 'boolean'],
    ['assessed_at', 'timestamptz'],
  ],
};

/** Whether the call has queue rows, once this transaction holds the call's lock. */
async function callHasQueue(db: Db, head: AssessmentRecord): Promise<boolean> {
  const key = ['call-queue', head.agencyId, head.vesselImo, head.voyageNumber, head.port];
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${key.join('|')}))`);
  const result = await db.execute(sql`
    SELECT EXISTS (SELECT 1 FROM call_queue WHERE agency_id = ${head.agencyId}
      AND vessel_imo = ${head.vesselImo ?? null} AND voyage_number = ${head.voyageNumber ?? null}
      AND port = ${head.port}) AS known`);
  return rowsOf<{ known: boolean }>(result)[0]?.known === true;
}
