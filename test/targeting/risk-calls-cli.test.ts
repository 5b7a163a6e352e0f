// `portcullis risk calls` on each engine (the embedded data directory, and PostgreSQL through
// DATABASE_URL): each line the call's id and counts as before, then the vessel's name, ETA (and
// ATA once arrived) and the newest scan plan's counts; `--order eta` as an arrivals board under
// "Upcoming", "Past" and "Without ETA"; `--limit`; and the refusal of a bad order or limit.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatCall } from '../../src/cli/commands/risk-calls.command.ts';
import { registerRiskCommand } from '../../src/cli/commands/risk.command.ts';
import type { PortCall } from '../../src/core/cargo/vessel.ts';
import type { ImoNumber } from '../../src/core/identifiers/imo-number.ts';
import {
  insertAssessments,
  openDatabase,
  upsertPortCall,
  upsertVessel,
  type AssessmentRecord,
  type Db,
  type OpenDatabaseOptions,
} from '../../src/storage/index.ts';
import { seededDataDir } from '../intake/seeded-data-dir.ts';
import { enginesUnderTest } from '../support/db.ts';
import { runCli } from '../support/run-cli.ts';
import { adminQuery, dropDatabase, urlOfDatabase } from '../support/test-databases.ts';
import { storeTargetedPlan } from '../support/scan-plan-fixture.ts';

const AGENCY = 'local';
const NOW = Date.now();
const at = (h: number) => new Date(NOW + h * 3_600_000);
const minute = (h: number) =>
  `${at(h).toISOString().slice(0, 10)} ${at(h).toISOString().slice(11, 16)} UTC`;

/** A node for the CLI on the engine: its data directory, and the PostgreSQL database if any. */
async function openNode(engine: 'pglite' | 'postgres') {
  if (engine === 'pglite') {
    const dataDir = await seededDataDir('portcullis-risk-calls-');
    return {
      dataDir,
      options: { dataDir: path.join(dataDir, 'pglite'), migrate: false } as OpenDatabaseOptions,
      release: () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const baseUrl = process.env.PORTCULLIS_TEST_DATABASE_URL!;
  const name = `portcullis_cli_${process.pid}_${randomUUID().slice(0, 8)}`;
  await adminQuery(baseUrl, `CREATE DATABASE "${name}" TEMPLATE "${inject('postgresTemplate')}"`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portcullis-risk-calls-'));
  const url = urlOfDatabase(baseUrl, name);
  return {
    dataDir,
    url,
    options: { url, migrate: false } as OpenDatabaseOptions,
    release: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await dropDatabase(baseUrl, name);
    },
  };
}

function scored(voyage: string, hoursAgo: number, containers: number): AssessmentRecord[] {
  return Array.from({ length: containers }, (_, i) => ({
    agencyId: AGENCY,
    vesselImo: '9467304',
    voyageNumber: voyage,
    port: 'BEANR',
    consignmentId: randomUUID(),
    billNumber: `BL-${voyage}-${i}`,
    containerNumber: `MSKU${voyage}${i}`,
    score: 0.9 - i / 10,
    band: i === 0 ? 'high' : 'low',
    mandatoryHold: false,
    explanation: 'e2|',
    ruleSetVersion: 'r1',
    features: 'f2|',
    assessedAt: at(-hoursAgo),
  }));
}

/** Upcoming 2647N (ETA in 3 h, planned), past 2639W (arrived two days ago), 2655E without ETA. */
async function seed(db: Db) {
  await upsertVessel(db, { imo: '9467304' as ImoNumber, name: 'MSC LANTERN' }, at(0));
  await insertAssessments(db, scored('2639W', 3, 2));
  await insertAssessments(db, scored('2647N', 2, 3));
  await insertAssessments(db, scored('2655E', 1, 1));
  const call = (voyage: string, times: Record<string, string>) =>
    ({ vesselImo: '9467304', voyageNumber: voyage, port: 'BEANR', ...times }) as PortCall;
  await upsertPortCall(db, call('2647N', { eta: at(3).toISOString() }), at(0));
  const past = { eta: at(-48).toISOString(), ata: at(-47).toISOString() };
  await upsertPortCall(db, call('2639W', past), at(0));
  await storeTargetedPlan(
    db,
    { agencyId: AGENCY, voyageNumber: '2647N', createdAt: at(-1) },
    [0, 1].map((i) => ({
      containerNumber: `MSKU2647N${i}`,
      billNumber: `BL-2647N-${i}`,
      score: 0.9,
    })),
  );
}

for (const { engine, enabled } of enginesUnderTest()) {
  describe.skipIf(!enabled)(`portcullis risk calls [${engine}]`, () => {
    let node: Awaited<ReturnType<typeof openNode>>;
    const run = async (...args: string[]) => {
      const before = process.env.DATABASE_URL;
      if (node.url) process.env.DATABASE_URL = node.url;
      try {
        return await runCli([registerRiskCommand], [...args, '--data-dir', node.dataDir]);
      } finally {
        if (before === undefined) delete process.env.DATABASE_URL;
        else process.env.DATABASE_URL = before;
      }
    };

    beforeAll(async () => {
      node = await openNode(engine);
      expect(await run('risk', 'calls', '--order', 'eta')).toBe(
        'No vessel call has assessed containers yet (ingest filings, then "risk score").',
      );
      const database = await openDatabase(node.options);
      try {
        await seed(database.db);
      } finally {
        await database.close();
      }
    }, 120_000);
    afterAll(() => node?.release());

    it('names the vessel, its ETA and ATA, and the plan after the id and counts', async () => {
      expect((await run('risk', 'calls')).split('\n')).toEqual([
        '9467304:2655E:BEANR  1 containers, 1 high, 0 holds  ·  MSC LANTERN  ·  no ETA  ·  no plan yet',
        `9467304:2647N:BEANR  3 containers, 1 high, 0 holds  ·  MSC LANTERN  ·  ETA ${minute(3)}  ·  planned: 2 selected, 0 scanned`,
        `9467304:2639W:BEANR  2 containers, 1 high, 0 holds  ·  MSC LANTERN  ·  ETA ${minute(-48)}  ·  arrived ${minute(-47)}  ·  no plan yet`,
      ]);
    });

    it('lists an arrivals board with --order eta, cut by --limit', async () => {
      const board = (await run('risk', 'calls', '--order', 'eta')).split('\n');
      expect(board.filter((l) => !l.startsWith('9467304'))).toEqual([
        'Upcoming:',
        '',
        'Past:',
        '',
        'Without ETA:',
      ]);
      expect(board.filter((l) => l.startsWith('9467304')).map((l) => l.slice(8, 13))).toEqual([
        '2647N',
        '2639W',
        '2655E',
      ]);
      expect(await run('risk', 'calls', '--order', 'eta', '--limit', '1')).toBe(
        `Upcoming:\n9467304:2647N:BEANR  3 containers, 1 high, 0 holds  ·  MSC LANTERN  ·  ETA ${minute(3)}  ·  planned: 2 selected, 0 scanned`,
      );
      const json = JSON.parse(await run('risk', 'calls', '--order', 'eta', '--json')) as {
        voyageNumber: string;
        vesselName?: string;
        arrival?: string;
        plan?: { selected: number };
      }[];
      expect(json.map((c) => [c.voyageNumber, c.vesselName, c.arrival, c.plan?.selected])).toEqual([
        ['2647N', 'MSC LANTERN', 'upcoming', 2],
        ['2639W', 'MSC LANTERN', 'past', undefined],
        ['2655E', 'MSC LANTERN', undefined, undefined],
      ]);
    });

    it('refuses an unknown order and a limit outside 1 to 500', async () => {
      await expect(run('risk', 'calls', '--order', 'soon')).rejects.toThrow(
        /not one of assessed, eta/,
      );
      for (const n of ['0', '501', '2.5'])
        await expect(run('risk', 'calls', '--limit', n)).rejects.toThrow(
          /not a whole number from 1 to 500/,
        );
    });
  });
}

describe('a call line of `portcullis risk calls`', () => {
  it('says a call known only from its arrival has no cargo report yet, not 0 containers', () => {
    const call = { agencyId: AGENCY, vesselImo: '9467304', voyageNumber: '2660W', port: 'BEANR' };
    const ata = '2026-11-23T17:11:00.000Z';
    expect(formatCall({ ...call, filed: false, containers: 0, high: 0, holds: 0, ata })).toBe(
      '9467304:2660W:BEANR  no cargo report yet  ·  vessel not named  ·  no ETA  ·  arrived 2026-11-23 17:11 UTC  ·  no plan yet',
    );
  });
});
