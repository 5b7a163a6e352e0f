/**
 * ITU Maritime Identification Digits (data/mid.tsv): the three digits that open a ship's MMSI
 * and name the flag administration.
 */
import type { CountryCode } from '../core/identifiers/country-code.ts';
import { readReferenceRows } from './reference-file.ts';

export interface MidEntry {
  readonly mid: string;
  readonly flag: CountryCode;
  /** The administration as the ITU names it ("Portugal - Azores"). */
  readonly allocatedTo: string;
}

export interface MidTable {
  flagOf(mid: string): CountryCode | undefined;
  get(mid: string): MidEntry | undefined;
  all(): readonly MidEntry[];
}

export function createMidTable(rows: readonly (readonly string[])[]): MidTable {
  const all: MidEntry[] = rows
    .filter(([, flag]) => Boolean(flag))
    .map(([mid = '', flag = '', allocatedTo = '']) => ({
      mid,
      flag: flag as CountryCode,
      allocatedTo,
    }));
  const byMid = new Map(all.map((e) => [e.mid, e]));
  return {
    flagOf: (mid) => byMid.get(mid)?.flag,
    get: (mid) => byMid.get(mid),
    all: () => all,
  };
}

export function loadMidTable(dataDir?: URL): MidTable {
  return createMidTable(readReferenceRows('mid.tsv', dataDir));
}
