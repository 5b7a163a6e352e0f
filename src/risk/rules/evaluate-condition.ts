/**
 * The reference interpreter of checked conditions: walks the tree for every evaluation. Rule
 * sets run compiled (compile-condition.ts); this defines the meaning the compiler must keep.
 * A missing feature value makes every predicate on it false (only `not` turns that around).
 */
import type { Condition, Primitive } from './condition.ts';
import {
  containsPattern,
  likePattern,
  matchesPattern,
  regexTest,
  routePattern,
} from './text-patterns.ts';

export type FeatureRecord = Readonly<Record<string, unknown>>;

export function evaluateCondition(c: Condition, values: FeatureRecord): boolean {
  switch (c.kind) {
    case 'and':
      return c.items.every((i) => evaluateCondition(i, values));
    case 'or':
      return c.items.some((i) => evaluateCondition(i, values));
    case 'not':
      return !evaluateCondition(c.item, values);
    case 'exists':
      return values[c.feature] !== undefined;
    case 'truthy':
      return values[c.feature] === true;
    case 'compare':
      return compare(values[c.feature], c.op, c.value);
    case 'in': {
      const x = values[c.feature];
      return x !== undefined && c.values.includes(x as Primitive) !== c.negated;
    }
    case 'between': {
      const x = values[c.feature];
      return typeof x === 'number' && x >= (c.low as number) && x <= (c.high as number);
    }
    case 'text':
      return text(values[c.feature], c.op, c.pattern as string);
    case 'has':
      return has(values[c.feature], c.quantifier, c.values);
    case 'route': {
      const x = values[c.feature];
      return typeof x === 'string' && routePattern(c.pattern as string).test(x);
    }
  }
}

function compare(
  x: unknown,
  op: Extract<Condition, { kind: 'compare' }>['op'],
  v: Primitive,
): boolean {
  if (x === undefined) return false;
  switch (op) {
    case '=':
      return x === v;
    case '!=':
      return x !== v;
    case '<':
      return typeof x === 'number' && x < (v as number);
    case '<=':
      return typeof x === 'number' && x <= (v as number);
    case '>':
      return typeof x === 'number' && x > (v as number);
    case '>=':
      return typeof x === 'number' && x >= (v as number);
  }
}

function text(x: unknown, op: 'contains' | 'like' | 'matches', pattern: string): boolean {
  if (Array.isArray(x)) return op === 'contains' && x.includes(pattern);
  if (typeof x !== 'string') return false;
  switch (op) {
    case 'contains':
      return containsPattern(pattern).test(x);
    case 'like':
      return likePattern(pattern).test(x);
    case 'matches':
      return regexTest(matchesPattern(pattern), x);
  }
}

function has(x: unknown, q: 'any' | 'all' | 'none', values: readonly Primitive[]): boolean {
  if (!Array.isArray(x)) return false;
  const list = x as unknown[];
  switch (q) {
    case 'any':
      return values.some((v) => list.includes(v));
    case 'all':
      return values.every((v) => list.includes(v));
    case 'none':
      return !values.some((v) => list.includes(v));
  }
}
