/**
 * The explanation as stored with each assessment, in its compact text (`e2|…`, compact-text.ts):
 * band thresholds, components, rules-only flag, method, fired rules, holds, then the reasons as
 * references rendered to words on read. A rule reason is the index of its rule among the fired
 * ones (`r0`), worded by the rule's reason template of the stored rule-set version over the
 * stored features; a model reason is its feature's index and the contribution as the sentence
 * shows it (`m12:0.15`). A reason is written that way only when rendering it gives exactly the
 * text scoring wrote; any other (lookouts, or a template that would word it differently) is
 * written in full. Explanations stored as JSON objects still read as they are.
 */
import {
  modelReasonPrefix,
  ruleReasonHead,
  ruleReasonText,
  type Reason,
} from '../../risk/assessment/explanation.ts';
import { FEATURES } from '../../risk/features/feature-schema.ts';
import { formatFeatureValue } from '../../risk/rules/reason-template.ts';
import type { FeatureRecord } from '../../risk/rules/evaluate-condition.ts';
import {
  escapedText,
  FIELD,
  isEscaped,
  ITEM,
  listOf,
  listText,
  numberText,
  stringOf,
  stringText,
  unescapedValue,
} from './compact-text.ts';
import type { StoredExplanation } from './stored-explanation.ts';

export const EXPLANATION_FORMAT = 'e2';

/** A rule's reason worded for one container's features, by rule id. */
export type ReasonTemplates = ReadonlyMap<string, (values: FeatureRecord) => string>;

const FEATURE_INDEX = new Map<string, number>(FEATURES.map((f, i) => [f.name, i]));
const CONTRIBUTION = /^\d+(\.\d+)?$/;
/** The words ruleReasonText (explanation.ts) writes before and after a rule's id. */
const [RULE, RULE_SEPARATOR] = ruleReasonHead('\u0000').split('\u0000') as [string, string];

export function packExplanation(
  e: StoredExplanation,
  values: FeatureRecord,
  templates: ReasonTemplates,
): string {
  let reasons = '';
  for (let i = 0; i < e.reasons.length; i++) {
    const text = reasonText(e.reasons[i]!, e.firedRules, values, templates);
    reasons = i === 0 ? text : reasons + ITEM + text;
  }
  return [
    EXPLANATION_FORMAT,
    scoreText(e.config.bands.highAt),
    scoreText(e.config.bands.mediumAt),
    scoreText(e.components.rules),
    e.components.model === undefined ? '' : scoreText(e.components.model),
    scoreText(e.components.lookouts),
    e.rulesOnly ? '1' : '',
    e.method === undefined ? '' : stringText(e.method),
    listText(e.firedRules),
    listText(e.heldBy),
    reasons,
  ].join(FIELD);
}

/**
 * Scores and band thresholds take few values in a call (sums of rule weights, the bands in
 * force), and writing a fraction is the costly step: each is kept in a small table by its
 * value. Zero is written each time (a table would not tell 0 from -0).
 */
const SCORE_SLOTS = 256;
const scoreValues = new Float64Array(SCORE_SLOTS);
const scoreTexts: string[] = new Array<string>(SCORE_SLOTS).fill('0');

function scoreText(n: number): string {
  if (n === 0) return numberText(n);
  const slot = (n * 1_000_003) & (SCORE_SLOTS - 1);
  if (scoreValues[slot] === n) return scoreTexts[slot]!;
  const text = numberText(n);
  scoreValues[slot] = n;
  scoreTexts[slot] = text;
  return text;
}

/** The start of a model reason on each feature (the same for every container). */
const MODEL_HEADS = new Map<string, string>();

function modelHead(feature: string): string {
  let head = MODEL_HEADS.get(feature);
  if (head === undefined) {
    head = modelReasonPrefix(feature);
    if (FEATURE_INDEX.has(feature)) MODEL_HEADS.set(feature, head);
  }
  return head;
}

function reasonText(
  r: Reason,
  fired: readonly string[],
  values: FeatureRecord,
  templates: ReasonTemplates,
): string {
  if (r.kind === 'rule') {
    const i = fired.indexOf(r.ref);
    const template = templates.get(r.ref);
    if (i >= 0 && template && isRuleReason(r.text, r.ref, template(values))) return `r${i}`;
  } else if (r.kind === 'model') {
    const index = FEATURE_INDEX.get(r.ref);
    const head = `${modelHead(r.ref)}${formatFeatureValue(values[r.ref])} (+`;
    const x = r.text.startsWith(head) && r.text.endsWith(')') ? r.text.slice(head.length, -1) : '';
    if (index !== undefined && CONTRIBUTION.test(x)) return `m${index}:${x}`;
  }
  return escapedText([r.kind, r.ref, r.text]);
}

/** Whether `text` is ruleReasonText(ruleId, reason), compared in place rather than written. */
function isRuleReason(text: string, ruleId: string, reason: string): boolean {
  const clause = reason.endsWith('.') ? reason.length - 1 : reason.length;
  const head = RULE.length + ruleId.length + RULE_SEPARATOR.length;
  return (
    text.length === head + clause &&
    text.startsWith(RULE) &&
    text.startsWith(ruleId, RULE.length) &&
    text.startsWith(RULE_SEPARATOR, head - RULE_SEPARATOR.length) &&
    (clause === reason.length ? text.endsWith(reason) : text.endsWith(reason.slice(0, clause)))
  );
}

function escapedReason(item: string): Reason {
  const [kind, ref, text] = unescapedValue(item) as [Reason['kind'], string, string];
  return { kind, ref, text };
}

/** True for an explanation in the compact text. */
export function isCompactExplanation(stored: unknown): stored is string {
  return typeof stored === 'string' && stored.startsWith(`${EXPLANATION_FORMAT}${FIELD}`);
}

/** The stored explanation with its reasons in words; anything not compact is returned as is. */
export function unpackExplanation(
  stored: unknown,
  values: FeatureRecord | undefined,
  templates: ReasonTemplates,
): unknown {
  if (!isCompactExplanation(stored)) return stored;
  const f = stored.split(FIELD);
  const fired = listOf(f[8]!);
  const model = f[4] === '' ? undefined : Number(f[4]);
  const explanation: StoredExplanation = {
    reasons: reasonItems(f[10]!).map((item) => reasonOf(item, fired, values ?? {}, templates)),
    ...(f[7] === '' ? {} : { method: stringOf(f[7]!) }),
    components: { rules: Number(f[3]), model, lookouts: Number(f[5]) },
    firedRules: fired,
    heldBy: listOf(f[9]!),
    rulesOnly: f[6] === '1',
    config: { bands: { highAt: Number(f[1]), mediumAt: Number(f[2]) } },
  };
  return explanation;
}

function reasonItems(field: string): string[] {
  return field === '' ? [] : field.split(ITEM);
}

function reasonOf(
  item: string,
  fired: readonly string[],
  values: FeatureRecord,
  templates: ReasonTemplates,
): Reason {
  if (isEscaped(item)) return escapedReason(item);
  if (item.startsWith('r')) {
    const ref = fired[Number(item.slice(1))] ?? '';
    const template = templates.get(ref);
    const text = template
      ? template(values)
      : '(reason not available: its rule-set version is not stored)';
    return { kind: 'rule', ref, text: ruleReasonText(ref, text) };
  }
  const colon = item.indexOf(':');
  const feature = FEATURES[Number(item.slice(1, colon))]?.name ?? '';
  const value = formatFeatureValue(values[feature]);
  const text = `${modelReasonPrefix(feature)}${value} (+${item.slice(colon + 1)})`;
  return { kind: 'model', ref: feature, text };
}

/** The rule ids of an explanation's rule reasons (either format), without rendering them. */
export function ruleReasonRefs(stored: unknown): string[] {
  if (isCompactExplanation(stored)) {
    const f = stored.split(FIELD);
    const fired = listOf(f[8]!);
    return reasonItems(f[10]!).flatMap((item) => {
      if (isEscaped(item)) {
        const r = escapedReason(item);
        return r.kind === 'rule' ? [r.ref] : [];
      }
      return item.startsWith('r') ? [fired[Number(item.slice(1))] ?? ''] : [];
    });
  }
  const e = (typeof stored === 'string' ? JSON.parse(stored) : stored) as {
    reasons?: readonly Reason[];
  } | null;
  return (e?.reasons ?? []).filter((r) => r.kind === 'rule').map((r) => r.ref);
}
