/**
 * The OFAC SDN list bundled in data/watchlists (see data/README.md for its provenance), parsed
 * once per process, with country names mapped to ISO codes from the bundled country table.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseSdnCsv } from '../../intel/screening/parse-sdn-csv.ts';
import type { WatchlistEntry } from '../../intel/screening/watchlist-entry.ts';

const DATA = new URL('../../../data/', import.meta.url);
export const BUNDLED_SDN_FILE = 'watchlists/ofac-sdn-2024-05-03.csv.gz';

let countries: Map<string, string> | undefined;
let bundled: WatchlistEntry[] | undefined;

/** Country names as OFAC writes them (upper case) to ISO 3166-1 alpha-2. */
export function countryNames(): Map<string, string> {
  if (countries) return countries;
  countries = new Map();
  for (const line of readFileSync(new URL('countries.tsv', DATA), 'utf8').split('\n')) {
    if (line.startsWith('#') || line === '') continue;
    const [alpha2, , , official, short] = line.split('\t');
    if (!alpha2) continue;
    for (const name of [official, short]) if (name) countries.set(name.toUpperCase(), alpha2);
  }
  return countries;
}

/** The SDN list as published in an OFAC `sdn.csv` file (plain or gzip). */
export function parseOfacFile(bytes: Uint8Array, source: string) {
  const gz = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = Buffer.from(gz ? gunzipSync(bytes) : bytes).toString('utf8');
  return parseSdnCsv(text, { source, countryByName: countryNames() });
}

export function bundledSdnEntries(): WatchlistEntry[] {
  bundled ??= [
    ...parseOfacFile(readFileSync(new URL(BUNDLED_SDN_FILE, DATA)), BUNDLED_SDN_FILE).entries,
  ];
  return bundled;
}
