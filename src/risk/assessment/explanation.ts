/**
 * Explanations in plain words: lookout hits first (holds before others), then fired rules by
 * weight with their reason texts, then the model's largest contributions, each rendered with the
 * feature's description and the container's value.
 */
import { featureSpec } from '../features/feature-schema.ts';
import type { LookoutHit } from '../features/history.ts';
import { fixedDecimals } from '../rules/fixed-decimals.ts';
import { formatFeatureValue } from '../rules/reason-template.ts';
import type { FiredRule } from '../rules/rule-set-evaluator.ts';
import type { AssessmentConfig, RiskBand } from './assessment-config.ts';
import type { ContributionMethod, ModelScore } from './model-score.ts';

export const REASON_KINDS = ['lookout', 'rule', 'model'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export interface Reason {
  readonly kind: ReasonKind;
  /** Lookout id, rule id or feature name. */
  readonly ref: string;
  readonly text: string;
}

export interface Explanation {
  readonly reasons: readonly Reason[];
  readonly text: string;
  /** How the model's contributions were computed; absent without a model. */
  readonly method?: ContributionMethod;
}

export function lookoutReason(hit: LookoutHit): Reason {
  const hold = hit.mandatoryHold ? ' (mandatory hold)' : '';
  return {
    kind: 'lookout',
    ref: hit.lookoutId,
    text: `Lookout ${hit.lookoutId} of ${hit.ownerAgency}${hold}: ${hit.reason}`,
  };
}

export function modelReasons(
  model: ModelScore | undefined,
  valueOf: (feature: string) => unknown,
  config: AssessmentConfig,
): Reason[] {
  if (!model) return [];
  return model.contributions
    .filter((c) => c.contribution >= config.minContribution)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, config.maxReasons)
    .map((c) => {
      const description = featureSpec(c.feature)?.description ?? c.feature;
      const value = formatFeatureValue(valueOf(c.feature));
      return {
        kind: 'model',
        ref: c.feature,
        text: `Model: ${description} is ${value} (+${fixedDecimals(c.contribution, 2)})`,
      };
    });
}

const BAND_WORDS: Readonly<Record<RiskBand, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export function explain(
  band: RiskBand,
  score: number,
  hold: boolean,
  lookouts: readonly LookoutHit[],
  fired: readonly FiredRule[],
  model: Reason[],
  config: AssessmentConfig,
  scored?: ModelScore,
): Explanation {
  // Lookouts demanding a hold first (all of them, whatever the limit), then other lookouts,
  // rules and model reasons up to maxReasons. Plain loops: this runs for every container.
  const reasons: Reason[] = [];
  for (const h of lookouts) if (h.mandatoryHold) reasons.push(lookoutReason(h));
  const limit = Math.max(config.maxReasons, reasons.length);
  for (const h of lookouts)
    if (!h.mandatoryHold && reasons.length < limit) reasons.push(lookoutReason(h));
  for (let i = 0; i < fired.length && reasons.length < limit; i++) {
    const r = fired[i]!;
    reasons.push({ kind: 'rule', ref: r.id, text: `Rule ${r.id}: ${r.reason}` });
  }
  for (let i = 0; i < model.length && reasons.length < limit; i++) reasons.push(model[i]!);
  const text = explanationText(band, score, hold, reasons);
  return scored ? { reasons, text, method: scored.method ?? 'tree-shap' } : { reasons, text };
}

/** The sentence of an explanation: band, score, hold, then the reasons in order. */
export function explanationText(
  band: RiskBand,
  score: number,
  hold: boolean,
  reasons: readonly Reason[],
): string {
  const head = `${BAND_WORDS[band]} risk (${fixedDecimals(score, 2)})${hold ? ', mandatory hold' : ''}`;
  if (reasons.length === 0) return `${head}: no rule, model signal or lookout stands out.`;
  let text = `${head}: ${reasons[0]!.text}`;
  for (let i = 1; i < reasons.length; i++) text += `; ${reasons[i]!.text}`;
  return `${text}.`;
}
