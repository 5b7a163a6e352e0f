// Test and bench helper: the parties of a simulated run as entity-resolution records, with the
// simulator's truth (the real-world entity behind each). Cover loads and clones are planted far
// more often than in reality so that the run has many front-company aliases to find.
import { recordFromParty, type PartyRecord } from '../../src/intel/resolution/index.ts';
import { generateDays, partyTruths, simConfig } from '../../src/sim/index.ts';

export interface SimulatedParties {
  readonly records: readonly PartyRecord[];
  readonly truth: ReadonlyMap<string, string>;
  readonly fronts: number;
}

export function simulatedParties(
  seed: string,
  days = 5,
  containersPerDay = 3000,
): SimulatedParties {
  const config = simConfig({
    seed,
    days,
    containersPerDay,
    typologyRates: { 'cover-load': 0.01, 'cloned-container': 0.004 },
  });
  const truths = partyTruths(generateDays(config));
  const records = truths.map((t, i) => recordFromParty(`P${String(i).padStart(6, '0')}`, t.party));
  const truth = new Map(records.map((r, i) => [r.id, truths[i]?.entityId ?? '']));
  return { records, truth, fronts: truths.filter((t) => t.front).length };
}
