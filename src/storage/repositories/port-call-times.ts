/**
 * What settling a call's ATA/ATD (`port-call-actuals.repository.ts`) and its ETA/ETD
 * (`port-call-estimates.repository.ts`) share: a report counts unless its sender retracted its
 * event, and the calls take the times of their standing arrival and departure reports, written
 * only where they change.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../db.ts';
import { textArray } from './bulk.ts';

/** True for a report (table alias `alias`) whose event its sender has not retracted. */
export const notRetracted = (alias: string) => {
  const r = sql.raw(alias);
  return sql`NOT EXISTS (SELECT 1 FROM event_retractions x
    WHERE ${r}.source_event_id <> '' AND x.sender = ${r}.sender
      AND x.source_event_id = ${r}.source_event_id)`;
};

/** The calls' ids as one `uuid[]` expression. */
export const callIdArray = (callIds: readonly string[]) => sql`${textArray(callIds)}::uuid[]`;

/** The port_calls columns a settling writes: the arrival's and departure's, and their senders'. */
export interface CallTimeColumns {
  readonly arrival: 'ata' | 'eta';
  readonly departure: 'atd' | 'etd';
  /** The `<time>_sender` columns too, from the standing report's sender. */
  readonly senders: boolean;
}

/**
 * Sets the calls' time columns to their standing reports' (`standing`: CTEs ending in one named
 * standing, of call_id, event_type ARRI or DEPA, at and sender; none standing sets null); returns
 * the ids of the calls whose times changed.
 */
export async function writeStandingTimes(
  db: Db,
  o: { ids: SQL; standing: SQL; columns: CallTimeColumns; at: Date },
): Promise<string[]> {
  const { arrival, departure, senders } = o.columns;
  const picked: [string, string][] = [
    [arrival, 'a.at'],
    ...(senders ? [[`${arrival}_sender`, 'a.sender'] as [string, string]] : []),
    [departure, 'd.at'],
    ...(senders ? [[`${departure}_sender`, 'd.sender'] as [string, string]] : []),
  ];
  const list = (f: (name: string, value: string) => string) =>
    sql.raw(picked.map(([name, value]) => f(name, value)).join(', '));
  const result = await db.execute(sql`
    WITH ${o.standing}, next AS (
      SELECT c.id, ${list((name, value) => `${value} AS ${name}`)}
      FROM port_calls c
      LEFT JOIN standing a ON a.call_id = c.id AND a.event_type = 'ARRI'
      LEFT JOIN standing d ON d.call_id = c.id AND d.event_type = 'DEPA'
      WHERE c.id = ANY(${o.ids})
      FOR UPDATE OF c
    )
    UPDATE port_calls c
    SET ${list((name) => `${name} = n.${name}`)}, updated_at = ${o.at.toISOString()}::timestamptz
    FROM next n
    WHERE c.id = n.id AND (${list((name) => `c.${name}`)})
      IS DISTINCT FROM (${list((name) => `n.${name}`)})
    RETURNING c.id`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}
