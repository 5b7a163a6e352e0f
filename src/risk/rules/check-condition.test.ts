import { describe, expect, it } from 'vitest';
import { checkCondition } from './check-condition.ts';
import { parseCondition } from './condition-parser.ts';

function check(text: string) {
  const parsed = parseCondition(text);
  if (!parsed.ok) throw new Error(`syntax: ${parsed.diagnostics[0]?.message}`);
  return checkCondition(parsed.value);
}

function codes(text: string) {
  return check(text).diagnostics.map((d) => [d.code, d.at?.column]);
}

describe('checkCondition', () => {
  it('accepts well-typed conditions and coerces literals to the feature type', () => {
    const r = check('hsChapter = 08 and transshipmentCount >= 2 and isReefer = true');
    expect(r.ok).toBe(true);
    if (r.ok && r.value.kind === 'and') {
      expect(r.value.items.map((i) => (i.kind === 'compare' ? i.value : null))).toEqual([
        '08',
        2,
        true,
      ]);
    }
  });

  it('reports unknown features where they are written', () => {
    expect(codes('isReefer and originCountri = EC')).toEqual([['rule.unknown-feature', 14]]);
    expect(codes('exists nothing')).toEqual([['rule.unknown-feature', 1]]);
  });

  it('reports operators that do not suit the feature kind', () => {
    expect(codes('originCountry > 3')).toEqual([['rule.type', 1]]);
    expect(codes('transshipmentCount')).toEqual([['rule.type', 1]]);
    expect(codes('transshipmentPorts = PAPTY')).toEqual([['rule.type', 1]]);
    expect(codes('originCountry has any [EC]')).toEqual([['rule.type', 1]]);
    expect(codes('originCountry between 1 and 2')).toEqual([['rule.type', 1]]);
    expect(codes('transshipmentPorts like "PA*"')).toEqual([['rule.type', 1]]);
  });

  it('reports literals of the wrong type', () => {
    expect(codes('transshipmentCount > many')).toEqual([['rule.type', 22]]);
    expect(codes('isReefer = yes')).toEqual([['rule.type', 12]]);
    expect(codes('originCountry = true')).toEqual([['rule.type', 17]]);
    expect(codes('transshipmentCount between 5 and 1')).toEqual([['rule.range', 28]]);
  });

  it('refuses unsafe regular expressions and malformed route globs', () => {
    expect(codes('goodsDescription matches "(a+)+$"')).toEqual([['rule.regex', 26]]);
    expect(codes('goodsDescription matches "(x)\\\\1"')).toEqual([['rule.regex', 26]]);
    expect(codes('goodsDescription matches "["')).toEqual([['rule.regex', 26]]);
    expect(codes(`goodsDescription matches "${'a'.repeat(201)}"`)).toEqual([['rule.regex', 26]]);
    expect(codes('route "EC* > P.A > BEANR"')).toEqual([['rule.pattern', 7]]);
  });

  it('warns, without failing, when a value names a feature', () => {
    const r = check('consigneeCountry = dischargeCountry');
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['rule.literal-is-feature', 'warning'],
    ]);
  });
});
