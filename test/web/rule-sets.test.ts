// The Rules page's logic outside its components: reading pasted JSON with the place of a syntax
// error, the diagnostics of a refusal and where they point, and the rules of a stored document.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api/client.ts';
import {
  diagnosticsOf,
  lineColumn,
  parseDocument,
  percent,
  placeOf,
  rulesOf,
} from '../../web/src/lib/rule-sets.ts';

describe('rule set documents on the Rules page', () => {
  it('reads JSON, and names the line and column of a syntax error', () => {
    expect(parseDocument('{"id": "x", "rules": []}')).toEqual({
      ok: true,
      value: { id: 'x', rules: [] },
    });
    const bad = parseDocument('{\n  "id": "x",\n  "version": 1,,\n}');
    expect(bad).toMatchObject({ ok: false, line: 3, column: 16 });
    expect(parseDocument('  \n')).toEqual({ ok: false, message: 'the document is empty' });
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it("takes the diagnostics out of the server's refusal, and says where each points", () => {
    const refusal = new ApiError(422, 'validation_failed', 'the rule set does not parse', {
      diagnostics: [
        {
          code: 'rule.field',
          severity: 'error',
          message: 'weight',
          at: { pointer: '/rules/0/weight', field: 'weight' },
        },
        {
          code: 'rule.syntax',
          severity: 'error',
          message: 'end',
          at: { pointer: '/rules/1/condition', field: 'condition', line: 1, column: 13 },
        },
        { code: 'x', severity: 'error', message: 'no place' },
        'not a diagnostic',
      ],
    });
    const found = diagnosticsOf(refusal);
    expect(found.map(placeOf)).toEqual(['/rules/0/weight', '/rules/1/condition 1:13', '']);
    expect(placeOf({ code: 'c', severity: 'error', message: 'm', at: { field: 'id' } })).toBe('id');
    expect(diagnosticsOf(new ApiError(409, 'conflict', 'exists'))).toEqual([]);
    expect(diagnosticsOf(new Error('network'))).toEqual([]);
  });

  it('reads the rules of a document as written, missing fields empty', () => {
    const rules = rulesOf({
      id: 's',
      version: '1',
      rules: [
        { id: 'R1', version: 2, weight: 0.35, validFrom: '2025-01-01', condition: 'isReefer' },
        null,
      ],
    });
    expect(rules[0]).toMatchObject({
      id: 'R1',
      version: '2',
      weight: '0.35',
      validFrom: '2025-01-01',
      validTo: '',
      condition: 'isReefer',
    });
    expect(rules[1]?.id).toBe('');
    expect(rulesOf(undefined)).toEqual([]);
    expect(rulesOf({ rules: 'none' })).toEqual([]);
  });

  it("shows a rule's reason in the chosen language when the rule carries it, else in English", () => {
    const document = {
      rules: [
        { id: 'R1', reason: 'Bananas.', reasonTranslations: { fr: 'Bananes.', nl: 'Bananen.' } },
        { id: 'R2', reason: 'Pineapples.', reasonTranslations: { fr: 'Ananas.' } },
      ],
    };
    expect(rulesOf(document).map((r) => r.reason)).toEqual(['Bananas.', 'Pineapples.']);
    expect(rulesOf(document, 'nl').map((r) => r.reason)).toEqual(['Bananen.', 'Pineapples.']);
    expect(rulesOf(document, 'fr').map((r) => r.reason)).toEqual(['Bananes.', 'Ananas.']);
  });

  it('shows shares as percentages, and a dash when the API gives none', () => {
    expect(percent(0.0691)).toBe('6.9%');
    expect(percent(undefined)).toBe('–');
    expect(percent(Number.NaN)).toBe('–');
  });
});
