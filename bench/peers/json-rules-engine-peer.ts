/** The peer of the targeting rules benchmark: the same rules as json-rules-engine rules. */
import { Engine, type NestedCondition, type TopLevelCondition } from 'json-rules-engine';

import type { Condition } from '../../src/risk/rules/condition.ts';

import type { RuleSet } from '../../src/risk/rules/rule.ts';

import {
  likePattern,
  matchesPattern,
  routePattern,
  containsPattern,
} from '../../src/risk/rules/text-patterns.ts';

// --- the peer: json-rules-engine --------------------------------------------------------------

const REGEX_CACHE = new Map<string, RegExp>();
const cached = (key: string, make: () => RegExp) =>
  REGEX_CACHE.get(key) ?? REGEX_CACHE.set(key, make()).get(key)!;

export function peerEngine(set: RuleSet): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const op = <B>(name: string, f: (x: unknown, v: B) => boolean) =>
    engine.addOperator<unknown, B>(name, f);
  op<unknown>('definedNotEqual', (x, v) => x !== undefined && x !== v);
  op<unknown[]>('definedNotIn', (x, v) => x !== undefined && !v.includes(x));
  op<boolean>('exists', (x, v) => (x !== undefined) === v);
  op<string>(
    'containsText',
    (x, v) => typeof x === 'string' && cached(`c${v}`, () => containsPattern(v)).test(x),
  );
  op<string>(
    'like',
    (x, v) => typeof x === 'string' && cached(`l${v}`, () => likePattern(v)).test(x),
  );
  op<string>(
    'matches',
    (x, v) => typeof x === 'string' && cached(`m${v}`, () => matchesPattern(v)).test(x),
  );
  op<string>(
    'route',
    (x, v) => typeof x === 'string' && cached(`r${v}`, () => routePattern(v)).test(x),
  );
  op<unknown[]>('hasAny', (x, v) => Array.isArray(x) && v.some((e) => x.includes(e)));
  op<unknown[]>('hasAll', (x, v) => Array.isArray(x) && v.every((e) => x.includes(e)));
  op<unknown[]>('hasNone', (x, v) => Array.isArray(x) && !v.some((e) => x.includes(e)));
  for (const r of set.rules) {
    const top = toPeer(r.condition);
    const conditions: TopLevelCondition = 'all' in top || 'any' in top ? top : { all: [top] };
    engine.addRule({
      name: r.definition.id,
      conditions,
      event: { type: r.definition.id, params: { weight: r.definition.weight } },
    });
  }
  return engine;
}

const PEER_COMPARE = {
  '=': 'equal',
  '!=': 'definedNotEqual',
  '<': 'lessThan',
  '<=': 'lessThanInclusive',
  '>': 'greaterThan',
  '>=': 'greaterThanInclusive',
} as const;

function toPeer(c: Condition): NestedCondition {
  const fact = (feature: string, operator: string, value: unknown): NestedCondition => ({
    fact: feature,
    operator,
    value,
  });
  switch (c.kind) {
    case 'and':
      return { all: c.items.map(toPeer) };
    case 'or':
      return { any: c.items.map(toPeer) };
    case 'not':
      return { not: toPeer(c.item) };
    case 'exists':
      return fact(c.feature, 'exists', true);
    case 'truthy':
      return fact(c.feature, 'equal', true);
    case 'compare':
      return fact(c.feature, PEER_COMPARE[c.op], c.value);
    case 'in':
      return fact(c.feature, c.negated ? 'definedNotIn' : 'in', c.values);
    case 'between':
      return {
        all: [
          fact(c.feature, 'greaterThanInclusive', c.low),
          fact(c.feature, 'lessThanInclusive', c.high),
        ],
      };
    case 'text':
      return c.op === 'contains'
        ? {
            any: [
              fact(c.feature, 'containsText', c.pattern),
              fact(c.feature, 'contains', c.pattern),
            ],
          }
        : fact(c.feature, c.op, c.pattern);
    case 'has':
      return fact(
        c.feature,
        c.quantifier === 'any' ? 'hasAny' : c.quantifier === 'all' ? 'hasAll' : 'hasNone',
        c.values,
      );
    case 'route':
      return fact(c.feature, 'route', c.pattern);
  }
}
