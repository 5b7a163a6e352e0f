import { describe, expect, it } from 'vitest';
import type { Result } from '../core/result.ts';
import { IDENTIFIER_KINDS, isIdentifierKind } from './identifier-kind.ts';
import { validateIdentifier } from './validate-identifier.ts';

const summary = (r: Result<string>) => ({
  ok: r.ok,
  value: r.ok ? r.value : undefined,
  codes: r.diagnostics.map((d) => `${d.severity} ${d.code}`),
});

describe('validateIdentifier', () => {
  it.each([
    ['container', 'csqu 305438 3', 'CSQU3054383', 'container-number.valid'],
    ['imo', 'IMO 9321483', '9321483', 'imo.valid'],
    ['mmsi', '205123456', '205123456', 'mmsi.valid'],
    ['locode', 'BE ANR', 'BEANR', 'locode.valid'],
    ['locode', 'USNYC', 'USNYC', 'locode.valid'],
    ['hs', '0803.90.10', '08039010', 'hs.valid'],
    ['hs', '080390', '080390', 'hs.valid'],
    ['hs', '0901 21 10 00', '0901211000', 'hs.valid'],
    ['eori', 'BE0123456789', 'BE0123456789', 'eori.valid'],
    ['scac', 'maeu', 'MAEU', 'scac.valid'],
    ['country', 'be', 'BE', 'country.valid'],
  ] as const)('%s %j is valid as %s', (kind, raw, value, code) => {
    expect(summary(validateIdentifier(kind, raw))).toEqual({
      ok: true,
      value,
      codes: [`info ${code}`],
    });
  });

  it.each([
    ['container', 'CSQU3054384', ['error container-number.check-digit']],
    ['imo', '7654321', ['error imo.check-digit']],
    ['mmsi', '20512345', ['error mmsi.format']],
    ['locode', 'XXZZZ', ['error locode.unknown', 'info locode.hint']],
    ['locode', 'BEQQQ', ['error locode.unknown', 'info locode.hint']],
    ['hs', '080399', ['error hs.unknown', 'info hs.hint']],
    ['hs', '0803', ['error hs.format']],
    ['eori', 'QQ0123456789', ['error eori.country']],
    ['scac', 'MA3U', ['error scac.format']],
    ['country', 'XX', ['error country.unknown']],
  ] as const)('%s %j is invalid: %j', (kind, raw, codes) => {
    expect(summary(validateIdentifier(kind, raw))).toEqual({ ok: false, value: undefined, codes });
  });

  it('reports the flag of an MMSI from its MID', () => {
    const r = validateIdentifier('mmsi', '477123456');
    expect(r.diagnostics[0]?.message).toContain('flag HK');
  });

  it('warns about an MMSI whose MID is not allocated', () => {
    expect(summary(validateIdentifier('mmsi', '123456789')).codes).toEqual([
      'warning mmsi.unallocated-mid',
    ]);
  });

  it('describes a location in words a person can check', () => {
    const r = validateIdentifier('locode', 'BEANR');
    expect(r.diagnostics[0]?.message).toBe(
      'BEANR is Antwerpen (VAN), Belgium: sea port, rail terminal, road terminal, airport, postal exchange office; at 51.2167, 4.4167; World Port Index harbour size large.',
    );
  });

  it('names the existing subheadings when an HS subheading does not exist', () => {
    const r = validateIdentifier('hs', '0803.99');
    expect(r.diagnostics[1]?.message).toContain('080310, 080390');
  });

  it('says whether the country part of an unknown UN/LOCODE exists', () => {
    expect(validateIdentifier('locode', 'XXZZZ').diagnostics[1]?.message).toContain(
      '"XX" is not an ISO 3166 country code',
    );
    expect(validateIdentifier('locode', 'BEQQQ').diagnostics[1]?.message).toContain('Belgium');
  });

  it('accepts the few listed UN/LOCODEs that use the digit 0, with a warning', () => {
    expect(summary(validateIdentifier('locode', 'DE9B0'))).toEqual({
      ok: true,
      value: 'DE9B0',
      codes: ['warning locode.reserved-digit', 'info locode.valid'],
    });
    expect(validateIdentifier('locode', 'DE9C0').ok).toBe(false);
  });

  it('knows exactly its kinds', () => {
    expect(IDENTIFIER_KINDS.every(isIdentifierKind)).toBe(true);
    expect(isIdentifierKind('vin')).toBe(false);
  });
});
