/**
 * Recall and precision of a screening function on a labelled set. A variant is found when its
 * entry is among the hits; a query with hits counts as a true alert only when its entry is
 * among them (so a decoy with any hit, or a variant hitting only other entries, is a false one).
 */
import type { LabelledName } from './labelled-set.ts';

export interface ScreeningQuality {
  readonly recall: number;
  readonly precision: number;
  readonly variants: number;
  readonly decoys: number;
  readonly missed: readonly LabelledName[];
  readonly falseAlerts: readonly LabelledName[];
}

export function screeningQuality(
  set: readonly LabelledName[],
  screen: (item: LabelledName) => readonly string[],
): ScreeningQuality {
  let found = 0;
  let alerts = 0;
  let trueAlerts = 0;
  const missed: LabelledName[] = [];
  const falseAlerts: LabelledName[] = [];
  for (const item of set) {
    const ids = screen(item);
    const hit = item.expected !== undefined && ids.includes(item.expected);
    if (hit) found++;
    else if (item.expected !== undefined) missed.push(item);
    if (ids.length > 0) {
      alerts++;
      if (hit) trueAlerts++;
      else falseAlerts.push(item);
    }
  }
  const variants = set.filter((i) => i.expected !== undefined).length;
  return {
    recall: found / Math.max(1, variants),
    precision: trueAlerts / Math.max(1, alerts),
    variants,
    decoys: set.length - variants,
    missed,
    falseAlerts,
  };
}
