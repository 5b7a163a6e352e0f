/**
 * Evaluation of a piece of intelligence: how reliable its source is (A completely reliable, B
 * usually reliable, C fairly reliable, X cannot be judged) and how accurate the information is
 * (1 known true without reservation … 4 cannot be judged).
 */
export const SOURCE_RELIABILITIES = ['A', 'B', 'C', 'X'] as const;
export type SourceReliability = (typeof SOURCE_RELIABILITIES)[number];

export const INFORMATION_ACCURACIES = [1, 2, 3, 4] as const;
export type InformationAccuracy = (typeof INFORMATION_ACCURACIES)[number];

export interface Evaluation {
  readonly reliability: SourceReliability;
  readonly accuracy: InformationAccuracy;
}

/** "B2" style code used in analyst screens and in the STIX marking. */
export function evaluationCode(e: Evaluation): string {
  return `${e.reliability}${e.accuracy}`;
}
