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

const RUNS = 10_000;
const fixtures = path.resolve(import.meta.dirname, '../fixtures/dcsa');
const seeds: readonly Uint8Array[] = ['tnt', 'other'].flatMap((dir) =>
  readdirSync(path.join(fixtures, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => new Uint8Array(readFileSync(path.join(fixtures, dir, f)))),
);

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rnd: () => number, n: number): number => Math.floor(rnd() * n);
const JSON_BYTES = [...'{}[]":,\\ 0-.eEtfn'].map((c) => c.charCodeAt(0));

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

type ByteMutation = (b: Uint8Array, rnd: () => number) => Uint8Array;
const BYTE_MUTATIONS: readonly ByteMutation[] = [
  (b, r) => {
    const c = b.slice();
    const i = pick(r, c.length);
    c[i] = (c[i] ?? 0) ^ (1 << pick(r, 8));
    return c;
  },
  (b, r) => {
    const i = pick(r, b.length);
    return concat(b.subarray(0, i), b.subarray(i + 1 + pick(r, 40)));
  },
  (b, r) => {
    const i = pick(r, b.length);
    const j = Math.min(b.length, i + 1 + pick(r, 200));
    return concat(b.subarray(0, j), b.subarray(i, j), b.subarray(j));
  },
  (b, r) => b.subarray(0, pick(r, b.length)),
  (b, r) => {
    const i = pick(r, b.length);
    const bytes = Uint8Array.from({ length: 1 + pick(r, 8) }, () =>
      r() < 0.5 ? (JSON_BYTES[pick(r, JSON_BYTES.length)] ?? 32) : pick(r, 256),
    );
    return concat(b.subarray(0, i), bytes, b.subarray(i));
  },
];

/** Values that are wrong in type, format or code list, or right, for a field of an event. */
const REPLACEMENTS: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  '',
  'X',
  'LOAD',
  'DISC',
  'ARRI',
  'ACT',
  'PLN',
  'EST',
  'EQUIPMENT',
  'TRANSPORT',
  'LADEN',
  'EMPTY',
  'APZU4812090',
  'APZU4812091',
  '9321483',
  '7654321',
  'NLRTM',
  'XXXXX',
  '2021-01-09T14:12:56+01:00',
  '2021-13-40T25:61:61Z',
  '2099-01-01T00:00:00Z',
  [],
  {},
  [{}],
  { UNLocationCode: 'DEHAM' },
];

/** The containers (objects and arrays) of a document, to pick one to edit. */
function containersOf(value: unknown, out: (Record<string, unknown> | unknown[])[] = []) {
  if (Array.isArray(value)) {
    out.push(value);
    value.forEach((v) => containersOf(v, out));
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    out.push(record);
    Object.values(record).forEach((v) => containersOf(v, out));
  }
  return out;
}

function mutateDocument(bytes: Uint8Array, rnd: () => number): Uint8Array {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return bytes;
  }
  for (let k = 1 + pick(rnd, 3); k > 0; k--) {
    const all = containersOf(doc);
    const target = all[pick(rnd, all.length)];
    if (target === undefined) break;
    const replacement = structuredClone(REPLACEMENTS[pick(rnd, REPLACEMENTS.length)]);
    if (Array.isArray(target)) {
      const i = pick(rnd, target.length + 1);
      if (rnd() < 0.5 && target.length > 0) target.push(structuredClone(target[i % target.length]));
      else target.splice(i, rnd() < 0.5 ? 1 : 0, replacement);
    } else {
      const keys = Object.keys(target);
      const key = keys[pick(rnd, keys.length)];
      if (key === undefined) target['eventType'] = replacement;
      else if (rnd() < 0.3) delete target[key];
      else target[key] = replacement;
    }
  }
  return new TextEncoder().encode(JSON.stringify(doc));
}

function mutate(seed: Uint8Array, rnd: () => number): Uint8Array {
  if (rnd() < 0.5) return mutateDocument(seed, rnd);
  let b = seed;
  for (let k = 1 + pick(rnd, 3); k > 0 && b.length > 0; k--)
    b = (BYTE_MUTATIONS[pick(rnd, BYTE_MUTATIONS.length)] ?? BYTE_MUTATIONS[0]!)(b, rnd);
  return b;
}

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
