/** Reason texts: {feature} placeholders, checked against the schema and filled with values. */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { featureSpec } from '../features/feature-schema.ts';
import { fixedDecimals } from './fixed-decimals.ts';
import type { FeatureRecord } from './evaluate-condition.ts';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

export function checkReasonTemplate(reason: string, pointer: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const m of reason.matchAll(PLACEHOLDER)) {
    if (!featureSpec(m[1]!)) {
      out.push(
        diagnostic('rule.unknown-feature', `Reason placeholder {${m[1]}} names no feature.`, {
          pointer,
          column: m.index + 1,
        }),
      );
    }
  }
  return out;
}

/** The feature names a reason's placeholders name, each once, in order of first use. */
export function reasonPlaceholders(reason: string): string[] {
  return [...new Set([...reason.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** The words a feature value is written with: English unless a language's are given. */
export interface ValueWords {
  readonly unknown: string;
  readonly yes: string;
  readonly no: string;
  readonly none: string;
  /** The decimal separator. */
  readonly decimal: string;
}

export const ENGLISH_VALUE_WORDS: ValueWords = {
  unknown: 'unknown',
  yes: 'yes',
  no: 'no',
  none: 'none',
  decimal: '.',
};

/** A feature value in words: lists joined, numbers rounded, yes/no, "unknown" when missing. */
export function formatFeatureValue(x: unknown, words: ValueWords = ENGLISH_VALUE_WORDS): string {
  if (x === undefined || x === null) return words.unknown;
  if (typeof x === 'boolean') return x ? words.yes : words.no;
  if (typeof x === 'number') {
    if (Number.isInteger(x)) return String(x);
    const text = fixedDecimals(x, Math.abs(x) < 1 ? 2 : 1);
    return words.decimal === '.' ? text : text.replace('.', words.decimal);
  }
  if (Array.isArray(x)) return x.length === 0 ? words.none : x.join(', ');
  return typeof x === 'string' ? x : JSON.stringify(x);
}

export function renderReason(reason: string, values: FeatureRecord): string {
  if (!reason.includes('{')) return reason;
  return reason.replace(PLACEHOLDER, (whole, name: string) =>
    featureSpec(name) ? formatFeatureValue(values[name]) : whole,
  );
}

/** A reason template filled with one container's values. */
export type ReasonTemplate = (values: FeatureRecord) => string;

/**
 * A reason template split once into text and feature parts, for rendering many times; values in
 * English words unless a language's are given (for a translated reason).
 */
export function compileReason(
  reason: string,
  words: ValueWords = ENGLISH_VALUE_WORDS,
): ReasonTemplate {
  // split() with one capture group alternates: text, name, text, name, …, text.
  const parts = reason.split(PLACEHOLDER);
  if (parts.length === 1) return () => reason;
  const texts = parts.filter((_, i) => i % 2 === 0);
  const names = parts.filter((_, i) => i % 2 === 1).map((n) => (featureSpec(n) ? n : undefined));
  const raw = parts.filter((_, i) => i % 2 === 1);
  return (values) => {
    let out = texts[0]!;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      out +=
        (name === undefined ? `{${raw[i]}}` : formatFeatureValue(values[name], words)) +
        texts[i + 1]!;
    }
    return out;
  };
}
