/**
 * The UN/LOCODE code list (data/unlocode.tsv.gz): every location code with its name,
 * subdivision, functions and coordinates. Lookups accept "BEANR", "BE ANR" or "beanr".
 */
import type { CountryCode } from '../core/identifiers/country-code.ts';
import type { UnLocode } from '../core/identifiers/un-locode.ts';
import { parseLocodeFunctions, type LocodeFunction } from './locode-function.ts';
import { readReferenceRows } from './reference-file.ts';

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

/** Parses one record lazily: the table keeps the fields and builds entries on first lookup. */
function toEntry(f: readonly string[]): LocodeEntry {
  const [code = '', name = '', subdivision = '', fn = '', lat = '', lon = ''] = f;
  const functions = parseLocodeFunctions(fn);
  return {
    code: code as UnLocode,
    country: code.slice(0, 2) as CountryCode,
    name,
    ...(subdivision ? { subdivision } : {}),
    functions,
    ...(lat && lon ? { coordinates: { lat: Number(lat), lon: Number(lon) } } : {}),
    isSeaport: fn.startsWith('1'),
  };
}

export function createLocodeTable(rows: readonly (readonly string[])[]): LocodeTable {
  const fields = new Map<string, readonly string[]>();
  for (const r of rows) fields.set(r[0] ?? '', r);
  const entries = new Map<string, LocodeEntry>();
  const get = (code: string): LocodeEntry | undefined => {
    const key = fields.has(code) ? code : normaliseLocode(code);
    let e = entries.get(key);
    if (e === undefined) {
      const f = fields.get(key);
      if (f === undefined) return undefined;
      e = toEntry(f);
      entries.set(key, e);
    }
    return e;
  };
  return {
    size: fields.size,
    has: (code) => fields.has(code) || fields.has(normaliseLocode(code)),
    get,
    *all() {
      for (const code of fields.keys()) yield get(code)!;
    },
  };
}

export function loadLocodeTable(dataDir?: URL): LocodeTable {
  return createLocodeTable(readReferenceRows('unlocode.tsv.gz', dataDir));
}
