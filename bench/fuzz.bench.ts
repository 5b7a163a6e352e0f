// Fuzzing at benchmark scale: many more mutated inputs than the test suite's 10,000 per reader
// (PORTCULLIS_BENCH_FUZZ_RUNS, default 100,000 each), with the same mutations
// (test/support/fuzz-mutations.ts) under another seed. EDIFACT: our reader and every mapper on
// each mutated interchange, against the `edifact` npm package's Reader on the same text. DCSA
// JSON: format detection and our T&T reader, against a bare JSON.parse. Prints, for each side,
// inputs per second, the slowest input, and how many inputs threw; ours must throw none (a throw
// is a bug: the readers return diagnostics), the peers throw on what they refuse.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { detectFormat } from '../src/ingest/detect-format.ts';
import { parseDcsaEvents } from '../src/ingest/dcsa/parse-dcsa-events.ts';
import { mapMessage } from '../src/ingest/edifact/index.ts';
import { readInterchange } from '../src/ingest/edifact/syntax/index.ts';
import {
  EDIFACT_FIXTURE_NAMES,
  edifactFixture,
} from '../test/fixtures/edifact/edifact-fixtures.ts';
import { mutateEdifact, mutateJson, random } from '../test/support/fuzz-mutations.ts';

export const title =
  'Fuzzing: mutated EDIFACT and DCSA JSON inputs (uncaught throws, hangs) vs peers';

const RUNS = Number(process.env.PORTCULLIS_BENCH_FUZZ_RUNS ?? 100_000);
const peer = createRequire(import.meta.url)('edifact') as {
  Reader: new () => { parse(text: string): unknown[] };
};

interface Tally {
  inputs: number;
  threw: number;
  slowestMs: number;
  totalMs: number;
  firstError?: string;
}

const tally = (): Tally => ({ inputs: 0, threw: 0, slowestMs: 0, totalMs: 0 });

function timed(t: Tally, body: () => void): void {
  const t0 = performance.now();
  try {
    body();
  } catch (error) {
    t.threw++;
    t.firstError ??= error instanceof Error ? error.message : String(error);
  }
  const ms = performance.now() - t0;
  t.inputs++;
  t.totalMs += ms;
  t.slowestMs = Math.max(t.slowestMs, ms);
}

function line(label: string, t: Tally): string {
  const rate = Math.round((t.inputs / t.totalMs) * 1000).toLocaleString('en');
  const first = t.firstError ? ` (first: ${t.firstError.slice(0, 60)})` : '';
  return `  ${label.padEnd(40)} ${rate.padStart(9)} inputs/s, slowest ${t.slowestMs.toFixed(1)} ms, threw ${t.threw}/${t.inputs}${first}`;
}

function fuzzEdifact(): void {
  const seeds = EDIFACT_FIXTURE_NAMES.map(edifactFixture);
  const rnd = random(0xbe0c_4a11);
  const ours = tally();
  const theirs = tally();
  const latin1 = new TextDecoder('latin1');
  for (let run = 0; run < RUNS; run++) {
    const input = mutateEdifact(seeds[run % seeds.length] ?? new Uint8Array(), rnd);
    timed(ours, () => {
      for (const m of readInterchange(input).messages) mapMessage(m, { source: 'fuzz' });
    });
    const text = latin1.decode(input);
    timed(theirs, () => void new peer.Reader().parse(text));
  }
  console.log(`EDIFACT, ${RUNS.toLocaleString('en')} mutated interchanges from the samples:`);
  console.log(line('ours: readInterchange + mapMessage', ours));
  console.log(line('edifact npm Reader.parse', theirs));
  if (ours.threw > 0) console.log(`  FAILED: our reader threw on ${ours.threw} inputs`);
}

function fuzzJson(): void {
  const dir = path.resolve(import.meta.dirname, '../test/fixtures/dcsa');
  const seeds = ['tnt', 'other'].flatMap((sub) =>
    readdirSync(path.join(dir, sub))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => new Uint8Array(readFileSync(path.join(dir, sub, f)))),
  );
  const rnd = random(0xdc5a_be0c);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const ours = tally();
  const theirs = tally();
  for (let run = 0; run < RUNS; run++) {
    const input = mutateJson(seeds[run % seeds.length] ?? new Uint8Array(), rnd);
    const text = decoder.decode(input);
    timed(ours, () => {
      detectFormat(input, 'upload.json');
      parseDcsaEvents(text, 'fuzz', { now: '2026-01-01T00:00:00Z' });
    });
    timed(theirs, () => void JSON.parse(text));
  }
  console.log(`DCSA JSON, ${RUNS.toLocaleString('en')} mutated uploads from the samples:`);
  console.log(line('ours: detectFormat + parseDcsaEvents', ours));
  console.log(line('JSON.parse alone', theirs));
  if (ours.threw > 0) console.log(`  FAILED: our reader threw on ${ours.threw} inputs`);
}

export function run(): Promise<void> {
  fuzzEdifact();
  fuzzJson();
  return Promise.resolve();
}
