/**
 * A vessel call's ETA and ETD, settled from every estimated or planned time reported for it
 * (`port_call_estimates`, in the order received) less the reports whose event their sender
 * retracted (`event_retractions`): the last report that replaces the time stands (a filing's
 * time, the time on file before the table, an EST received before the vessel arrived or
 * departed); without one, the first report that only fills a missing time (a PLN, an EST received
 * after). This is the order of the reports played one by one, so a retraction of the estimate
 * that set the time falls back to the latest remaining estimate, the filing's time, or none.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { textArray } from './bulk.ts';
import { callIdArray, notRetracted, writeStandingTimes } from './port-call-times.ts';

/** One estimated time a filing gives a call (it replaces the time). */
export interface FiledEstimate {
  readonly callId: string;
  readonly eventType: 'ARRI' | 'DEPA';
  readonly at: Date;
  /** Null when not known (a filing stored outside an intake). */
  readonly sender: string | null;
}

/** Records a filing's ETA and ETD as reports that replace (the caller writes the times). */
export async function insertFiledEstimates(
  db: Db,
  reports: readonly FiledEstimate[],
): Promise<void> {
  if (reports.length === 0) return;
  const column = (f: (r: FiledEstimate) => string | null) => textArray(reports.map(f));
  await db.execute(sql`
    INSERT INTO port_call_estimates (call_id, event_type, at, sender, replaces)
    SELECT call_id::uuid, event_type, at::timestamptz, sender, true
    FROM unnest(${column((r) => r.callId)}::text[], ${column((r) => r.eventType)}::text[],
      ${column((r) => r.at.toISOString())}::text[], ${column((r) => r.sender)}::text[])
      WITH ORDINALITY AS r(call_id, event_type, at, sender, n)
    ORDER BY n`);
}

/** Sets the calls' ETA and ETD to what their standing reports give; returns the calls changed. */
export async function settleEstimatedTimes(
  db: Db,
  callIds: readonly string[],
  at: Date,
): Promise<string[]> {
  if (callIds.length === 0) return [];
  const ids = callIdArray(callIds);
  const standing = sql`standing AS (
      SELECT DISTINCT ON (a.call_id, a.event_type) a.call_id, a.event_type, a.at
      FROM port_call_estimates a
      WHERE a.call_id = ANY(${ids}) AND ${notRetracted('a')}
      ORDER BY a.call_id, a.event_type, a.replaces DESC,
        CASE WHEN a.replaces THEN -a.seq ELSE a.seq END
    )`;
  const columns = { arrival: 'eta', departure: 'etd', senders: false } as const;
  return writeStandingTimes(db, { ids, standing, columns, at });
}
