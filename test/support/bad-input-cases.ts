// Malformed inputs for an OpenAPI operation, drawn from its own schemas: for each parameter and
// each body field, values that break the declared type, format, pattern, enum or bounds, required
// fields left out and unknown ones added (where the schema closes the object), plus the inputs
// that break no schema but are still wrong (a date that is not one, a status that does not exist).
// Values come from fast-check arbitraries sampled with a fixed seed, so a failure reproduces.
import fc from 'fast-check';

export interface Schema {
  readonly type?: string;
  readonly format?: string;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly Schema[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly items?: Schema;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: boolean | Schema;
  readonly default?: unknown;
}

/** One malformed value: what is wrong with it, and the value (a JSON value, or a string for parameters). */
export interface BadValue {
  readonly why: string;
  readonly value: unknown;
}

/**
 * Names whose values are times, whatever their schema says: garbage there must be refused. (The
 * `from` and `to` of /api/v1/graph/paths are entity ids: `url` tells them apart.)
 */
const TIME_NAMES = new Set(['from', 'to', 'since', 'at', 'validFrom', 'validUntil']);
export const isTimeName = (name: string, url = '') =>
  TIME_NAMES.has(name) && !url.startsWith('/api/v1/graph/');
/** Names whose values come from a closed list: an unknown one must be refused, not match nothing. */
export const CLOSED_NAMES = new Set(['status', 'state', 'groupBy', 'format', 'verdict', 'kind']);

const sample = <T>(arb: fc.Arbitrary<T>, seed: number): T =>
  fc.sample(arb, { seed, numRuns: 1 })[0]!;

const enumOf = (s: Schema): readonly unknown[] | undefined =>
  s.enum ?? (s.anyOf?.every((a) => a.enum) ? s.anyOf.flatMap((a) => a.enum ?? []) : undefined);

const garbageWord = fc.stringMatching(/^zz[a-z]{3,10}$/);
const notADate = fc.constantFrom('yesterday', '2026-02-30T25:61:00Z', '31/12/2026', 'now-ish');
const notAUuid = fc.constantFrom('not-a-uuid', '12345', '00000000-0000-0000-0000-00000000000g');

/** A value the schema accepts (used for every field but the one made wrong). */
export function validOf(s: Schema, seed: number): unknown {
  const choices = enumOf(s);
  if (choices) return choices[0];
  switch (s.type ?? 'string') {
    case 'integer':
    case 'number': {
      const low = s.minimum ?? (s.exclusiveMinimum === undefined ? 1 : s.exclusiveMinimum + 1);
      return Math.min(Math.max(low, 1), s.maximum ?? Number.MAX_SAFE_INTEGER);
    }
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => validOf(s.items ?? {}, seed));
    case 'object':
      return Object.fromEntries(
        (s.required ?? []).map((k) => [k, validOf(s.properties?.[k] ?? {}, seed)]),
      );
    default:
      if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000001';
      if (s.format === 'date-time') return '2026-03-01T09:00:00Z';
      if (s.pattern !== undefined) {
        const max = s.maxLength ?? 64;
        return sample(
          fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= max),
          seed,
        );
      }
      return 'x'.repeat(Math.max(s.minLength ?? 1, 1));
  }
}

/**
 * Values of a parameter (a string on the wire) or of a body field (any JSON value) that the API
 * must refuse. `name` is the parameter or field name, used for the inputs no schema rules out.
 */
export function badValues(
  s: Schema,
  name: string,
  inBody: boolean,
  seed: number,
  url = '',
): BadValue[] {
  const out: BadValue[] = [];
  const add = (why: string, arb: fc.Arbitrary<unknown>) =>
    out.push({ why, value: sample(arb, seed + out.length) });
  const choices = enumOf(s);
  const type = s.type ?? (choices ? 'string' : undefined);
  const str = (v: number) => (inBody ? v : String(v));
  switch (type) {
    case 'integer':
    case 'number':
      add('not a number', inBody ? fc.constantFrom('12', true, [1]) : fc.constantFrom('abc', '1x'));
      if (type === 'integer') add('a fraction', fc.constant(str(1.5)));
      if (s.maximum === undefined) add('a huge number', fc.constant(str(1e300)));
      else add('above the maximum', fc.constant(str(s.maximum + 1)));
      if (s.minimum !== undefined || s.exclusiveMinimum !== undefined)
        add('below the minimum', fc.constant(str((s.minimum ?? s.exclusiveMinimum ?? 0) - 1)));
      else add('negative', fc.constant(str(-1)));
      break;
    case 'boolean':
      add('not a boolean', inBody ? fc.constantFrom('yes', 1) : fc.constantFrom('maybe', '2'));
      break;
    case 'array':
      add('not an array', fc.constantFrom('x', 7, { a: 1 }));
      if (s.minItems !== undefined && s.minItems > 0) add('too few items', fc.constant([]));
      if (s.maxItems !== undefined)
        add(
          'too many items',
          fc.constant(Array.from({ length: s.maxItems + 1 }, () => validOf(s.items ?? {}, seed))),
        );
      break;
    case 'object':
      add('not an object', fc.constantFrom('x', 7, [1]));
      break;
    case 'string':
    case undefined:
      if (inBody && type === 'string')
        add('not a string', fc.constantFrom(42, true, { a: 1 }, null));
      if (choices) add('not one of the allowed values', garbageWord);
      else if (s.format === 'uuid') add('not a UUID', notAUuid);
      else if (s.format === 'date-time' || isTimeName(name, url)) add('not a time', notADate);
      else if (s.pattern !== undefined) add('not matching the pattern', fc.constantFrom('!!', ' '));
      else if (CLOSED_NAMES.has(name)) add('not one of the allowed values', garbageWord);
      if (s.maxLength !== undefined) add('overlong', fc.constant('a'.repeat(s.maxLength + 1)));
      if (s.minLength !== undefined && s.minLength > 1)
        add('too short', fc.constant('a'.repeat(s.minLength - 1)));
      break;
  }
  return out;
}

/** A body (or part of one) with exactly one fault, and where it is: a JSON pointer and a name. */
export interface BadBody {
  readonly why: string;
  readonly at: string;
  readonly name: string;
  readonly body: unknown;
}

/** Bodies of an object schema with one fault each, descending into nested objects and items. */
export function badBodies(s: Schema, seed: number, at = '', depth = 0): BadBody[] {
  const base = validOf(s, seed) as Record<string, unknown>;
  const out: BadBody[] = [];
  const props = s.properties ?? {};
  for (const key of (s.required ?? []).filter((k) => props[k]?.default === undefined)) {
    const { [key]: _gone, ...rest } = base;
    out.push({ why: 'a required field left out', at: `${at}/${key}`, name: key, body: rest });
  }
  if (s.additionalProperties === false)
    out.push({
      why: 'an unknown field',
      at: `${at}/zzUnknown`,
      name: 'zzUnknown',
      body: { ...base, zzUnknown: 1 },
    });
  for (const [key, child] of Object.entries(props)) {
    for (const bad of badValues(child, key, true, seed))
      out.push({
        why: bad.why,
        at: `${at}/${key}`,
        name: key,
        body: { ...base, [key]: bad.value },
      });
    if (depth >= 3) continue;
    if (child.type === 'object' && child.properties)
      for (const inner of badBodies(child, seed, `${at}/${key}`, depth + 1))
        out.push({ ...inner, body: { ...base, [key]: inner.body } });
    if (child.type === 'array' && child.items?.type === 'object' && child.items.properties)
      for (const inner of badBodies(child.items, seed, `${at}/${key}/0`, depth + 1))
        out.push({ ...inner, body: { ...base, [key]: [inner.body] } });
  }
  return out;
}
