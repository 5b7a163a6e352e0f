// Identifier validations per second: Portcullis' parsers (full ISO 6346 / IMO check digits,
// UN/LOCODE format + existence in the bundled list) against named peers measured in the same run:
// a straightforward check-digit implementation as a reader of the standard would write it, and a
// regex-only format check (less work: no check digit, no existence).
import {
  containerCheckDigit,
  parseContainerNumber,
} from '../src/core/identifiers/container-number.ts';
import { imoCheckDigit, parseImoNumber } from '../src/core/identifiers/imo-number.ts';
import { parseUnLocode } from '../src/core/identifiers/un-locode.ts';
import { getReferenceData } from '../src/reference/index.ts';

export const title = 'Identifier validation throughput';

const N = 200_000;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Deterministic pseudo-random numbers (mulberry32), so every run sees the same inputs. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Peer: ISO 6346 as written in the standard, with the letter table built by string search. */
function naiveContainerValid(raw: string): boolean {
  const s = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{3}[UJZ]\d{7}$/.test(s)) return false;
  const values: number[] = [];
  for (let v = 10; values.length < 26; v++) if (v % 11 !== 0) values.push(v);
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const c = s.charAt(i);
    const n = ALPHABET.includes(c) ? values[ALPHABET.indexOf(c)]! : Number(c);
    sum += n * Math.pow(2, i);
  }
  return (sum % 11) % 10 === Number(s.charAt(10));
}

function naiveImoValid(raw: string): boolean {
  const s = raw
    .trim()
    .toUpperCase()
    .replace(/^IMO\s*/, '');
  if (!/^\d{7}$/.test(s)) return false;
  const digits = s.split('').map(Number);
  const sum = digits.slice(0, 6).reduce((acc, d, i) => acc + d * (7 - i), 0);
  return sum % 10 === digits[6];
}

/** 95 % valid numbers (as in real filings), 5 % with a wrong check digit. */
function containerInputs(rnd: () => number): string[] {
  return Array.from({ length: N }, (_, i) => {
    let s = '';
    for (let k = 0; k < 3; k++) s += ALPHABET[Math.floor(rnd() * 26)];
    s += 'U';
    for (let k = 0; k < 6; k++) s += Math.floor(rnd() * 10);
    const check = containerCheckDigit(s);
    return s + (i % 20 === 0 ? (check + 1) % 10 : check);
  });
}

/** 95 % valid IMO numbers, 5 % with a wrong check digit. */
function imoInputs(rnd: () => number): string[] {
  return Array.from({ length: N }, (_, i) => {
    const first6 = String(100_000 + Math.floor(rnd() * 899_999));
    const check = imoCheckDigit(first6);
    return first6 + (i % 20 === 0 ? (check + 1) % 10 : check);
  });
}

/** Operations per second of `f` over `inputs`: best of 5 passes after a warm-up pass. */
function throughput(inputs: readonly string[], f: (s: string) => unknown): number {
  let sink = 0;
  let best = Infinity;
  for (let pass = 0; pass < 6; pass++) {
    const t0 = performance.now();
    for (const s of inputs) if (f(s)) sink++;
    const ms = performance.now() - t0;
    if (pass > 0) best = Math.min(best, ms);
  }
  if (sink < 0) console.log(sink);
  return (inputs.length / best) * 1000;
}

function report(label: string, ours: number, peers: readonly [string, number][]): void {
  const fmt = (x: number) => `${(x / 1e6).toFixed(2)} M/s`;
  console.log(`${label}: Portcullis ${fmt(ours)}`);
  for (const [name, rate] of peers)
    console.log(`  vs ${name} ${fmt(rate)}: ratio ${(ours / rate).toFixed(2)}×`);
}

export async function run(): Promise<void> {
  const rnd = random(6346);
  const containers = containerInputs(rnd);
  report(
    'container number (ISO 6346, check digit)',
    throughput(containers, (s) => parseContainerNumber(s).ok),
    [
      ['naive check-digit implementation', throughput(containers, naiveContainerValid)],
      [
        'regex-only format check (no check digit)',
        throughput(containers, (s) => /^[A-Z]{3}[UJZ]\d{7}$/.test(s)),
      ],
    ],
  );

  const imos = imoInputs(rnd);
  report(
    'IMO number (check digit)',
    throughput(imos, (s) => parseImoNumber(s).ok),
    [
      ['naive split/map/reduce implementation', throughput(imos, naiveImoValid)],
      ['regex-only format check', throughput(imos, (s) => /^\d{7}$/.test(s))],
    ],
  );

  const locodes = getReferenceData().locodes;
  const real = [...locodes.all()].map((e) => e.code as string);
  const codes = Array.from({ length: N }, (_, i) =>
    i % 10 === 0
      ? `ZZ${ALPHABET[i % 26]}Q${ALPHABET[(i >> 3) % 26]}`
      : real[Math.floor(rnd() * real.length)]!,
  );
  const plainSet = new Set(real);
  report(
    'UN/LOCODE (format + existence, table loaded)',
    throughput(codes, (s) => parseUnLocode(s, (c) => locodes.has(c)).ok),
    [
      [
        'regex + plain Set of the same codes',
        throughput(codes, (s) => /^[A-Z]{2}[A-Z2-9]{3}$/.test(s) && plainSet.has(s)),
      ],
      [
        'the same parser over a plain Set (isolates the table)',
        throughput(codes, (s) => parseUnLocode(s, (c) => plainSet.has(c)).ok),
      ],
    ],
  );
  await Promise.resolve();
}
