/**
 * Entity resolution scored against the simulator: the parties of a simulated run (cover loads and
 * clones planted at 100 times the realistic rate, so there are many front-company aliases),
 * resolved, and compared with the entity behind each. Lives in the CLI layer because only delivery
 * layers may use the simulator.
 */
import { evaluateResolution, type ResolutionQuality } from '../../services/entities/resolution.ts';
import { generateDays, partyTruths, simConfig } from '../../sim/index.ts';

export function evaluateSimulatedResolution(
  seed: string,
  days: number,
  containersPerDay: number,
): ResolutionQuality {
  const config = simConfig({
    seed,
    days,
    containersPerDay,
    typologyRates: { 'cover-load': 0.01, 'cloned-container': 0.004 },
  });
  return evaluateResolution(partyTruths(generateDays(config)));
}
