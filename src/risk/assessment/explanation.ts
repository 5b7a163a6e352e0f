/**
 * Explanations in plain words: lookout hits first (holds before others), then fired rules by
 * weight with their reason texts, then the model's largest contributions, each rendered with the
 * feature's description and the container's value.
 */
import { featureSpec } from '../features/feature-schema.ts';
import type { LookoutHit } from '../features/history.ts';
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
        text: `Model: ${description} is ${value} (+${c.contribution.toFixed(2)})`,
      };
    });
}

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
  const held = lookouts.filter((h) => h.mandatoryHold);
  const others = lookouts.filter((h) => !h.mandatoryHold);
  const reasons: Reason[] = [
    ...[...held, ...others].map(lookoutReason),
    ...fired.map((r): Reason => ({ kind: 'rule', ref: r.id, text: `Rule ${r.id}: ${r.reason}` })),
    ...model,
  ].slice(0, Math.max(config.maxReasons, held.length));
  const head = `${band[0]!.toUpperCase()}${band.slice(1)} risk (${score.toFixed(2)})${hold ? ', mandatory hold' : ''}`;
  const text =
    reasons.length === 0
      ? `${head}: no rule, model signal or lookout stands out.`
      : `${head}: ${reasons.map((r) => r.text).join('; ')}.`;
  return scored ? { reasons, text, method: scored.method ?? 'tree-shap' } : { reasons, text };
}
