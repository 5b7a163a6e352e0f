/** ISO 3166-1 countries (data/countries.tsv): alpha-2, alpha-3, numeric code and English name. */
import type { CountryCode } from '../core/identifiers/country-code.ts';
import { readReferenceRows } from './reference-file.ts';

export interface Country {
  readonly alpha2: CountryCode;
  readonly alpha3: string;
  /** Three digits, zero-padded ("056" for Belgium). */
  readonly numeric: string;
  /** The English official name ("United States of America"). */
  readonly name: string;
  /** The common short name ("US"), where the source gives one. */
  readonly shortName: string;
}

export interface CountryTable {
  has(alpha2: string): boolean;
  get(alpha2: string): Country | undefined;
  byAlpha3(alpha3: string): Country | undefined;
  byNumeric(numeric: string): Country | undefined;
  all(): readonly Country[];
}

function toCountry(f: readonly string[]): Country {
  const [alpha2 = '', alpha3 = '', numeric = '', name = '', shortName = ''] = f;
  return { alpha2: alpha2 as CountryCode, alpha3, numeric, name, shortName: shortName || name };
}

export function createCountryTable(rows: readonly (readonly string[])[]): CountryTable {
  const all = rows.map(toCountry);
  const byAlpha2 = new Map(all.map((c) => [c.alpha2 as string, c]));
  const byAlpha3 = new Map(all.map((c) => [c.alpha3, c]));
  const byNumeric = new Map(all.map((c) => [c.numeric, c]));
  const up = (s: string) => s.trim().toUpperCase();
  return {
    has: (cc) => byAlpha2.has(cc) || byAlpha2.has(up(cc)),
    get: (cc) => byAlpha2.get(cc) ?? byAlpha2.get(up(cc)),
    byAlpha3: (a3) => byAlpha3.get(up(a3)),
    byNumeric: (n) => byNumeric.get(n.trim().padStart(3, '0')),
    all: () => all,
  };
}

export function loadCountryTable(dataDir?: URL): CountryTable {
  return createCountryTable(readReferenceRows('countries.tsv', dataDir));
}
