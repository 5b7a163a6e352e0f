/**
 * Explanations in plain words: lookout hits first (holds before others), then fired rules by
 * weight with their reason texts, then the model's largest contributions, each rendered with the
 * feature's description and the container's value.
 */
import { featureSpec } from '../features/feature-schema.ts';
import type { LookoutHit } from '../features/history.ts';
import { fixedDecimals, smallFixedIndex } from '../rules/fixed-decimals.ts';
import { formatFeatureValue } from '../rules/reason-template.ts';
import type { FiredRule } from '../rules/rule-set-evaluator.ts';
import { RISK_BANDS, type AssessmentConfig, type RiskBand } from './assessment-config.ts';
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
  const head = lookoutReasonHead(hit.lookoutId, hit.ownerAgency, hit.mandatoryHold);
  return { kind: 'lookout', ref: hit.lookoutId, text: `${head}${reasonClause(hit.reason)}` };
}

/** The start of a lookout reason's text, before the lookout's own reason. */
export function lookoutReasonHead(lookoutId: string, owner: string, hold: boolean): string {
  return `Lookout ${lookoutId} of ${owner}${hold ? ' (mandatory hold)' : ''}: `;
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
    .map((c) =>
      modelReason(
        c.feature,
        modelReasonPrefix(c.feature),
        formatFeatureValue(valueOf(c.feature)),
        c.contribution,
      ),
    );
}

/** The start of a model reason on `feature`, the same for every container (one flat string:
 *  see headOf). */
export function modelReasonPrefix(feature: string): string {
  return ['Model: ', featureSpec(feature)?.description ?? feature, ' is '].join('');
}

export function modelReason(
  feature: string,
  prefix: string,
  value: string,
  contribution: number,
): Reason {
  return {
    kind: 'model',
    ref: feature,
    text: `${prefix}${value}${contributionWords(contribution)}`,
  };
}

/** " (+0.20)" per contribution in hundredths, made once (they are short: flat strings). */
const CONTRIBUTION_WORDS = new Array<string>(1_000).fill('');

function contributionWords(contribution: number): string {
  const n = smallFixedIndex(contribution, 2);
  if (n < 0) return ` (+${fixedDecimals(contribution, 2)})`;
  return CONTRIBUTION_WORDS[n] || (CONTRIBUTION_WORDS[n] = ` (+${fixedDecimals(contribution, 2)})`);
}

/** The text of a fired rule's reason, one flat string (see headOf). */
export function ruleReasonText(ruleId: string, reason: string): string {
  return ['Rule ', ruleId, ': ', reasonClause(reason)].join('');
}

/** The start of a rule reason's text, "Rule ID: ", as ruleReasonText writes it. */
export function ruleReasonHead(ruleId: string): string {
  return ['Rule ', ruleId, ': '].join('');
}

/**
 * A reason written as a sentence, as a clause of the explanation: reasons are joined with "; " and
 * the explanation ends with its own full stop, so a reason's final one would be doubled.
 */
export function reasonClause(reason: string): string {
  return reason.endsWith('.') ? reason.slice(0, -1) : reason;
}

/**
 * Lookout reasons in explanation order, into `reasons`: those demanding a hold (all of them,
 * whatever the limit), then others while there is room. Returns the number of reasons the
 * explanation may hold: maxReasons, or more when more lookouts demand a hold.
 */
export function pushLookoutReasons(
  reasons: Reason[],
  lookouts: readonly LookoutHit[],
  config: AssessmentConfig,
): number {
  for (const h of lookouts) if (h.mandatoryHold) reasons.push(lookoutReason(h));
  const limit = Math.max(config.maxReasons, reasons.length);
  for (const h of lookouts)
    if (!h.mandatoryHold && reasons.length < limit) reasons.push(lookoutReason(h));
  return limit;
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
  // Lookouts first, then rules and model reasons up to the limit. Plain loops: this runs for
  // every container.
  const reasons: Reason[] = [];
  const limit = pushLookoutReasons(reasons, lookouts, config);
  for (let i = 0; i < fired.length && reasons.length < limit; i++) {
    const r = fired[i]!;
    reasons.push({ kind: 'rule', ref: r.id, text: ruleReasonText(r.id, r.reason) });
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
  const head = headOf(band, score, hold);
  if (reasons.length === 0) return `${head}no rule, model signal or lookout stands out.`;
  let text = head + reasons[0]!.text;
  for (let i = 1; i < reasons.length; i++) text += `; ${reasons[i]!.text}`;
  return `${text}.`;
}

/**
 * "High risk (0.84), mandatory hold: " per band, hold and score in hundredths, made once as ONE
 * flat string (join, not +): a concatenated text is a tree of its pieces, copied piece by piece
 * when it is first read whole (stored, sent), at a cost per piece — the head would be six.
 */
const HEADS = Object.fromEntries(
  RISK_BANDS.map((band) => [band, [0, 1].map(() => new Array<string>(1_000).fill(''))]),
) as Record<RiskBand, string[][]>;

function headOf(band: RiskBand, score: number, hold: boolean): string {
  const n = smallFixedIndex(score, 2);
  if (n < 0) return headWords(band, score, hold);
  const heads = HEADS[band][hold ? 1 : 0]!;
  return heads[n] || (heads[n] = headWords(band, score, hold));
}

function headWords(band: RiskBand, score: number, hold: boolean): string {
  const after = hold ? '), mandatory hold: ' : '): ';
  return [BAND_WORDS[band], ' risk (', fixedDecimals(score, 2), after].join('');
}
