/**
 * Harmonized System commodity codes. The first six digits are the international HS 2022
 * subheading, checked against the bundled nomenclature when a lookup is given; 8- and 10-digit
 * national codes (CN, HTS) keep their HS6 prefix. Dots and spaces are accepted ("0803.90.10").
 */
import type { Brand } from '../brand.ts';
import { diagnostic } from '../diagnostic.ts';
import { fail, ok, type Result } from '../result.ts';

export type HsCode = Brand<string, 'HsCode'>;

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function parseHsCode(raw: string, knownHs6?: (hs6: string) => boolean): Result<HsCode> {
  const plain = (raw.length === 6 || raw.length === 8 || raw.length === 10) && isDigits(raw);
  const s = plain ? raw : raw.replace(/[\s.]/g, '');
  if (!plain && !/^(\d{6}|\d{8}|\d{10})$/.test(s)) {
    return fail(
      diagnostic(
        'hs.format',
        `HS code "${raw}" must have 6, 8 or 10 digits.`,
        { field: 'hsCode' },
        'error',
        { value: raw },
      ),
    );
  }
  const hs6 = s.slice(0, 6);
  if (knownHs6 && !knownHs6(hs6)) {
    return fail(
      diagnostic(
        'hs.unknown',
        `HS code "${raw}": subheading ${hs6} does not exist in HS 2022.`,
        { field: 'hsCode' },
        'error',
        { value: raw, subheading: hs6 },
      ),
    );
  }
  return ok(s as HsCode);
}

export function hs6Of(code: HsCode): string {
  return code.slice(0, 6);
}

export function hsChapter(code: HsCode): string {
  return code.slice(0, 2);
}
