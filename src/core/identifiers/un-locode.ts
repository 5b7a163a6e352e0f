/**
 * UN/LOCODE: ISO 3166 country code and a 3-character location code (letters and digits 2–9;
 * 0 and 1 are reserved but occur in the list, so they pass with a warning),
 * written with or without a space ("BE ANR", "BEANR"). Existence is checked against the bundled
 * UN/LOCODE list when a lookup is given.
 */
import type { Brand } from '../brand.ts';
import { diagnostic } from '../diagnostic.ts';
import { fail, ok, type Result } from '../result.ts';

export type UnLocode = Brand<string, 'UnLocode'>;

/** Upper-case letters, then letters or digits 2–9: valid as written, no warning to give. */
function isPlainCode(s: string): boolean {
  if (s.length !== 5) return false;
  for (let i = 0; i < 5; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) continue;
    if (i < 2 || c < 50 || c > 57) return false;
  }
  return true;
}

export function parseUnLocode(raw: string, known?: (code: string) => boolean): Result<UnLocode> {
  if (isPlainCode(raw) && (known === undefined || known(raw))) return ok(raw as UnLocode);
  const s = raw.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}[A-Z0-9]{3}$/.test(s)) {
    return fail(
      diagnostic(
        'locode.format',
        `UN/LOCODE "${raw}" must be a 2-letter country code and 3 letters or digits (e.g. BEANR).`,
        { field: 'locode' },
        'error',
        { value: raw },
      ),
    );
  }
  if (known && !known(s)) {
    return fail(
      diagnostic(
        'locode.unknown',
        `UN/LOCODE "${s}" is not in the UN/LOCODE list.`,
        { field: 'locode' },
        'error',
        { value: s },
      ),
    );
  }
  // The scheme reserves 0 and 1 (easily confused with O and I), yet a few listed codes use them.
  const reserved = /[01]/.test(s.slice(2))
    ? [
        diagnostic(
          'locode.reserved-digit',
          `UN/LOCODE "${s}" uses the digit 0 or 1, which the code scheme reserves; accepted as written.`,
          { field: 'locode' },
          'warning',
          { value: s },
        ),
      ]
    : [];
  return ok(s as UnLocode, reserved);
}

export function locodeCountry(code: UnLocode): string {
  return code.slice(0, 2);
}
