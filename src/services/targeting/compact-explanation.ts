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

export function packExplanation(
  e: StoredExplanation,
  values: FeatureRecord,
  templates: ReasonTemplates,
): string {
  const reasons = e.reasons.map((r) => reasonText(r, e.firedRules, values, templates));
  return [
    EXPLANATION_FORMAT,
    numberText(e.config.bands.highAt),
    numberText(e.config.bands.mediumAt),
    numberText(e.components.rules),
    e.components.model === undefined ? '' : numberText(e.components.model),
    numberText(e.components.lookouts),
    e.rulesOnly ? '1' : '',
    e.method === undefined ? '' : stringText(e.method),
    listText(e.firedRules),
    listText(e.heldBy),
    reasons.join(ITEM),
  ].join(FIELD);
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
    if (i >= 0 && template && ruleReasonText(r.ref, template(values)) === r.text) return `r${i}`;
  } else if (r.kind === 'model') {
    const index = FEATURE_INDEX.get(r.ref);
    const head = `${modelReasonPrefix(r.ref)}${formatFeatureValue(values[r.ref])} (+`;
    const x = r.text.startsWith(head) && r.text.endsWith(')') ? r.text.slice(head.length, -1) : '';
    if (index !== undefined && CONTRIBUTION.test(x)) return `m${index}:${x}`;
  }
  return escapedText([r.kind, r.ref, r.text]);
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
