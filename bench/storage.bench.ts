// Storage: container events bulk-inserted per second on PGlite and on PostgreSQL in the same run
// (ratio PostgreSQL / PGlite), and the unnest bulk path against row-by-row inserts in one
// transaction on each engine (ratio unnest / row-by-row). PostgreSQL comes from
// PORTCULLIS_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); the bench
// creates a fresh database there and drops it afterwards, and skips PostgreSQL if unreachable.
import type { ContainerEvent } from '../src/core/cargo/events.ts';
import {
  containerCheckDigit,
  type ContainerNumber,
} from '../src/core/identifiers/container-number.ts';
import type { ImoNumber } from '../src/core/identifiers/imo-number.ts';
import type { UnLocode } from '../src/core/identifiers/un-locode.ts';
import { openDatabase, type Database } from '../src/storage/database.ts';
import { benchPostgresUrl, withFreshPostgres } from './fresh-postgres.ts';
import {
  insertContainerEvent,
  insertContainerEvents,
} from '../src/storage/repositories/container-events.repository.ts';

export const title =
  'Storage: bulk insert of container events, PGlite vs PostgreSQL, unnest vs row by row';

const BULK_ROWS = 20_000;
const SINGLE_ROWS = 1_000;

function events(n: number, offset: number): ContainerEvent[] {
  return Array.from({ length: n }, (_, k) => {
    const i = offset + k;
    const first10 = `MSKU${String(i % 1_000_000).padStart(6, '0')}`;
    return {
      eventType: i % 2 === 0 ? 'DISC' : 'GTOT',
      classifier: 'ACT',
      containerNumber: `${first10}${containerCheckDigit(first10)}` as ContainerNumber,
      eventAt: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
      location: 'BEANR' as UnLocode,
      facility: 'PSA-869',
      transportCall: { mode: 'VESSEL', vesselImo: '9074729' as ImoNumber, voyageNumber: '2403W' },
      seals: [{ number: `SL${i}` }],
      sourceEventId: `bench-${i}`,
    };
  });
}

async function rowsPerSecond(rows: number, f: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await f();
  return rows / ((performance.now() - started) / 1000);
}

interface EngineFigures {
  readonly bulk: number;
  readonly single: number;
}

async function measure(database: Database): Promise<EngineFigures> {
  await insertContainerEvents(database.db, events(1_000, 10_000_000)); // warm-up
  const bulkRows = events(BULK_ROWS, 0);
  const bulk = await rowsPerSecond(BULK_ROWS, () => insertContainerEvents(database.db, bulkRows));
  const singleRows = events(SINGLE_ROWS, 1_000_000);
  const single = await rowsPerSecond(SINGLE_ROWS, () =>
    database.transaction(async (tx) => {
      for (const e of singleRows) await insertContainerEvent(tx, e);
    }),
  );
  return { bulk, single };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function report(engine: string, f: EngineFigures): void {
  console.log(
    `${engine}: unnest bulk ${fmt(f.bulk)} rows/s (${fmt(BULK_ROWS)} rows, chunks of 5,000)`,
  );
  console.log(
    `${engine}: row by row in one transaction ${fmt(f.single)} rows/s (${fmt(SINGLE_ROWS)} rows)`,
  );
  console.log(`${engine}: unnest / row by row = ${(f.bulk / f.single).toFixed(1)}×`);
}

export async function run(): Promise<void> {
  const embedded = await openDatabase({ dataDir: 'memory://' });
  const pglite = await measure(embedded).finally(() => embedded.close());
  report('PGlite (in memory)', pglite);
  const baseUrl = benchPostgresUrl();
  let postgres: EngineFigures;
  try {
    postgres = await withFreshPostgres(baseUrl, measure);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.log(`PostgreSQL: skipped, ${new URL(baseUrl).host} not usable (${why})`);
    return;
  }
  report('PostgreSQL', postgres);
  console.log(`unnest bulk, PostgreSQL / PGlite = ${(postgres.bulk / pglite.bulk).toFixed(2)}×`);
}
