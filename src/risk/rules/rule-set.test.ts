import { describe, expect, it } from 'vitest';
import { parseRuleSet, parseRuleSetJson, parseRuleSetText } from './parse-rule-set.ts';
import { compileRuleSet, evaluateRuleSet } from './rule-set-evaluator.ts';

const rule = (over: Record<string, unknown>) => ({
  id: 'R1',
  version: 1,
  owner: 'BE-CUS',
  title: 'Bananas from Ecuador',
  reason: 'Bananas from {originCountry} via {transshipmentPorts}',
  weight: 0.4,
  status: 'active',
  condition: 'coverLoad = bananas and originCountry = EC',
  ...over,
});

const values = {
  coverLoad: 'bananas',
  originCountry: 'EC',
  transshipmentPorts: ['PAPTY', 'ESALG'],
  isReefer: true,
};
const t = (iso: string) => Date.parse(iso);

describe('parseRuleSet', () => {
  it('reports every problem with its JSON pointer, and the condition error with line and column', () => {
    const r = parseRuleSet(
      {
        id: 'set',
        version: '1',
        rules: [
          rule({}),
          rule({
            id: 'R2',
            weight: 2,
            status: 'live',
            condition: 'coverLoad = bananas and\n  originCountri = EC',
          }),
          rule({
            id: 'R3',
            reason: 'See {nothing}',
            validFrom: '2026-02-01',
            validTo: '2026-01-01',
          }),
          rule({}),
        ],
      },
      'rules.json',
    );
    expect(r.ok).toBe(false);
    const found = r.diagnostics.map((d) => [d.code, d.at?.pointer, d.at?.line, d.at?.column]);
    expect(found).toEqual([
      ['rule.field', '/rules/1/weight', undefined, undefined],
      ['rule.field', '/rules/1/status', undefined, undefined],
      ['rule.unknown-feature', '/rules/1/condition', 2, 3],
      ['rule.field', '/rules/2/validTo', undefined, undefined],
      ['rule.unknown-feature', '/rules/2/reason', undefined, 5],
      ['rule-set.duplicate', '/rules/3/id', undefined, undefined],
    ]);
    expect(r.diagnostics.every((d) => d.at?.source === 'rules.json')).toBe(true);
    expect(r.diagnostics[2]?.message).toBe('Rule R2: Unknown feature "originCountri".');
  });

  it('reports missing fields and JSON syntax errors with their position', () => {
    const r = parseRuleSet({ id: 'set', version: '1', rules: [{ id: 'X' }] });
    expect(r.diagnostics.map((d) => d.at?.pointer)).toEqual([
      '/rules/0/version',
      '/rules/0/weight',
      '/rules/0/status',
      '/rules/0/owner',
      '/rules/0/title',
      '/rules/0/reason',
      '/rules/0/condition',
    ]);
    const j = parseRuleSetJson('{\n  "id": "x",\n  "rules": [,]\n}');
    expect(j.ok).toBe(false);
    expect(j.diagnostics[0]).toMatchObject({ code: 'rule-set.json', at: { line: 3, column: 13 } });
  });

  it('reads YAML rule sets and locates YAML syntax errors', () => {
    const yaml = [
      'id: local',
      'version: "3"',
      'rules:',
      '  - id: Y1',
      '    version: 2',
      '    owner: NL-FIOD',
      '    title: Reefer via Panama',
      '    reason: Reefer via {transshipmentPorts}',
      '    weight: 0.25',
      '    status: active',
      '    condition: >-',
      '      isReefer and',
      '      via any [PAPTY, PAMIT]',
    ].join('\n');
    const r = parseRuleSetText(yaml, 'yaml', 'local.yaml');
    expect(r.ok && r.value.rules.map((x) => [x.definition.id, x.definition.version])).toEqual([
      ['Y1', 2],
    ]);
    const bad = parseRuleSetText('id: x\nrules: [a, b\n', 'yaml');
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics[0]?.at?.line).toBeGreaterThanOrEqual(2);
  });
});

describe('evaluateRuleSet', () => {
  const set = parseRuleSet({
    id: 'set',
    version: '2026.1',
    rules: [
      rule({}),
      rule({ id: 'R-REEFER', weight: 0.5, reason: 'Reefer', condition: 'isReefer' }),
      rule({ id: 'R-DRAFT', status: 'draft', condition: 'isReefer' }),
      rule({ id: 'R-RETIRED', status: 'retired', condition: 'isReefer' }),
      rule({ id: 'R-2025', validFrom: '2025-01-01', validTo: '2026-01-01', condition: 'isReefer' }),
      rule({ id: 'R-LATER', validFrom: '2026-06-01T00:00:00Z', condition: 'isReefer' }),
    ],
  });
  if (!set.ok) throw new Error(JSON.stringify(set.diagnostics));
  const compiled = compileRuleSet(set.value);

  it('fires active rules in their validity period, heaviest first, with rendered reasons', () => {
    const r = evaluateRuleSet(compiled, values, t('2026-03-01T00:00:00Z'));
    expect(r.fired.map((f) => f.id)).toEqual(['R-REEFER', 'R1']);
    expect(r.fired[1]?.reason).toBe('Bananas from EC via PAPTY, ESALG');
    expect(r.score).toBeCloseTo(1 - 0.5 * 0.6);
    expect(r.ruleSetVersion).toBe('2026.1');
  });

  it('honours validity bounds: from inclusive, to exclusive', () => {
    expect(
      evaluateRuleSet(compiled, values, t('2025-12-31T23:59:59Z')).fired.map((f) => f.id),
    ).toContain('R-2025');
    expect(
      evaluateRuleSet(compiled, values, t('2026-01-01T00:00:00Z')).fired.map((f) => f.id),
    ).not.toContain('R-2025');
    expect(
      evaluateRuleSet(compiled, values, t('2026-06-01T00:00:00Z')).fired.map((f) => f.id),
    ).toContain('R-LATER');
  });

  it('scores 0 with nothing fired', () => {
    const r = evaluateRuleSet(compiled, { isReefer: false }, t('2026-03-01T00:00:00Z'));
    expect(r).toMatchObject({ fired: [], score: 0 });
  });
});
