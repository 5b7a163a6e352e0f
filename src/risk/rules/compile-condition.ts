/**
 * The compiler of checked conditions to closures: patterns are built once, sets become Set
 * lookups, and each node reads its feature straight from the record. Same meaning as
 * evaluate-condition.ts (a property test holds them together).
 */
import type { Condition, Primitive } from './condition.ts';
import type { FeatureRecord } from './evaluate-condition.ts';
import {
  containsPattern,
  likePattern,
  matchesPattern,
  regexTest,
  routePattern,
} from './text-patterns.ts';

export type CompiledCondition = (values: FeatureRecord) => boolean;

export function compileCondition(c: Condition): CompiledCondition {
  switch (c.kind) {
    case 'and':
      return allOf(c.items.map(compileCondition));
    case 'or':
      return anyOf(c.items.map(compileCondition));
    case 'not': {
      const inner = compileCondition(c.item);
      return (v) => !inner(v);
    }
    case 'exists': {
      const f = c.feature;
      return (v) => v[f] !== undefined;
    }
    case 'truthy': {
      const f = c.feature;
      return (v) => v[f] === true;
    }
    case 'compare':
      return compileCompare(c.feature, c.op, c.value);
    case 'in':
      return compileIn(c.feature, c.values, c.negated);
    case 'between': {
      const [f, low, high] = [c.feature, c.low as number, c.high as number];
      return (v) => {
        const x = v[f];
        return typeof x === 'number' && x >= low && x <= high;
      };
    }
    case 'text':
      return compileText(c.feature, c.op, c.pattern as string);
    case 'has':
      return compileHas(c.feature, c.quantifier, c.values);
    case 'route': {
      const [f, re] = [c.feature, routePattern(c.pattern as string)];
      return (v) => {
        const x = v[f];
        return typeof x === 'string' && re.test(x);
      };
    }
  }
}

function allOf(fs: readonly CompiledCondition[]): CompiledCondition {
  if (fs.length === 2) {
    const [a, b] = fs as [CompiledCondition, CompiledCondition];
    return (v) => a(v) && b(v);
  }
  return (v) => {
    for (const f of fs) if (!f(v)) return false;
    return true;
  };
}

function anyOf(fs: readonly CompiledCondition[]): CompiledCondition {
  return (v) => {
    for (const f of fs) if (f(v)) return true;
    return false;
  };
}

function compileCompare(
  f: string,
  op: Extract<Condition, { kind: 'compare' }>['op'],
  value: Primitive,
): CompiledCondition {
  switch (op) {
    case '=':
      return (v) => v[f] === value;
    case '!=':
      return (v) => {
        const x = v[f];
        return x !== undefined && x !== value;
      };
    case '<':
      return (v) => (v[f] as number) < (value as number);
    case '<=':
      return (v) => (v[f] as number) <= (value as number);
    case '>':
      return (v) => (v[f] as number) > (value as number);
    case '>=':
      return (v) => (v[f] as number) >= (value as number);
  }
}

function compileIn(f: string, values: readonly Primitive[], negated: boolean): CompiledCondition {
  const set = new Set<unknown>(values);
  return (v) => {
    const x = v[f];
    return x !== undefined && set.has(x) !== negated;
  };
}

function compileText(
  f: string,
  op: 'contains' | 'like' | 'matches',
  pattern: string,
): CompiledCondition {
  const re =
    op === 'contains'
      ? containsPattern(pattern)
      : op === 'like'
        ? likePattern(pattern)
        : matchesPattern(pattern);
  const test = op === 'matches' ? (s: string) => regexTest(re, s) : (s: string) => re.test(s);
  return (v) => {
    const x = v[f];
    if (typeof x === 'string') return test(x);
    return op === 'contains' && Array.isArray(x) && x.includes(pattern);
  };
}

function compileHas(
  f: string,
  q: 'any' | 'all' | 'none',
  values: readonly Primitive[],
): CompiledCondition {
  return (v) => {
    const x = v[f];
    if (!Array.isArray(x)) return false;
    const list = x as unknown[];
    let found = 0;
    for (const value of values) if (list.includes(value)) found++;
    return q === 'any' ? found > 0 : q === 'all' ? found === values.length : found === 0;
  };
}
