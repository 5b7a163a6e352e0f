/**
 * Container vessels with real IMO numbers and names, from `data/sim/vessels.csv` (a trimmed copy of
 * public IMO ship lists, see data/README.md). Deep-sea services draw from the large ships, feeder
 * services from the small ones. Each ship is listed once: a ship listed twice would sail two
 * services at once, so the list is refused.
 */
import { readFileSync } from 'node:fs';
import { simDataPath } from './sim-data-path.ts';

export interface SimVessel {
  readonly imo: string;
  readonly name: string;
  readonly grossTonnage: number;
  readonly yearBuilt: number;
  readonly flag: string;
}

/** Ships of at least this gross tonnage run deep-sea services; smaller ones feed. */
export const DEEP_SEA_MIN_GT = 60_000;

let cached: readonly SimVessel[] | undefined;

export function loadVessels(): readonly SimVessel[] {
  cached ??= parseVessels(readFileSync(simDataPath('vessels.csv'), 'utf8'));
  return cached;
}

export function parseVessels(text: string): readonly SimVessel[] {
  const vessels = text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [imo = '', name = '', gt = '0', year = '0', flag = ''] = line.split(',');
      return { imo, name, grossTonnage: Number(gt), yearBuilt: Number(year), flag };
    });
  const seen = new Set<string>();
  for (const v of vessels) {
    if (seen.has(v.imo)) throw new Error(`The simulator's vessel list names IMO ${v.imo} twice.`);
    seen.add(v.imo);
  }
  return vessels;
}
