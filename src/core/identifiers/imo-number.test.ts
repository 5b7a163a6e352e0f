import { describe, expect, it } from 'vitest';
import { imoCheckDigit, parseImoNumber } from './imo-number.ts';

describe('parseImoNumber', () => {
  it('accepts 9321483 with or without the IMO prefix', () => {
    for (const raw of ['9321483', 'IMO 9321483', 'imo9321483', ' 9321483 ']) {
      const r = parseImoNumber(raw);
      expect(r.ok && r.value).toBe('9321483');
    }
  });

  it('rejects 7654321: its check digit should be 9', () => {
    const r = parseImoNumber('7654321');
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['imo.check-digit']);
    expect(r.diagnostics[0]?.message).toContain('expected 9');
    expect(parseImoNumber('7654329').ok).toBe(true);
  });

  it('computes the check digit with weights 7 to 2', () => {
    // 9*7 + 3*6 + 2*5 + 1*4 + 4*3 + 8*2 = 123 → 3
    expect(imoCheckDigit('932148')).toBe(3);
  });

  it.each(['932148', '93214830', '93214B3', ''])('rejects the malformed %j', (raw) => {
    expect(parseImoNumber(raw).diagnostics.map((d) => d.code)).toEqual(['imo.format']);
  });
});
