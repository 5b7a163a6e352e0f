/** Entity resolution of filed parties with known truth, scored (for `portcullis entity evaluate`). */
import type { Party } from '../../core/cargo/party.ts';
import {
  evaluateResolution as score,
  recordFromParty,
  resolveParties,
  type ResolutionQuality,
} from '../../intel/resolution/index.ts';

export type { ResolutionQuality };

export function evaluateResolution(
  parties: ReadonlyArray<{ readonly party: Party; readonly entityId: string }>,
): ResolutionQuality {
  const records = parties.map((t, i) => recordFromParty(`P${i}`, t.party));
  const truth = new Map(records.map((r, i) => [r.id, parties[i]?.entityId ?? '']));
  const { entities } = resolveParties(records);
  const predicted = new Map(entities.flatMap((e) => e.memberIds.map((m) => [m, e.id] as const)));
  return score(predicted, truth);
}
