/**
 * The feature snapshot stored with each assessment, and unpacked to a feature record for
 * retraining, backtests, explanations and the API. Written as one text in the feature schema's
 * order (`f4|…`, compact-text.ts), each field read by its feature's kind:
 * - an empty field is the kind's usual value: false, 0, no set items, or missing text; a
 *   missing boolean, number or set is `-`; trailing empty fields are left off;
 * - booleans are 1 or 0, numbers their shortest round-tripping form (a long one as the whole
 *   units it was computed from, when that reads back exactly), a set its items joined, text as
 *   it is unless it needs escaping;
 * - a field written exactly as an earlier one is `=` and that one's index (the loading port is
 *   mostly the origin port, the chapters the main chapter).
 * A third of the bytes of the JSON array it replaces, and every value reads back exactly.
 * Features are only ever added at the end of the schema, each time under a new format name that
 * says how many it holds: `f2` snapshots hold the first 57 and `f3` the first 59, and each reads
 * the features added since (the new-commodity ones of `f3`, the party history's length of `f4`)
 * as missing, not as the empty field's false or 0. Snapshots stored as the JSON array
 * (`features-v1`) still read.
 */
import { FEATURES, type FeatureKind } from '../../risk/features/feature-schema.ts';
import { featureValuesInto } from '../../risk/features/feature-values-list.ts';
import type { FeatureValues } from '../../risk/features/feature-vector.ts';
import {
  escapedText,
  FIELD,
  isEscaped,
  listOf,
  listText,
  SAME_AS,
  stringText,
  unescapedValue,
} from './compact-text.ts';
import { numberCode, numberOf } from './snapshot-number.ts';

export const FEATURE_SNAPSHOT_FORMAT = 'f4';
/** How many of the schema's features (the first ones) each format holds. */
export const FEATURES_OF_FORMAT: Readonly<Record<string, number>> = { f2: 57, f3: 59, f4: 60 };
/** The JSON array format of earlier assessments. */
const FEATURES_V1 = 'features-v1';
const MISSING = '-';

const KINDS = FEATURES.map((f) => f.kind);

/** The values of the record being packed (packing is synchronous: one at a time). */
const VALUES: unknown[] = new Array<unknown>(FEATURES.length).fill(undefined);

export function packFeatures(values: Readonly<FeatureValues>): string {
  const list = featureValuesInto(values, VALUES);
  // Earlier fields worth referring to, searched in order (a few, so faster than a Map).
  const seen: string[] = [];
  const seenAt: number[] = [];
  const fields: string[] = [FEATURE_SNAPSHOT_FORMAT];
  let last = 0;
  for (let i = 0; i < KINDS.length; i++) {
    let text = valueText(KINDS[i]!, list[i]);
    if (text.length > 2) {
      const earlier = seen.indexOf(text);
      if (earlier >= 0) text = `${SAME_AS}${seenAt[earlier]}`;
      else {
        seen.push(text);
        seenAt.push(i);
      }
    }
    fields.push(text);
    if (text !== '') last = i + 1;
  }
  // Joined, not appended piece by piece: a snapshot is kept until its batch is written, and an
  // appended string is a tree of its pieces (about ten times the bytes, all copied by each
  // young-generation collection it lives through).
  fields.length = last + 1;
  return fields.join(FIELD);
}

function valueText(kind: FeatureKind, v: unknown): string {
  switch (kind) {
    case 'boolean':
      if (v === undefined || v === null) return MISSING;
      return v === true ? '1' : v === false ? '' : escapedText(v);
    case 'numeric':
      if (v === undefined || v === null) return MISSING;
      if (typeof v !== 'number') return escapedText(v);
      return v === 0 && 1 / v > 0 ? '' : numberCode(v);
    case 'set':
      return setText(v);
    case 'categorical':
    case 'text':
      if (v === undefined || v === null) return '';
      return typeof v === 'string' ? stringText(v) : escapedText(v);
  }
}

function setText(v: unknown): string {
  if (v === undefined || v === null) return MISSING;
  if (!Array.isArray(v)) return escapedText(v);
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return escapedText(v);
  const text = listText(v as string[]);
  return text === MISSING ? escapedText(v) : text;
}

function valueOf(kind: FeatureKind, field: string): unknown {
  if (isEscaped(field)) return unescapedValue(field);
  switch (kind) {
    case 'boolean':
      return field === MISSING ? undefined : field === '1';
    case 'numeric':
      return field === MISSING ? undefined : field === '' ? 0 : numberOf(field);
    case 'set':
      return field === MISSING ? undefined : listOf(field);
    case 'categorical':
    case 'text':
      return field === '' ? undefined : field;
  }
}

/** The feature record of a snapshot (either format); undefined for anything else. */
export function unpackFeatures(snapshot: unknown): FeatureValues | undefined {
  if (typeof snapshot === 'string') return unpackText(snapshot);
  const s = snapshot as { format?: unknown; values?: unknown } | null;
  if (s?.format !== FEATURES_V1 || !Array.isArray(s.values)) return undefined;
  const values: unknown[] = s.values;
  const out: Record<string, unknown> = {};
  FEATURES.forEach((f, i) => {
    const v = values[i];
    out[f.name] = v === null ? undefined : v;
  });
  return out as FeatureValues;
}

function unpackText(text: string): FeatureValues | undefined {
  const fields = text.split(FIELD);
  const held = FEATURES_OF_FORMAT[fields[0]!];
  if (held === undefined) return undefined;
  const out: Record<string, unknown> = {};
  const texts: string[] = [];
  FEATURES.forEach((f, i) => {
    if (i >= held) {
      out[f.name] = undefined;
      return;
    }
    let field = fields[i + 1] ?? '';
    if (field.startsWith(SAME_AS)) field = texts[Number(field.slice(1))] ?? '';
    texts.push(field);
    out[f.name] = valueOf(f.kind, field);
  });
  return out as FeatureValues;
}
