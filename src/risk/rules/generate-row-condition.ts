/**
 * The row compiler: a checked condition becomes one JavaScript function over a feature row
 * (Float64Array, see feature-row.ts). Numbers and booleans are compared in place (NaN is
 * missing); a test on a string or set feature runs once per distinct dictionary code and is
 * remembered in a table, so text patterns and set tests cost an array read per container.
 * Every leaf keeps the meaning of compile-condition.ts, which it calls for anything not
 * compared in place (a property test holds them together).
 */
import type { FeatureDictionary } from '../features/feature-dictionary.ts';
import { cellValue, featureIndex, featureKindAt } from '../features/feature-row.ts';
import type { FeatureKind } from '../features/feature-schema.ts';
import { compileCondition } from './compile-condition.ts';
import type { Condition, Primitive } from './condition.ts';

export type RowCondition = (row: Float64Array) => boolean;
export type Helper = (x: number) => boolean;

const IN_PLACE = new Set<FeatureKind>(['numeric', 'boolean']);

/** Collects the helpers a generated function calls by index (`h[i]`). */
export class RowEmitter {
  readonly helpers: Helper[] = [];
  constructor(readonly dictionary: FeatureDictionary) {}
  helper(h: Helper): string {
    this.helpers.push(h);
    return `h[${this.helpers.length - 1}]`;
  }
}

function cellOf(feature: string): { index: number; kind: FeatureKind } {
  const index = featureIndex(feature);
  if (index < 0) throw new Error(`condition names unknown feature ${feature}`);
  return { index, kind: featureKindAt(index) };
}

function literal(x: Primitive): string {
  const n = typeof x === 'boolean' ? Number(x) : x;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error(`not a finite number: ${x}`);
  return String(n);
}

/** In-place code for a numeric or boolean leaf, or undefined when the leaf needs its helper. */
function inPlace(c: Condition, index: number, kind: FeatureKind): string | undefined {
  const x = `r[${index}]`;
  const numeric = kind === 'numeric';
  switch (c.kind) {
    case 'exists':
      return `(${x} === ${x})`;
    case 'truthy':
      return kind === 'boolean' ? `(${x} === 1)` : 'false';
    case 'compare':
      if (typeof c.value !== (numeric ? 'number' : 'boolean')) return undefined;
      if (c.op === '=') return `(${x} === ${literal(c.value)})`;
      if (c.op === '!=') return `(${x} === ${x} && ${x} !== ${literal(c.value)})`;
      return numeric ? `(${x} ${c.op} ${literal(c.value)})` : 'false';
    case 'between':
      return numeric && typeof c.low === 'number' && typeof c.high === 'number'
        ? `(${x} >= ${literal(c.low)} && ${x} <= ${literal(c.high)})`
        : undefined;
    case 'and':
    case 'or':
    case 'not':
    case 'in':
    case 'text':
    case 'has':
    case 'route':
      return undefined;
  }
}

/** A leaf evaluated on the decoded value; per dictionary code, remembered. */
function leafHelper(c: Condition, feature: string, kind: FeatureKind, e: RowEmitter): Helper {
  const test = compileCondition(c);
  const record: Record<string, unknown> = {};
  const run = (value: unknown) => {
    record[feature] = value;
    return test(record);
  };
  if (IN_PLACE.has(kind)) return (x) => run(cellValue(x, kind, e.dictionary));
  const missing = run(undefined);
  let table = new Int8Array(256);
  return (x) => {
    if (x !== x) return missing;
    if (x >= table.length) {
      const grown = new Int8Array(Math.max(table.length * 2, x + 1));
      grown.set(table);
      table = grown;
    }
    let known = table[x]!;
    if (known === 0) {
      known = run(e.dictionary.valueOf(x)) ? 2 : 1;
      table[x] = known;
    }
    return known === 2;
  };
}

/**
 * The items of an and/or, those compared in place before those that call a helper (otherwise in
 * their order): the tests are pure and do not throw, so the order changes only how many run —
 * a row that fails a comparison need not look its text or set up.
 */
function inPlaceFirst(items: readonly string[]): string[] {
  const calls = (code: string) => code.includes('h[');
  return [...items.filter((x) => !calls(x)), ...items.filter(calls)];
}

/** The source of an expression over the row `r` that holds when `c` does. */
export function emitRowCondition(c: Condition, e: RowEmitter): string {
  switch (c.kind) {
    case 'and':
      return `(${inPlaceFirst(c.items.map((i) => emitRowCondition(i, e))).join(' && ')})`;
    case 'or':
      return `(${inPlaceFirst(c.items.map((i) => emitRowCondition(i, e))).join(' || ')})`;
    case 'not':
      return `!${emitRowCondition(c.item, e)}`;
    case 'exists':
    case 'truthy':
    case 'compare':
    case 'between':
    case 'in':
    case 'text':
    case 'has':
    case 'route': {
      const { index, kind } = cellOf(c.feature);
      const direct = IN_PLACE.has(kind) ? inPlace(c, index, kind) : undefined;
      return direct ?? `${e.helper(leafHelper(c, c.feature, kind, e))}(r[${index}])`;
    }
  }
}

export function generateRowCondition(c: Condition, dictionary: FeatureDictionary): RowCondition {
  const e = new RowEmitter(dictionary);
  const body = `return ${emitRowCondition(c, e)};`;
  // The source holds only row indexes, finite number literals and calls to helpers by index.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const make = new Function('h', `return function rowRule(r) { ${body} };`) as (
    h: Helper[],
  ) => RowCondition;
  return make(e.helpers);
}
