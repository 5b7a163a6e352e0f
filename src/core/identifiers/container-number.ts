/**
 * ISO 6346 freight container numbers: owner code (3 letters), equipment category (U, J or Z),
 * 6-digit serial number and check digit. Spaces, hyphens and lower case are accepted and
 * normalised ("msku 123456-7" → "MSKU1234567").
 */
import type { Brand } from '../brand.ts';
import { diagnostic } from '../diagnostic.ts';
import { fail, ok, type Result } from '../result.ts';

export type ContainerNumber = Brand<string, 'ContainerNumber'>;

export const EQUIPMENT_CATEGORIES = ['U', 'J', 'Z'] as const;
export type EquipmentCategory = (typeof EQUIPMENT_CATEGORIES)[number];

/** ISO 6346 character values by char code: digits 0–9, letters A=10 upwards skipping multiples of 11. */
const CHAR_VALUES: Int8Array = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let d = 0; d <= 9; d++) values[48 + d] = d;
  let v = 10;
  for (let c = 65; c <= 90; c++) {
    if (v % 11 === 0) v++;
    values[c] = v++;
  }
  return values;
})();

/** The check digit of the first ten characters (owner, category, serial). */
export function containerCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const code = first10.charCodeAt(i);
    sum += Math.max(0, code < 128 ? (CHAR_VALUES[code] ?? 0) : 0) << i;
  }
  return (sum % 11) % 10;
}

/**
 * Whether `s` is already an upper-case, valid container number (the common case, no regex and
 * no result object): readers check this first and parse only what fails it.
 */
export function isContainerNumber(s: string): s is ContainerNumber {
  if (s.length !== 11) return false;
  // The check digit's sum is taken in the same pass: each character is read once.
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) return false;
    sum += (CHAR_VALUES[c] as number) << i;
  }
  const category = s.charCodeAt(3);
  if (category !== 85 && category !== 74 && category !== 90) return false;
  sum += (CHAR_VALUES[category] as number) << 3;
  for (let i = 4; i < 10; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    sum += c << i;
  }
  const check = s.charCodeAt(10) - 48;
  return check >= 0 && check <= 9 && (sum % 11) % 10 === check;
}

export function parseContainerNumber(raw: string): Result<ContainerNumber> {
  if (isContainerNumber(raw)) return ok(raw);
  const s = raw.replace(/[\s-]/g, '').toUpperCase();
  const field = 'containerNumber';
  if (s.length !== 11) {
    return fail(
      diagnostic(
        'container-number.length',
        `Container number "${raw}" must have 11 characters (4 letters, 7 digits), found ${s.length}.`,
        { field },
        'error',
        { value: raw, length: s.length },
      ),
    );
  }
  if (!/^[A-Z]{3}/.test(s)) {
    return fail(
      diagnostic(
        'container-number.owner-code',
        `Container number "${raw}": owner code "${s.slice(0, 3)}" must be 3 letters.`,
        { field },
        'error',
        { value: raw, owner: s.slice(0, 3) },
      ),
    );
  }
  const category = s[3] ?? '';
  if (!(EQUIPMENT_CATEGORIES as readonly string[]).includes(category)) {
    return fail(
      diagnostic(
        'container-number.category',
        `Container number "${raw}": equipment category "${category}" must be U (freight container), J (detachable equipment) or Z (trailer or chassis).`,
        { field },
        'error',
        { value: raw, category },
      ),
    );
  }
  if (!/^\d{7}$/.test(s.slice(4))) {
    return fail(
      diagnostic(
        'container-number.serial',
        `Container number "${raw}": serial number and check digit "${s.slice(4)}" must be 7 digits.`,
        { field },
        'error',
        { value: raw, serial: s.slice(4) },
      ),
    );
  }
  const expected = containerCheckDigit(s);
  const given = Number(s[10]);
  if (expected !== given) {
    return fail(
      diagnostic(
        'container-number.check-digit',
        `Container number "${raw}": check digit is ${given}, expected ${expected}.`,
        { field },
        'error',
        { value: raw, given, expected },
      ),
    );
  }
  return ok(s as ContainerNumber);
}

export function ownerCode(n: ContainerNumber): string {
  return n.slice(0, 3);
}
