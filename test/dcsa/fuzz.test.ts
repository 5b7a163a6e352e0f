// Fuzzing: 10,000 mutated DCSA JSON uploads per run, made from the fixtures with a fixed seed,
// half by byte edits (flips, cuts, splices, truncation, inserted bytes) and half by edits of the
// parsed document (values replaced by other types or codes, fields dropped, events duplicated).
// Every input goes through format detection and the T&T reader as the intake does: none may
// throw or take long, every diagnostic must be well formed, and every event that maps must carry
// valid identifiers (nothing invalid is accepted).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEVERITIES, type Diagnostic } from '../../src/core/diagnostic.ts';
import { isContainerNumber } from '../../src/core/identifiers/container-number.ts';
import { detectFormat } from '../../src/ingest/detect-format.ts';
import { parseDcsaEvents, type DcsaParseResult } from '../../src/ingest/dcsa/parse-dcsa-events.ts';
import { mutateJson as mutate, random } from '../support/fuzz-mutations.ts';

const RUNS = 10_000;
const fixtures = path.resolve(import.meta.dirname, '../fixtures/dcsa');
const seeds: readonly Uint8Array[] = ['tnt', 'other'].flatMap((dir) =>
  readdirSync(path.join(fixtures, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => new Uint8Array(readFileSync(path.join(fixtures, dir, f)))),
);

/** Problems with a result, as text (plain checks keep the run short). */
function malformed(r: DcsaParseResult): string[] {
  const problems: string[] = [];
  const check = (d: Diagnostic) => {
    if (d.code === '' || d.message === '' || !SEVERITIES.includes(d.severity))
      problems.push(`diagnostic ${d.code}`);
    const pointer = d.at?.pointer;
    if (pointer !== undefined && pointer !== '' && !pointer.startsWith('/'))
      problems.push(`diagnostic ${d.code} pointer ${pointer}`);
  };
  r.diagnostics.forEach(check);
  for (const e of r.records.containerEvents) {
    if (!isContainerNumber(e.containerNumber))
      problems.push(`accepted ${String(e.containerNumber)}`);
    if (Number.isNaN(Date.parse(e.eventAt))) problems.push(`accepted time ${e.eventAt}`);
  }
  for (const e of r.records.transportEvents) {
    if (!/^\d{7}$/.test(e.vesselImo)) problems.push(`accepted vessel ${String(e.vesselImo)}`);
    if (Number.isNaN(Date.parse(e.eventAt))) problems.push(`accepted time ${e.eventAt}`);
  }
  return problems;
}

describe('fuzzing the DCSA JSON reader', () => {
  it(`survives ${RUNS} mutated uploads with well-formed results`, () => {
    expect(seeds.length).toBeGreaterThanOrEqual(10);
    const rnd = random(0xdc5a_f022);
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const started = performance.now();
    let slowest = 0;
    let mapped = 0;
    let refused = 0;
    for (let run = 0; run < RUNS; run++) {
      const input = mutate(seeds[run % seeds.length] ?? new Uint8Array(), rnd);
      const t0 = performance.now();
      detectFormat(input, 'upload.json');
      const r = parseDcsaEvents(decoder.decode(input), `run-${run}`, {
        now: '2026-01-01T00:00:00Z',
      });
      slowest = Math.max(slowest, performance.now() - t0);
      const problems = malformed(r);
      if (problems.length > 0) expect({ run, problems }).toEqual({ run, problems: [] });
      const events = r.records.containerEvents.length + r.records.transportEvents.length;
      if (events > 0) mapped++;
      if (r.diagnostics.some((d) => d.severity === 'error')) refused++;
    }
    // The mutations reach both sides: inputs that still map and inputs refused with errors.
    expect(mapped).toBeGreaterThan(RUNS / 50);
    expect(refused).toBeGreaterThan(RUNS / 10);
    // Loose bounds: they catch a hang or a quadratic blow-up, not a slow machine.
    expect(slowest).toBeLessThan(2000);
    expect(performance.now() - started).toBeLessThan(60_000);
  });
});
