/**
 * Scan and inspection outcomes, so the targeting feedback loop can be exercised on simulated
 * traffic: a scanner with a sensitivity per concealment method and one specificity, and a
 * physical inspection that finds what is there with a probability per concealment method. Pure:
 * the caller passes the random stream (fork it per container for reproducible outcomes).
 */
import type { CaseTruth } from './ground-truth.ts';
import type { Rng } from './random.ts';
import type { Concealment } from './typologies/typology.ts';

export interface OutcomeModel {
  /** P(anomaly | drugs present), per concealment method. */
  readonly scanSensitivity: Readonly<Record<Concealment, number>>;
  /** P(clear | nothing present). */
  readonly scanSpecificity: number;
  /** P(found | drugs present and inspected), per concealment method. */
  readonly inspectionFindRate: Readonly<Record<Concealment, number>>;
}

export const DEFAULT_OUTCOME_MODEL: OutcomeModel = {
  scanSensitivity: {
    'door-bags': 0.95,
    'in-cargo': 0.8,
    'reefer-machinery': 0.6,
    'container-structure': 0.55,
  },
  scanSpecificity: 0.96,
  inspectionFindRate: {
    'door-bags': 0.98,
    'in-cargo': 0.9,
    'reefer-machinery': 0.75,
    'container-structure': 0.7,
  },
};

export const SCAN_VERDICTS = ['clear', 'anomaly'] as const;
export type ScanVerdict = (typeof SCAN_VERDICTS)[number];

export interface ScanOutcome {
  readonly containerNumber: string;
  readonly verdict: ScanVerdict;
  /** Whether the verdict matches the ground truth. */
  readonly correct: boolean;
}

export interface InspectionOutcome {
  readonly containerNumber: string;
  readonly found: boolean;
  readonly substance?: CaseTruth['substance'];
  readonly kg?: number;
  readonly concealment?: Concealment;
}

export function simulateScan(
  containerNumber: string,
  truth: CaseTruth | undefined,
  rng: Rng,
  model: OutcomeModel = DEFAULT_OUTCOME_MODEL,
): ScanOutcome {
  const draw = rng.next();
  if (truth === undefined) {
    const verdict: ScanVerdict = draw < model.scanSpecificity ? 'clear' : 'anomaly';
    return { containerNumber, verdict, correct: verdict === 'clear' };
  }
  const verdict: ScanVerdict =
    draw < model.scanSensitivity[truth.concealment] ? 'anomaly' : 'clear';
  return { containerNumber, verdict, correct: verdict === 'anomaly' };
}

export function simulateInspection(
  containerNumber: string,
  truth: CaseTruth | undefined,
  rng: Rng,
  model: OutcomeModel = DEFAULT_OUTCOME_MODEL,
): InspectionOutcome {
  const draw = rng.next();
  if (truth === undefined || draw >= model.inspectionFindRate[truth.concealment]) {
    return { containerNumber, found: false };
  }
  return {
    containerNumber,
    found: true,
    substance: truth.substance,
    kg: truth.kg,
    concealment: truth.concealment,
  };
}
