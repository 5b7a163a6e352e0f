// The carriers' customs-status feed read page by page: a scan plan tells all its CUSS at one
// instant, so the page cursor holds the last event's time and id, and a carrier reading with a
// `limit` smaller than the plan gets every event exactly once. A plain time as `since` (older
// clients) still reads the events after that time; anything else is a 400 naming `since`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppError } from '../../src/core/app-error.ts';
import { buildServer } from '../../src/server/app.ts';
import { outcomesDeps } from '../../src/server/deps/outcomes.deps.ts';
import { buildAppContext } from '../../src/services/app-context.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { rowsOf } from '../../src/storage/db.ts';
import type { Database } from '../../src/storage/index.ts';
import { describeEachEngine } from '../support/db.ts';
import { buildOutcomeWorld, type OutcomeWorld } from './outcome-world.ts';

const PLANNED = 7;

interface Page {
  readonly status: number;
  readonly ids: string[];
  readonly times: string[];
  readonly cursor: string | undefined;
  readonly body: string;
}

describeEachEngine('customs-status paging', (getDb) => {
  let app: FastifyInstance;
  let world: OutcomeWorld;
  let database: Database;
  const clock = fixedClock('2026-03-02T10:00:00Z');

  const read = async (query: string): Promise<Page> => {
    const res = await app.inject({
      url: `/api/v1/customs-status${query}`,
      headers: { 'x-test-actor': world.carrier.id },
    });
    const events =
      res.statusCode === 200
        ? res.json<{ events: { eventID: string; eventDateTime: string }[] }>().events
        : [];
    const cursor = res.headers['next-page-cursor'];
    return {
      status: res.statusCode,
      ids: events.map((e) => e.eventID),
      times: events.map((e) => e.eventDateTime),
      cursor: typeof cursor === 'string' ? cursor : undefined,
      body: res.body,
    };
  };

  beforeAll(async () => {
    database = getDb();
    world = await buildOutcomeWorld(database, clock, PLANNED, '2405E');
    const actorOf = (request: FastifyRequest) => {
      if (request.headers['x-test-actor'] !== world.carrier.id)
        throw new AppError('unauthenticated', 'no test actor');
      return Promise.resolve(world.carrier);
    };
    const deps = outcomesDeps(await buildAppContext(database, clock), actorOf, {});
    app = await buildServer(
      { readiness: () => Promise.resolve({}), ...(deps ? { outcomes: deps } : {}) },
      { logLevel: 'silent', bodyLimitBytes: 1 << 20 },
    );
    await app.ready();
  });
  afterAll(() => app?.close());

  it('gives every event of a plan exactly once to a carrier reading fewer per page', async () => {
    const all = await read('');
    expect(all.ids).toHaveLength(PLANNED);
    // One plan, one instant: the case a time-only cursor lost.
    expect(new Set(all.times).size).toBe(1);
    const seen: string[] = [];
    let page = await read('?limit=3');
    for (let n = 0; n < 10 && page.ids.length > 0; n++) {
      seen.push(...page.ids);
      expect(page.cursor).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z_[0-9a-f-]{36}$/);
      page = await read(`?limit=3&since=${encodeURIComponent(page.cursor ?? '')}`);
      expect(page.status).toBe(200);
    }
    expect(seen).toEqual(all.ids);
    expect(new Set(seen).size).toBe(PLANNED);
  });

  it('reads after a plain ISO 8601 time, as older clients send it', async () => {
    const all = await read('');
    const before = await read(`?since=${encodeURIComponent('2026-03-02T09:59:59Z')}`);
    expect(before.ids).toEqual(all.ids);
    const at = await read(`?since=${encodeURIComponent(all.times[0] ?? '')}`);
    expect([at.status, at.ids]).toEqual([200, []]);
    // Nothing newer: the time given is the cursor to ask again with.
    expect(at.cursor).toBe(all.times[0]);
  });

  it('refuses a malformed since with a 400 naming it', async () => {
    const last = (await read('')).cursor ?? '';
    for (const since of [
      'yesterday',
      `${last.slice(0, 24)}_not-an-event-id-at-all-000000000000`,
      `${last}x`,
      `2026-13-45T99:00:00.000Z_${last.slice(25)}`,
    ]) {
      const res = await read(`?since=${encodeURIComponent(since)}`);
      expect(res.status, since).toBe(400);
      expect(res.body, since).toContain('since');
    }
  });

  it('keeps the events in an index ordered by agency, time and id', async () => {
    const result = await database.db.execute(
      sql`SELECT indexdef FROM pg_indexes WHERE tablename = 'customs_status_events'`,
    );
    const defs = rowsOf<{ indexdef: string }>(result).map((r) => r.indexdef);
    expect(defs.some((d) => d.includes('(agency_id, at, id)'))).toBe(true);
  });
});
