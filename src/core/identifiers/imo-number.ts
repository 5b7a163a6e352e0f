/** IMO ship identification numbers: 7 digits, the last a check digit (weights 7..2, mod 10). */
import type { Brand } from '../brand.ts';
import { diagnostic } from '../diagnostic.ts';
import { fail, ok, type Result } from '../result.ts';

export type ImoNumber = Brand<string, 'ImoNumber'>;

export function imoCheckDigit(first6: string): number {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (first6.charCodeAt(i) - 48) * (7 - i);
  return sum % 10;
}

/** Accepts "9321483" and "IMO 9321483"; yields the 7 digits. */
export function parseImoNumber(raw: string): Result<ImoNumber> {
  const s = raw
    .trim()
    .toUpperCase()
    .replace(/^IMO\s*/, '');
  const field = 'imoNumber';
  if (!/^\d{7}$/.test(s)) {
    return fail(
      diagnostic('imo.format', `IMO number "${raw}" must be 7 digits.`, { field }, 'error', {
        value: raw,
      }),
    );
  }
  const expected = imoCheckDigit(s);
  if (expected !== Number(s[6])) {
    return fail(
      diagnostic(
        'imo.check-digit',
        `IMO number "${raw}": check digit is ${s[6]}, expected ${expected}.`,
        { field },
        'error',
        { value: raw, given: s[6] ?? '', expected },
      ),
    );
  }
  return ok(s as ImoNumber);
}
