/**
 * What the scan planner works on: assessed containers of one vessel call, terminal and shift,
 * and what it returns for each selected one — why it was chosen and with what probability.
 */
export const SELECTION_REASONS = ['hold', 'targeted', 'control', 'manual'] as const;
export type SelectionReason = (typeof SELECTION_REASONS)[number];

export interface ScanCandidate {
  readonly containerNumber: string;
  readonly billNumber: string;
  /** Assessed risk score in 0..1. */
  readonly score: number;
  /** Expected value of scanning it; the score when no other value is known. */
  readonly expectedValue?: number;
  readonly mandatoryHold: boolean;
  readonly assessmentId?: string;
}

export interface ScanSelection {
  readonly containerNumber: string;
  readonly billNumber: string;
  readonly score: number;
  readonly reason: SelectionReason;
  /** Probability with which the plan selects this container, in (0, 1]. */
  readonly propensity: number;
  readonly assessmentId?: string;
}

export function isSelectionReason(value: string): value is SelectionReason {
  return (SELECTION_REASONS as readonly string[]).includes(value);
}
