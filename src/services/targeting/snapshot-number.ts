/**
 * How the feature snapshot (feature-snapshot.ts) writes a number: its shortest round-tripping
 * form, or, when that is long, the whole units it came from when they read back exactly:
 * milliseconds over a day (`d`) or an hour (`h`), or a fraction with a small denominator
 * (`2/7`). Ages and hours are milliseconds over a unit, a handful per container: their code is
 * found without writing the long form first (String on a fraction is the costly step).
 */
import { integerText, numberText } from './compact-text.ts';

const UNITS = [
  ['d', 86_400_000],
  ['h', 3_600_000],
] as const;
const LONG = 8;
const DENOMINATORS = 64;

export function numberCode(n: number): string {
  if (!Number.isInteger(n) && Number.isFinite(n)) {
    const text = unitText(n);
    if (text !== undefined && plainLongerThan(n, Math.max(LONG, text.length))) return text;
  }
  const plain = numberText(n);
  if (plain.length <= LONG || !Number.isFinite(n)) return plain;
  for (const [suffix, unit] of UNITS) {
    const whole = Math.round(n * unit);
    if (whole / unit === n && Number.isSafeInteger(whole)) {
      const text = integerText(whole) + suffix;
      if (text.length < plain.length) return text;
    }
  }
  for (let d = 2; d <= DENOMINATORS; d++) {
    const whole = Math.round(n * d);
    if (whole / d === n && Number.isSafeInteger(whole)) return `${integerText(whole)}/${d}`;
  }
  return plain;
}

export function numberOf(field: string): number {
  const last = field[field.length - 1];
  for (const [suffix, unit] of UNITS) if (last === suffix) return Number(field.slice(0, -1)) / unit;
  const slash = field.indexOf('/');
  if (slash < 0) return Number(field);
  return Number(field.slice(0, slash)) / Number(field.slice(slash + 1));
}

/** The code of the first unit whose whole number reads back as n, if any. */
function unitText(n: number): string | undefined {
  for (const [suffix, unit] of UNITS) {
    const whole = Math.round(n * unit);
    if (whole / unit === n && Number.isSafeInteger(whole)) return integerText(whole) + suffix;
  }
  return undefined;
}

/** 10⁰ … 10²², each exact (built by multiplying, not by pow). */
const POWERS = [1];
while (POWERS.length < 23) POWERS.push(POWERS[POWERS.length - 1]! * 10);
/** Below 2⁵¹ a scaled number is within ¾ of every integer that could read back as it. */
const EXACT_SCALED = 2 ** 51;

/**
 * True when numberText(n) of a finite non-integer n is certainly longer than `length`; false
 * when it is not, or when that cannot be decided exactly here. From 10⁻⁵ up, n is written in
 * fixed notation: its sign, the digits of its integer part (a decimal that reads back as a
 * non-integer has the same integer part), the point, and the fewest decimals that read back as
 * n. The text is longer when no decimal with `decimals` places reads back: m / 10^decimals !== |n|
 * for the integers m next to |n|·10^decimals (division rounds exactly as reading the decimal does).
 */
function plainLongerThan(n: number, length: number): boolean {
  const abs = Math.abs(n);
  if (!(abs >= 1e-5)) return false;
  let intDigits = 1;
  for (let whole = Math.trunc(abs); whole >= 10; whole = Math.floor(whole / 10)) intDigits++;
  const decimals = length - (n < 0 ? 1 : 0) - intDigits - 1;
  if (decimals < 1) return true;
  if (decimals >= POWERS.length) return false;
  const power = POWERS[decimals]!;
  const scaled = abs * power;
  if (!(scaled < EXACT_SCALED)) return false;
  const m = Math.round(scaled);
  return m / power !== abs && (m - 1) / power !== abs && (m + 1) / power !== abs;
}
