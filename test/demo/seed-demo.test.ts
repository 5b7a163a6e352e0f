// The demo on both engines, at a fixed now, on a small world: nothing it stores is dated after
// now, every message is a filing of its own, and each file comes from its real author.
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { seedDemo, type DemoSummary } from '../../src/cli/demo/seed-demo.ts';
import { buildAppContext } from '../../src/services/app-context.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { rowsOf } from '../../src/storage/db.ts';
import type { Database } from '../../src/storage/index.ts';
import { describeEachEngine } from '../support/db.ts';

const NOW = '2026-11-23T17:00:00Z';
const OPTIONS = {
  days: 1,
  upcomingDays: 1,
  seed: 'demo-test',
  containersPerDay: 250,
  scanShare: 0.05,
};

/**
 * Columns that may hold a time after now: the estimated arrival and departure of the calls still
 * to arrive, and every such estimate or plan reported (the times they give, not when they came).
 */
const ESTIMATES = new Set(['port_calls.eta', 'port_calls.etd', 'port_call_estimates.at']);

async function query<T>(database: Database, text: string): Promise<T[]> {
  return rowsOf<T>(await database.db.execute(sql.raw(text)));
}

async function datedAfterNow(database: Database): Promise<string[]> {
  const columns = await query<{ table_name: string; column_name: string }>(
    database,
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type = 'timestamp with time zone'
      ORDER BY table_name, column_name`,
  );
  const out: string[] = [];
  for (const { table_name: t, column_name: c } of columns) {
    if (ESTIMATES.has(`${t}.${c}`)) continue;
    const [row] = await query<{ n: number }>(
      database,
      `SELECT count(*)::int AS n FROM "${t}" WHERE "${c}" > '${NOW}'::timestamptz`,
    );
    if ((row?.n ?? 0) > 0) out.push(`${t}.${c}: ${row?.n}`);
  }
  return out;
}

describeEachEngine('portcullis demo at a fixed now', (db) => {
  let summary: DemoSummary;
  beforeAll(async () => {
    const context = await buildAppContext(db(), fixedClock(NOW));
    summary = await seedDemo(context, OPTIONS, () => undefined);
  });

  it('stores nothing dated after now, and holds back the files prepared after it', async () => {
    expect(await datedAfterNow(db())).toEqual([]);
    expect(summary.filesHeldBack).toBeGreaterThan(0);
    expect(summary.files).toBeGreaterThan(0);
    expect(summary.arrivals).toBeGreaterThan(0);
    const [scored] = await query<{ at: string }>(
      db(),
      `SELECT max(assessed_at) AS at FROM assessments`,
    );
    // The arrivals are scored last, at now.
    expect(new Date(scored?.at ?? '').toISOString()).toBe(new Date(NOW).toISOString());
  });

  it('files each message as a document of its own: no repeated original', async () => {
    const [row] = await query<{ repeated: number; versions: number; filings: number }>(
      db(),
      `SELECT count(*) FILTER (WHERE diagnostics::text LIKE '%intake.original-repeated%')::int
                AS repeated,
              max(version)::int AS versions, count(*)::int AS filings
         FROM filings`,
    );
    expect(row?.repeated).toBe(0);
    expect(row?.versions).toBe(1);
    // Several messages in some interchanges (a terminal's moves of several vessels).
    expect(row?.filings).toBeGreaterThan(summary.files);
  });

  it('sends each file as its author: carriers and terminals, each with its own key', async () => {
    const kinds = await query<{ message_type: string; kind: string; senders: number }>(
      db(),
      `SELECT f.message_type, s.kind, count(DISTINCT s.id)::int AS senders
         FROM filings f JOIN senders s ON s.id::text = f.sender
        GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(kinds.map((k) => `${k.message_type}:${k.kind}`)).toEqual([
      'BAPLIE:carrier',
      'COARRI:terminal',
      'CODECO:terminal',
      'CUSCAR:carrier',
      'DCSA-TNT:carrier',
    ]);
    expect(kinds.find((k) => k.message_type === 'CUSCAR')?.senders).toBeGreaterThan(1);
    expect(kinds.find((k) => k.message_type === 'CODECO')?.senders).toBeGreaterThan(1);
    const keys = await query<{ sender_id: string; n: number }>(
      db(),
      `SELECT s.id AS sender_id, count(k.id)::int AS n
         FROM senders s LEFT JOIN sender_api_keys k ON k.sender_id = s.id GROUP BY 1`,
    );
    expect(keys.length).toBe(summary.senders);
    expect(keys.every((k) => k.n === 1)).toBe(true);
  });

  it('has moves reported by a terminal and by a carrier', async () => {
    const [row] = await query<{ n: number }>(
      db(),
      `SELECT count(*)::int AS n FROM (
         SELECT 1 FROM container_events GROUP BY container_number, event_type, event_at
         HAVING count(DISTINCT sender) > 1) twice`,
    );
    expect(row?.n).toBeGreaterThan(0);
  });
});
