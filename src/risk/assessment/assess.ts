/**
 * Assessment of one container: rule score, model score and lookout hits combined as independent
 * evidence (1 − Π(1 − evidence)) into a score in 0..1, its band, a mandatory hold when a lookout
 * demands one, and an explanation, stamped with every version needed to reproduce it. Pure.
 */
import type { FeatureVector } from '../features/feature-vector.ts';
import type { LookoutHit } from '../features/history.ts';
import type { RuleEvaluation } from '../rules/rule-set-evaluator.ts';
import {
  bandOf,
  DEFAULT_ASSESSMENT_CONFIG,
  type AssessmentConfig,
  type RiskBand,
} from './assessment-config.ts';
import { explain, modelReasons, type Explanation } from './explanation.ts';
import type { ModelScore } from './model-score.ts';

export interface AssessmentInput {
  readonly features: FeatureVector;
  readonly rules: RuleEvaluation;
  readonly model?: ModelScore;
  /** Lookout hits of the consignment; those on other containers are ignored. */
  readonly lookoutHits?: readonly LookoutHit[];
  readonly config?: AssessmentConfig;
}

export interface Assessment {
  readonly billNumber: string;
  readonly containerNumber: string | undefined;
  readonly score: number;
  readonly band: RiskBand;
  readonly mandatoryHold: boolean;
  /** Lookouts that demand the hold. */
  readonly heldBy: readonly string[];
  readonly components: {
    readonly rules: number;
    readonly model: number | undefined;
    readonly lookouts: number;
  };
  readonly firedRules: readonly string[];
  readonly explanation: Explanation;
  readonly versions: {
    readonly ruleSet: string;
    readonly model: string | undefined;
    readonly config: AssessmentConfig;
  };
}

export function assess(input: AssessmentInput): Assessment {
  const values = input.features.values as Readonly<Record<string, unknown>>;
  return assessSubject({ ...input, valueOf: (feature) => values[feature] });
}

/** What assessment needs of the container: its keys and a way to read a feature's value. */
export interface AssessedSubject extends Omit<AssessmentInput, 'features'> {
  readonly features: Pick<FeatureVector, 'billNumber' | 'containerNumber'>;
  readonly valueOf: (feature: string) => unknown;
}

/** assess() over any feature source (a record or a feature row). */
export function assessSubject(input: AssessedSubject): Assessment {
  const config = input.config ?? DEFAULT_ASSESSMENT_CONFIG;
  const fv = input.features;
  const hits = hitsOf(input.lookoutHits, fv.containerNumber);
  const e = combineEvidence(input.rules.score, input.model?.score, hits, config);
  const { score, band, hold } = e;
  const model = modelReasons(input.model, input.valueOf, config);
  return {
    billNumber: fv.billNumber,
    containerNumber: fv.containerNumber,
    score,
    band,
    mandatoryHold: hold,
    heldBy: e.heldBy,
    components: { rules: input.rules.score, model: input.model?.score, lookouts: e.lookouts },
    firedRules: input.rules.fired.length === 0 ? NONE : input.rules.fired.map((r) => r.id),
    explanation: explain(band, score, hold, hits, input.rules.fired, model, config, input.model),
    versions: {
      ruleSet: `${input.rules.ruleSetId}@${input.rules.ruleSetVersion}`,
      model: input.model?.modelVersion,
      config,
    },
  };
}

export interface CombinedEvidence {
  readonly score: number;
  readonly band: RiskBand;
  readonly hold: boolean;
  /** Lookouts that demand the hold. */
  readonly heldBy: readonly string[];
  /** The lookouts' evidence. */
  readonly lookouts: number;
}

/** Rule score, model score and lookout hits (on this container) into score, band and hold. */
export function combineEvidence(
  rules: number,
  model: number | undefined,
  hits: readonly LookoutHit[],
  config: AssessmentConfig,
): CombinedEvidence {
  const heldBy =
    hits.length === 0 ? NONE : hits.filter((h) => h.mandatoryHold).map((h) => h.lookoutId);
  const hold = heldBy.length > 0;
  const lookouts = hits.length > 0 ? config.lookoutWeight : 0;
  const modelEvidence = model !== undefined ? clamp01(model) * config.modelWeight : 0;
  const combined = 1 - (1 - rules) * (1 - modelEvidence) * (1 - lookouts);
  const score = hold ? Math.max(combined, config.highAt) : combined;
  const band = hold ? 'high' : bandOf(score, config);
  return { score, band, hold, heldBy, lookouts };
}

/** The empty list, shared (assessments are read-only). */
export const NONE: readonly string[] = Object.freeze([]);
const NO_HITS: readonly LookoutHit[] = Object.freeze([]);

/** The hits on this container or on the whole consignment. */
export function hitsOf(all: readonly LookoutHit[] | undefined, container: string | undefined) {
  if (all === undefined || all.length === 0) return NO_HITS;
  return all.filter((h) => h.containerNumber === undefined || h.containerNumber === container);
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
