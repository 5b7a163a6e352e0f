import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../core/result.ts';
import { checkCondition } from './check-condition.ts';
import { compileCondition } from './compile-condition.ts';
import { generateCondition } from './generate-condition.ts';
import { COMPARISON_OPS, SET_QUANTIFIERS, type Condition } from './condition.ts';
import { parseCondition } from './condition-parser.ts';
import { evaluateCondition, type FeatureRecord } from './evaluate-condition.ts';
import { createFeatureDictionary } from '../features/feature-dictionary.ts';
import { encodeFeatureRow } from '../features/feature-row.ts';
import type { FeatureValues } from '../features/feature-vector.ts';
import { generateRowCondition } from './generate-row-condition.ts';
import { generateRowProgram } from './generate-row-program.ts';

// One dictionary across the file, as in a scoring process: codes accumulate between cases.
const dictionary = createFeatureDictionary();
const onRow = (c: Condition, values: FeatureRecord): boolean =>
  generateRowCondition(
    c,
    dictionary,
  )(encodeFeatureRow(values as unknown as FeatureValues, dictionary));

const compile = (text: string) =>
  compileCondition(unwrap(checkCondition(unwrap(parseCondition(text)))));
const both = (text: string, values: FeatureRecord): boolean => {
  const checked = unwrap(checkCondition(unwrap(parseCondition(text))));
  const interpreted = evaluateCondition(checked, values);
  expect(compileCondition(checked)(values), `compiled ${text}`).toBe(interpreted);
  expect(generateCondition(checked)(values), `generated ${text}`).toBe(interpreted);
  expect(onRow(checked, values), `row ${text}`).toBe(interpreted);
  return interpreted;
};

const fv: FeatureRecord = {
  originCountry: 'EC',
  transshipmentCount: 2,
  transshipmentPorts: ['PAPTY', 'ESALG'],
  routePattern: 'ECGYE>PAPTY>ESALG>BEANR',
  goodsDescription: 'FRESH BANANAS CAVENDISH',
  isReefer: true,
  lateFiling: false,
  hsChapter: '08',
  reeferTemperatureC: undefined,
};

describe('each operator, compiled and interpreted', () => {
  const cases: [string, boolean][] = [
    ['originCountry = EC', true],
    ['originCountry != EC', false],
    ['originCountry != CO', true],
    ['transshipmentCount < 2', false],
    ['transshipmentCount <= 2', true],
    ['transshipmentCount > 1', true],
    ['transshipmentCount >= 3', false],
    ['transshipmentCount = 2', true],
    ['originCountry in [CO, EC]', true],
    ['originCountry not in [CO, EC]', false],
    ['transshipmentCount in [1, 2]', true],
    ['transshipmentCount between 2 and 4', true],
    ['transshipmentCount between 3 and 4', false],
    ['goodsDescription contains "bananas"', true],
    ['goodsDescription contains "PINEAPPLE"', false],
    ['transshipmentPorts contains PAPTY', true],
    ['transshipmentPorts contains PAMIT', false],
    ['goodsDescription like "fresh*cavendish"', true],
    ['goodsDescription like "FRESH?BANANAS*"', true],
    ['goodsDescription like "BANANA*"', false],
    ['goodsDescription matches "banan(a|o)s"', true],
    ['goodsDescription matches "^BANANAS"', false],
    ['transshipmentPorts has any [PAMIT, ESALG]', true],
    ['transshipmentPorts has all [PAPTY, ESALG]', true],
    ['transshipmentPorts has all [PAPTY, PAMIT]', false],
    ['transshipmentPorts has none [PAMIT]', true],
    ['via any [PAPTY]', true],
    ['via none [PAPTY]', false],
    ['route "EC* > ** > BEANR"', true],
    ['route "EC* > * > BEANR"', false],
    ['route "EC* > * > * > BE*"', true],
    ['route "** > ESALG > BEANR"', true],
    ['route "**"', true],
    ['route "ECGYE > PAPTY > **"', true],
    ['isReefer', true],
    ['lateFiling', false],
    ['not lateFiling', true],
    ['isReefer = true', true],
    ['exists reeferTemperatureC', false],
    ['exists hsChapter', true],
    ['hsChapter = 08', true],
    ['hsChapter = 8', false],
    ['isReefer and lateFiling', false],
    ['isReefer or lateFiling', true],
    ['all(isReefer, hsChapter = 08)', true],
    ['any(lateFiling, originCountry = BE)', false],
  ];
  for (const [text, expected] of cases) it(text, () => expect(both(text, fv)).toBe(expected));

  it('makes every predicate on a missing value false', () => {
    for (const text of [
      'reeferTemperatureC < 5',
      'reeferTemperatureC != 3',
      'reeferTemperatureC between 0 and 9',
      'reeferTemperatureC in [1]',
      'reeferTemperatureC not in [1]',
    ]) {
      expect(both(text, fv), text).toBe(false);
    }
    expect(both('not reeferTemperatureC > 5', fv)).toBe(true);
  });

  it('cuts very long text before a regular expression runs', () => {
    const long = { goodsDescription: `${'A'.repeat(5000)}END` };
    expect(compile('goodsDescription matches "END"')(long)).toBe(false);
    expect(compile('goodsDescription contains "END"')(long)).toBe(true);
  });
});

const at = { offset: 0, line: 1, column: 1 };
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const CODES = ['EC', 'CO', 'BE', 'PAPTY', 'PAMIT', 'bananas', 'coffee'] as const;
const valuesArb = fc.record({
  transshipmentCount: maybe(fc.integer({ min: -3, max: 5 })),
  reeferTemperatureC: maybe(fc.double({ min: -30, max: 30, noNaN: true })),
  originCountry: maybe(fc.constantFrom(...CODES)),
  coverLoad: maybe(fc.constantFrom(...CODES)),
  goodsDescription: maybe(fc.stringMatching(/^[ABC ]{0,6}$/)),
  routePattern: maybe(
    fc.constantFrom('ECGYE>PAPTY>BEANR', 'ECGYE>BEANR', 'COCTG>PAMIT>ESALG>BEANR', 'CNSHA>NLRTM'),
  ),
  transshipmentPorts: maybe(fc.subarray([...CODES])),
  isReefer: maybe(fc.boolean()),
});

const leafArb: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    kind: fc.constant('compare' as const),
    feature: fc.constantFrom('transshipmentCount', 'reeferTemperatureC'),
    op: fc.constantFrom(...COMPARISON_OPS),
    value: fc.integer({ min: -3, max: 5 }),
    at: fc.constant(at),
  }),
  fc.record({
    kind: fc.constant('compare' as const),
    feature: fc.constantFrom('originCountry', 'coverLoad'),
    op: fc.constantFrom('=' as const, '!=' as const),
    value: fc.constantFrom(...CODES),
    at: fc.constant(at),
  }),
  fc.record({
    kind: fc.constant('in' as const),
    feature: fc.constantFrom('originCountry', 'coverLoad'),
    negated: fc.boolean(),
    values: fc.subarray([...CODES]),
    at: fc.constant(at),
  }),
  fc.record({
    kind: fc.constant('between' as const),
    feature: fc.constant('transshipmentCount'),
    low: fc.integer({ min: -3, max: 2 }),
    high: fc.integer({ min: 2, max: 5 }),
    at: fc.constant(at),
  }),
  fc.record({
    kind: fc.constant('text' as const),
    feature: fc.constantFrom('goodsDescription', 'originCountry'),
    op: fc.constantFrom('contains' as const, 'like' as const),
    pattern: fc.stringMatching(/^[ABC*?]{0,3}$/),
    at: fc.constant(at),
  }),
  fc.record({
    kind: fc.constant('text' as const),
    feature: fc.constant('goodsDescription'),
    op: fc.constant('matches' as const),
    pattern: fc.constantFrom('^A', 'B$', 'A|C', '[AB]C', 'A.B'),
    at: fc.constant(at),
  }),
  fc.record({
    kind: fc.constant('text' as const),
    feature: fc.constant('transshipmentPorts'),
    op: fc.constant('contains' as const),
    pattern: fc.constantFrom(...CODES),
    at: fc.constant(at),
  }),
  fc.record({
    kind: fc.constant('has' as const),
    feature: fc.constant('transshipmentPorts'),
    quantifier: fc.constantFrom(...SET_QUANTIFIERS),
    values: fc.subarray([...CODES]),
    at: fc.constant(at),
  }),
  fc.record({
    kind: fc.constant('route' as const),
    feature: fc.constant('routePattern'),
    pattern: fc.constantFrom('EC* > ** > BEANR', '* > PAPTY > *', '**', '** > BE*', 'ECGYE > **'),
    at: fc.constant(at),
  }),
  fc.record({
    kind: fc.constantFrom('truthy' as const, 'exists' as const),
    feature: fc.constantFrom('isReefer', 'reeferTemperatureC'),
    at: fc.constant(at),
  }),
);

const { tree } = fc.letrec<{ tree: Condition }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.record({
      kind: fc.constantFrom('and' as const, 'or' as const),
      items: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }),
      at: fc.constant(at),
    }),
    fc.record({ kind: fc.constant('not' as const), item: tie('tree'), at: fc.constant(at) }),
  ),
}));

describe('compiled conditions', () => {
  it('(closures, generated code and row code) agree with the interpreter on random conditions and inputs', () => {
    fc.assert(
      fc.property(tree, fc.array(valuesArb, { minLength: 1, maxLength: 8 }), (c, inputs) => {
        const compiled = compileCondition(c);
        const generated = generateCondition(c);
        const row = generateRowCondition(c, dictionary);
        for (const v of inputs) {
          const expected = evaluateCondition(c, v);
          expect(compiled(v)).toBe(expected);
          expect(generated(v)).toBe(expected);
          expect(row(encodeFeatureRow(v as unknown as FeatureValues, dictionary))).toBe(expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the row program (all rules in one function)', () => {
  const bound = fc.constantFrom(-Infinity, 999, 1_000, 1_001, Infinity);
  const ruleArb = fc.record({ condition: tree, from: bound, to: bound });
  it('fires, in rule order, exactly the rules in force whose condition holds', () => {
    fc.assert(
      fc.property(
        fc.array(ruleArb, { minLength: 1, maxLength: 6 }),
        fc.array(valuesArb, { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(999, 1_000, 1_001, Infinity, NaN), {
          minLength: 1,
          maxLength: 4,
        }),
        (rules, inputs, times) => {
          const program = generateRowProgram(rules, dictionary);
          const fired = new Int32Array(rules.length);
          // Times in any order, repeated: the rules in force follow each call's time.
          for (const now of [...times, ...times.reverse()])
            for (const v of inputs) {
              const row = encodeFeatureRow(v as unknown as FeatureValues, dictionary);
              const n = program(row, now, fired);
              const expected = rules.flatMap((r, i) =>
                !(now < r.from || now >= r.to) && evaluateCondition(r.condition, v) ? [i] : [],
              );
              expect(Array.from(fired.subarray(0, n))).toEqual(expected);
            }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('generated code', () => {
  it('keeps hostile literals as data', () => {
    const text =
      'goodsDescription = "x\\"); globalThis.pwned = (1" or originCountry in ["a\\u2028b", "}"]';
    expect(
      both(text, { goodsDescription: 'x"); globalThis.pwned = (1', originCountry: 'EC' }),
    ).toBe(true);
    expect((globalThis as Record<string, unknown>)['pwned']).toBeUndefined();
  });
});
