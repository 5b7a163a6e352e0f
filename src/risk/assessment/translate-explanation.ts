/**
 * An explanation in French or Dutch, from the English one stored (or recomputed) and the
 * container's features. A reason is translated only when its English text is recognised piece
 * by piece: a rule reason is "Rule ID: " and the words of that rule's English template over the
 * features, reworded by the rule's translated template (the head alone when the rule has no
 * translation or words it otherwise); a model reason is the feature's description, its value and
 * the contribution; a lookout reason its head, the lookout's own reason kept as its owner wrote
 * it. Anything else stays as stored.
 */
import { fixedDecimals } from '../rules/fixed-decimals.ts';
import { formatFeatureValue, type ReasonTemplate } from '../rules/reason-template.ts';
import type { FeatureRecord } from '../rules/evaluate-condition.ts';
import type { RiskBand } from './assessment-config.ts';
import {
  lookoutReasonHead,
  modelReasonPrefix,
  reasonClause,
  ruleReasonHead,
  type Reason,
} from './explanation.ts';
import type { ExplanationWords } from './explanation-words.ts';

/** The reason templates of the rule-set version an explanation names, by rule id. */
export interface RuleReasonsIn {
  /** The English template: what the stored reason was worded by. */
  readonly english: ReadonlyMap<string, ReasonTemplate>;
  /** The template in the language, for the rules translated into it. */
  readonly translated: ReadonlyMap<string, ReasonTemplate>;
}

const CONTRIBUTION = /^\d+(\.\d+)?$/;

export function translateReasons(
  reasons: readonly Reason[],
  values: FeatureRecord,
  rules: RuleReasonsIn,
  words: ExplanationWords,
): Reason[] {
  return reasons.map((r) => ({
    kind: r.kind,
    ref: r.ref,
    text: reasonText(r, values, rules, words),
  }));
}

function reasonText(
  r: Reason,
  values: FeatureRecord,
  rules: RuleReasonsIn,
  words: ExplanationWords,
): string {
  switch (r.kind) {
    case 'rule':
      return ruleText(r, values, rules, words);
    case 'model':
      return modelText(r, values, words);
    case 'lookout':
      return lookoutText(r, words);
    default:
      return r.text; // a kind this version does not know, from an older row
  }
}

function ruleText(r: Reason, values: FeatureRecord, rules: RuleReasonsIn, words: ExplanationWords) {
  const head = ruleReasonHead(r.ref);
  if (!r.text.startsWith(head)) return r.text;
  const clause = r.text.slice(head.length);
  const english = rules.english.get(r.ref);
  const translated = rules.translated.get(r.ref);
  const same = english !== undefined && reasonClause(english(values)) === clause;
  return words.rule(r.ref) + (same && translated ? reasonClause(translated(values)) : clause);
}

function modelText(r: Reason, values: FeatureRecord, words: ExplanationWords) {
  if (!Object.hasOwn(words.features, r.ref)) return r.text;
  const description = words.features[r.ref as keyof ExplanationWords['features']];
  const head = `${modelReasonPrefix(r.ref)}${formatFeatureValue(values[r.ref])} (+`;
  if (!r.text.startsWith(head) || !r.text.endsWith(')')) return r.text;
  const contribution = r.text.slice(head.length, -1);
  if (!CONTRIBUTION.test(contribution)) return r.text;
  const value = formatFeatureValue(values[r.ref], words.values);
  return `${words.model(description)}${value} (+${decimals(contribution, words)})`;
}

function lookoutText(r: Reason, words: ExplanationWords) {
  const start = `Lookout ${r.ref} of `;
  const end = r.text.indexOf(': ', start.length);
  if (!r.text.startsWith(start) || end < 0) return r.text;
  const named = r.text.slice(start.length, end);
  const hold = named.endsWith(' (mandatory hold)');
  const owner = hold ? named.slice(0, -' (mandatory hold)'.length) : named;
  const head = lookoutReasonHead(r.ref, owner, hold);
  if (!r.text.startsWith(head)) return r.text;
  return words.lookout(r.ref, owner, hold) + r.text.slice(head.length);
}

/** The sentence of an explanation in the language: band, score, hold, then the reasons. */
export function translatedSentence(
  band: RiskBand,
  score: number,
  hold: boolean,
  reasons: readonly Reason[],
  rulesOnly: boolean,
  words: ExplanationWords,
): string {
  const head = words.head(band, decimals(fixedDecimals(score, 2), words), hold);
  const body =
    reasons.length === 0
      ? words.nothingStandsOut
      : `${reasons.map((r) => r.text).join(words.separator)}.`;
  return `${head}${body}${rulesOnly ? words.rulesOnly : ''}`;
}

function decimals(text: string, words: ExplanationWords): string {
  return text.replace('.', words.values.decimal);
}
