/**
 * The UN/LOCODE code list (data/unlocode.tsv.gz): every location code with its name,
 * subdivision, functions and coordinates. Lookups accept "BEANR", "BE ANR" or "beanr".
 */
import type { CountryCode } from '../core/identifiers/country-code.ts';
import type { UnLocode } from '../core/identifiers/un-locode.ts';
import { parseLocodeFunctions, type LocodeFunction } from './locode-function.ts';
import { readReferenceText } from './reference-file.ts';

export interface Coordinates {
  readonly lat: number;
  readonly lon: number;
}

export interface LocodeEntry {
  readonly code: UnLocode;
  readonly country: CountryCode;
  readonly name: string;
  readonly subdivision?: string;
  readonly functions: readonly LocodeFunction[];
  readonly coordinates?: Coordinates;
  /** Function position 1 is "1": a sea (maritime) port. */
  readonly isSeaport: boolean;
}

export interface LocodeTable {
  readonly size: number;
  has(code: string): boolean;
  get(code: string): LocodeEntry | undefined;
  all(): Iterable<LocodeEntry>;
}

export function normaliseLocode(code: string): string {
  return code.replace(/\s/g, '').toUpperCase();
}

type Draft = { -readonly [K in keyof LocodeEntry]: LocodeEntry[K] };

function toEntry(line: string): LocodeEntry {
  const [code = '', name = '', subdivision = '', fn = '', lat = '', lon = ''] = line.split('\t');
  const e: Draft = {
    code: code as UnLocode,
    country: code.slice(0, 2) as CountryCode,
    name,
    functions: parseLocodeFunctions(fn),
    isSeaport: fn.startsWith('1'),
  };
  if (subdivision) e.subdivision = subdivision;
  if (lat && lon) e.coordinates = { lat: Number(lat), lon: Number(lon) };
  return e;
}

/** Index of the line for `code` in lines sorted by code, or -1. */
function find(lines: readonly string[], code: string): number {
  if (code.length !== 5) return -1;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const line = lines[mid] ?? '';
    // Every line starts with its 5-character code and a tab, so this compares codes.
    if (line.startsWith(code) && line.charCodeAt(5) === 9) return mid;
    if (line < code) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/**
 * The table over the text of data/unlocode.tsv.gz (lines sorted by code). Loading only splits
 * lines: lookups binary-search them, and entries are built and cached on first use, which keeps
 * a cold start (one CLI check) short while a warm lookup stays well under a microsecond.
 */
export function createLocodeTable(text: string): LocodeTable {
  const lines = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const entries = new Map<string, LocodeEntry>();
  // Codes already found: a manifest names the same few ports over and over.
  const known = new Set<string>();
  const get = (raw: string): LocodeEntry | undefined => {
    const cached = entries.get(raw);
    if (cached) return cached;
    const code = normaliseLocode(raw);
    const i = find(lines, code);
    if (i < 0) return undefined;
    const e = toEntry(lines[i] ?? '');
    entries.set(code, e);
    return e;
  };
  return {
    size: lines.length,
    has: (code) => {
      if (known.has(code)) return true;
      const found = find(lines, normaliseLocode(code)) >= 0;
      if (found) known.add(code);
      return found;
    },
    get,
    *all() {
      for (const line of lines) yield get(line.slice(0, 5))!;
    },
  };
}

export function loadLocodeTable(dataDir?: URL): LocodeTable {
  return createLocodeTable(readReferenceText('unlocode.tsv.gz', dataDir));
}
