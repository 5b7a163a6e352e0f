import { describe, expect, it } from 'vitest';
import { parseCondition } from './condition-parser.ts';

function errorAt(text: string) {
  const r = parseCondition(text);
  expect(r.ok).toBe(false);
  const d = r.diagnostics[0]!;
  return { code: d.code, line: d.at?.line, column: d.at?.column, message: d.message };
}

describe('parseCondition', () => {
  it('parses the route example with precedence and groups', () => {
    const r = parseCondition(
      'originCountry in [EC, CO, PE] and via any [PAPTY, PAMIT] or not isReefer',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.kind).toBe('or');
    if (r.value.kind !== 'or') return;
    const [and, not] = r.value.items;
    expect(and?.kind).toBe('and');
    expect(not).toMatchObject({ kind: 'not', item: { kind: 'truthy', feature: 'isReefer' } });
    if (and?.kind !== 'and') return;
    expect(and.items[1]).toMatchObject({
      kind: 'has',
      feature: 'transshipmentPorts',
      quantifier: 'any',
    });
    expect(and.items[0]).toMatchObject({ kind: 'in', negated: false });
  });

  it('parses every predicate form', () => {
    const forms = [
      'a = 1',
      'a == "x"',
      'a != x',
      'a < 1',
      'a <= 1',
      'a > 1',
      'a >= -2.5',
      'a in [1, 2]',
      'a not in [x]',
      'a between 1 and 5',
      'a contains "x"',
      'a like "X*"',
      'a matches "^X"',
      'a has all [x, y]',
      'a has none [x]',
      'exists a',
      'route "EC* > ** > BEANR"',
      'all(a, b > 1)',
      'any(a, not b)',
      '(a or b) and c',
      'coverLoad = fruit-juice',
      'containerSizeType = 45R1',
    ];
    for (const f of forms) expect(parseCondition(f).ok, f).toBe(true);
  });

  it('keeps how a number was written for categories', () => {
    const r = parseCondition('hsChapter = 08');
    expect(r.ok && r.value.kind === 'compare' && r.value.value.raw).toBe('08');
  });

  it('reports the line and column of the first error', () => {
    expect(errorAt('originCountry in [EC, CO')).toMatchObject({
      code: 'rule.syntax',
      line: 1,
      column: 25,
    });
    expect(errorAt('isReefer and\n  weight >> 3')).toMatchObject({ line: 2, column: 11 });
    expect(errorAt('a = ')).toMatchObject({
      column: 5,
      message: 'Expected a value, found end of condition.',
    });
    expect(errorAt('a = "open')).toMatchObject({
      column: 5,
      message: 'Unterminated string literal.',
    });
    expect(errorAt('a = 1 b')).toMatchObject({ column: 7 });
    expect(errorAt('and = 1')).toMatchObject({
      column: 1,
      message: 'Expected a feature name, found "and".',
    });
    expect(errorAt('a has some [x]')).toMatchObject({ column: 7 });
    expect(errorAt('a = 1 $')).toMatchObject({ column: 7, message: 'Unexpected character "$".' });
    expect(errorAt('all(a, b')).toMatchObject({ column: 9 });
  });
});
