// TOTP against the RFC 6238 appendix B vectors (SHA-1, SHA-256, SHA-512, 8 digits), HOTP against
// RFC 4226 appendix D, base32 round trips, and the ±1 step window of matchTotp.
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from '../../src/services/auth/base32.ts';
import { hotp, matchTotp, totp } from '../../src/services/auth/totp.ts';

const ascii = (s: string) => new TextEncoder().encode(s);
const SEEDS = {
  sha1: ascii('12345678901234567890'),
  sha256: ascii('12345678901234567890123456789012'),
  sha512: ascii('1234567890123456789012345678901234567890123456789012345678901234'),
};

// RFC 6238 appendix B: time (s) → codes for SHA-1, SHA-256, SHA-512.
const VECTORS: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(VECTORS)('at %i s gives the appendix B codes', (seconds, sha1, sha256, sha512) => {
    const at = new Date(seconds * 1000);
    expect(totp(SEEDS.sha1, at, { digits: 8, algorithm: 'sha1' })).toBe(sha1);
    expect(totp(SEEDS.sha256, at, { digits: 8, algorithm: 'sha256' })).toBe(sha256);
    expect(totp(SEEDS.sha512, at, { digits: 8, algorithm: 'sha512' })).toBe(sha512);
  });

  it('HOTP gives the RFC 4226 appendix D values', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expect(expected.map((_, counter) => hotp(SEEDS.sha1, counter))).toEqual(expected);
  });

  it('accepts the code of the previous, current and next step only, and only digits', () => {
    const secret = base32Encode(SEEDS.sha1);
    const now = new Date(1111111111 * 1000);
    const step = Math.floor(1111111111 / 30);
    const at = (offset: number) => hotp(SEEDS.sha1, step + offset);
    expect(matchTotp(secret, at(0), now)).toBe(step);
    expect(matchTotp(secret, at(-1), now)).toBe(step - 1);
    expect(matchTotp(secret, at(1), now)).toBe(step + 1);
    expect(matchTotp(secret, at(2), now)).toBeUndefined();
    expect(matchTotp(secret, at(-2), now)).toBeUndefined();
    expect(matchTotp(secret, 'abcdef', now)).toBeUndefined();
    expect(matchTotp(secret, '1234567', now)).toBeUndefined();
  });
});

describe('base32 (RFC 4648)', () => {
  it('encodes the RFC 4648 test vectors and decodes them back', () => {
    const cases: [string, string][] = [
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [text, encoded] of cases) {
      expect(base32Encode(ascii(text))).toBe(encoded);
      expect(new TextDecoder().decode(base32Decode(encoded.toLowerCase()))).toBe(text);
    }
    expect(() => base32Decode('MZ1W')).toThrow(/invalid character "1"/);
  });
});
