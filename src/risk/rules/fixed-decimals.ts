/**
 * Number.prototype.toFixed for one or two decimals, several times faster: explanations format
 * a score and several values for every container scored. Same digits as toFixed (round half
 * away from zero on the binary value; a property test holds them together); falls back to
 * toFixed on ties and outside the range where the integer arithmetic is exact.
 */
const SCALE = [1, 10, 100] as const;

/** The words of the first thousand non-negative results per number of digits ("0.00" … "9.99",
 *  "0.0" … "99.9"): scores and contributions are small numbers, written for every container. */
const small = (digits: 1 | 2) =>
  Array.from({ length: 1_000 }, (_, n) => {
    const scale = SCALE[digits];
    return `${Math.floor(n / scale)}.${String(n % scale).padStart(digits, '0')}`;
  });
const SMALL = [[], small(1), small(2)] as const;

export function fixedDecimals(x: number, digits: 1 | 2): string {
  const small = smallFixedIndex(x, digits);
  if (small >= 0) return SMALL[digits][small]!;
  const scale = SCALE[digits];
  const scaled = Math.abs(x) * scale;
  // toFixed rounds the exact binary value, and the product can land on a tie that is not one:
  // ties (rare) and huge values go to toFixed.
  const n = Math.round(scaled);
  if (!(scaled < 1e15) || n - scaled === 0.5) return x.toFixed(digits);
  const whole = Math.floor(n / scale);
  const part = n - whole * scale;
  const sign = x < 0 ? '-' : '';
  const frac = digits === 2 && part < 10 ? `0${part}` : String(part);
  return `${sign}${whole}.${frac}`;
}

/**
 * n when fixedDecimals(x, digits) is the n-th of the small results ("0.00" … "9.99", "0.0" …
 * "99.9"), -1 otherwise (negative, a tie, or larger): callers keep their own words per n.
 */
export function smallFixedIndex(x: number, digits: 1 | 2): number {
  const scaled = Math.abs(x) * SCALE[digits];
  const n = Math.round(scaled);
  return scaled < 1e15 && n - scaled !== 0.5 && n < 1_000 && !(x < 0) ? n : -1;
}
