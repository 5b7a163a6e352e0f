// Cold load time of each bundled reference table (read data/, parse, index, first lookup),
// against two peers measured in the same run: JSON.parse of the same records written as a JSON
// file, and csv-parse of the raw shared source CSV that the table was built from (skipped with a
// message when /work/shared/data is absent).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  createReferenceData,
  readReferenceRows,
  type ReferenceData,
} from '../src/reference/index.ts';

export const title = 'Reference data cold load';

const SHARED = '/work/shared/data';

interface Table {
  readonly name: string;
  readonly files: readonly string[];
  readonly source: string;
  readonly touch: (ref: ReferenceData) => unknown;
}

const TABLES: readonly Table[] = [
  {
    name: 'UN/LOCODE',
    files: ['unlocode.tsv.gz'],
    source: 'unlocode/unlocode-geoapify-2024.csv',
    touch: (r) => r.locodes.get('BEANR'),
  },
  {
    name: 'countries',
    files: ['countries.tsv'],
    source: 'countries/country-codes.csv',
    touch: (r) => r.countries.get('BE'),
  },
  {
    name: 'HS 2022',
    files: ['hs2022.tsv', 'hs2022-sections.tsv'],
    source: 'hs/harmonized-system.csv',
    touch: (r) => r.hs.get('080390'),
  },
  {
    name: 'ports (WPI)',
    files: ['ports.tsv'],
    source: 'ports/wpi-2025-arcgis-export.csv',
    touch: (r) => r.ports.get('BEANR'),
  },
  {
    name: 'MIDs',
    files: ['mid.tsv'],
    source: 'vessels/itu-maritime-identification-digits.csv',
    touch: (r) => r.mid.flagOf('205'),
  },
];

/** Median of `runs` timings of `f`, in milliseconds. */
function median(runs: number, f: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Writes the table's records as a JSON array of arrays (the peer's input). */
function jsonCopy(dir: string, t: Table): string {
  const file = path.join(dir, `${t.files[0]}.json`);
  writeFileSync(file, JSON.stringify(t.files.flatMap((f) => readReferenceRows(f))));
  return file;
}

function line(label: string, ms: number, oursMs: number): string {
  return `  vs ${label} ${ms.toFixed(1)} ms: Portcullis is ${(ms / oursMs).toFixed(2)}× as fast`;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'portcullis-bench-'));
  const shared = existsSync(SHARED);
  if (!shared) console.log(`csv-parse peer skipped: ${SHARED} is absent`);
  for (const t of TABLES) {
    const ours = median(7, () => t.touch(createReferenceData()));
    const json = jsonCopy(dir, t);
    const jsonMs = median(7, () => JSON.parse(readFileSync(json, 'utf8')) as unknown);
    console.log(`${t.name}: Portcullis cold load ${ours.toFixed(1)} ms`);
    console.log(line('JSON.parse of the same records', jsonMs, ours));
    if (shared) {
      const src = path.join(SHARED, t.source);
      const csvMs = median(3, () => parse(readFileSync(src), { columns: true, bom: true }));
      console.log(line(`csv-parse of the source CSV (${t.source})`, csvMs, ours));
    }
  }
  await Promise.resolve();
}
