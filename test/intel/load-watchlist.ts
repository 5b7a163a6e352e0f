// Test and bench helper: the bundled OFAC SDN list, parsed, with country names from the
// bundled reference table, and the simulator's name parts for decoys.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import type { NameParts } from '../../src/intel/screening/evaluation/decoys.ts';
import { parseSdnCsv } from '../../src/intel/screening/parse-sdn-csv.ts';
import type { WatchlistEntry } from '../../src/intel/screening/watchlist-entry.ts';

const root = path.resolve(import.meta.dirname, '../..');

function countryNames(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(path.join(root, 'data/countries.tsv'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line === '') continue;
    const [alpha2, , , official, short] = line.split('\t');
    if (!alpha2) continue;
    for (const name of [official, short]) if (name) map.set(name.toUpperCase(), alpha2);
  }
  return map;
}

export function loadSdnEntries(): WatchlistEntry[] {
  const text = gunzipSync(
    readFileSync(path.join(root, 'data/watchlists/ofac-sdn-2024-05-03.csv.gz')),
  ).toString('utf8');
  return [...parseSdnCsv(text, { countryByName: countryNames() }).entries];
}

export function loadNameParts(): NameParts {
  return JSON.parse(readFileSync(path.join(root, 'data/sim/name-parts.json'), 'utf8')) as NameParts;
}
