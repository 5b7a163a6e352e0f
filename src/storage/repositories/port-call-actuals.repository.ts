/**
 * A vessel call's ATA and ATD, settled from every actual time reported for it
 * (`port_call_actuals`, in the order received) less the reports whose event their sender
 * retracted (`event_retractions`): the last report that replaces the time (a filing's DTM 178 or
 * 186, or the time on file before the table) stands, followed by its sender's later actual reports
 * (corrections); without one, the first actual report's sender holds it, its last report giving
 * the time. So a terminal and a carrier reporting one arrival do not move the board's time back and
 * forth, and a retraction of the report that set the time falls back to what the other reports
 * give, or to none.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import { textArray } from './bulk.ts';
import { callIdArray, notRetracted, writeStandingTimes } from './port-call-times.ts';

/** One actual arrival or departure time reported for a call. */
export interface ActualReport {
  readonly callId: string;
  readonly eventType: 'ARRI' | 'DEPA';
  readonly at: Date;
  /** Null when not known (a filing stored outside an intake). */
  readonly sender: string | null;
  /** A filing's time replaces; an event's only sets a missing one or corrects its own. */
  readonly replaces: boolean;
  readonly sourceEventId?: string;
}

/** Records a filing's actual times (in order); they are settled by `settleActualTimes`. */
export async function insertActualReports(db: Db, reports: readonly ActualReport[]): Promise<void> {
  if (reports.length === 0) return;
  const column = (f: (r: ActualReport) => string | null) => textArray(reports.map(f));
  await db.execute(sql`
    INSERT INTO port_call_actuals (call_id, event_type, at, sender, replaces, source_event_id)
    SELECT call_id::uuid, event_type, at::timestamptz, sender, replaces::boolean, source_event_id
    FROM unnest(${column((r) => r.callId)}::text[], ${column((r) => r.eventType)}::text[],
      ${column((r) => r.at.toISOString())}::text[], ${column((r) => r.sender)}::text[],
      ${column((r) => String(r.replaces))}::text[], ${column((r) => r.sourceEventId ?? '')}::text[])
      WITH ORDINALITY AS r(call_id, event_type, at, sender, replaces, source_event_id, n)
    ORDER BY n`);
}

/**
 * Sets the calls' ATA and ATD (and their senders) to what their standing reports give; returns
 * the ids of the calls whose times changed. A call nobody filed, made from an actual report, goes
 * when none of its actual reports stands any more (its events stay stored).
 */
export async function settleActualTimes(
  db: Db,
  callIds: readonly string[],
  at: Date,
): Promise<string[]> {
  if (callIds.length === 0) return [];
  const ids = callIdArray(callIds);
  const standing = sql`r AS (
      SELECT a.call_id, a.event_type, a.seq, a.at, a.sender, a.replaces
      FROM port_call_actuals a
      WHERE a.call_id = ANY(${ids}) AND ${notRetracted('a')}
    ), anchor AS (
      -- The last report that replaces, else the first report.
      SELECT DISTINCT ON (call_id, event_type) call_id, event_type, seq, sender
      FROM r ORDER BY call_id, event_type, replaces DESC,
        CASE WHEN replaces THEN -seq ELSE seq END
    ), standing AS (
      SELECT DISTINCT ON (r.call_id, r.event_type) r.call_id, r.event_type, r.at, r.sender
      FROM r JOIN anchor k USING (call_id, event_type)
      WHERE r.seq = k.seq OR (r.seq > k.seq AND r.sender = k.sender)
      ORDER BY r.call_id, r.event_type, r.seq DESC
    )`;
  const columns = { arrival: 'ata', departure: 'atd', senders: true } as const;
  const changed = await writeStandingTimes(db, { ids, standing, columns, at });
  await db.execute(sql`DELETE FROM port_calls
    WHERE id = ANY(${ids}) AND NOT filed AND ata IS NULL AND atd IS NULL`);
  return changed;
}

export interface Retractions {
  readonly sender: string;
  /** The sender's event ids it retracts. */
  readonly eventIds: readonly string[];
  readonly filingId: string;
  readonly at: Date;
}

/**
 * Records the retractions not recorded before (a resent retraction changes nothing); returns the
 * ids of the calls holding an actual or estimated report of an event they retract, to settle
 * again. The joins say `source_event_id <> ''` (always true of a recorded id) so that the
 * reports' partial event indexes serve them: without it both tables are read whole.
 */
export async function recordRetractions(db: Db, r: Retractions): Promise<string[]> {
  const ids = [...new Set(r.eventIds.filter((id) => id !== ''))];
  if (ids.length === 0) return [];
  const result = await db.execute(sql`
    WITH recorded AS (
      INSERT INTO event_retractions (sender, source_event_id, filing_id, received_at)
      SELECT ${r.sender}, id, ${r.filingId}::uuid, ${r.at.toISOString()}::timestamptz
      FROM unnest(${textArray(ids)}::text[]) AS id
      ON CONFLICT DO NOTHING
      RETURNING source_event_id
    )
    SELECT a.call_id
    FROM recorded JOIN port_call_actuals a ON a.sender = ${r.sender}
      AND a.source_event_id = recorded.source_event_id AND a.source_event_id <> ''
    UNION
    SELECT e.call_id
    FROM recorded JOIN port_call_estimates e ON e.sender = ${r.sender}
      AND e.source_event_id = recorded.source_event_id AND e.source_event_id <> ''`);
  return rowsOf<{ call_id: string }>(result).map((x) => x.call_id);
}
