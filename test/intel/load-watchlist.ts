// Test and bench helper: the bundled OFAC SDN list, parsed, and the simulator's name parts for
// decoys.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NameParts } from '../../src/intel/screening/evaluation/decoys.ts';
import type { WatchlistEntry } from '../../src/intel/screening/watchlist-entry.ts';
import { bundledSdnEntries } from '../../src/services/entities/bundled-watchlist.ts';

const root = path.resolve(import.meta.dirname, '../..');

export function loadSdnEntries(): WatchlistEntry[] {
  return bundledSdnEntries();
}

export function loadNameParts(): NameParts {
  return JSON.parse(readFileSync(path.join(root, 'data/sim/name-parts.json'), 'utf8')) as NameParts;
}
