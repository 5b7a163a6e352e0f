/** Decimal numbers as EDIFACT numeric elements carry them (point or comma as the mark). */

/** The value of a decimal number text (point or comma as the mark); NaN when it is not one. */
export function numberOf(raw: string): number {
  // Plain digits (counts, weights in kilograms): summed in place, no string conversion.
  if (raw.length <= 15) {
    let n = 0;
    let i = 0;
    for (; i < raw.length; i++) {
      const c = raw.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      n = n * 10 + c;
    }
    if (i === raw.length && i > 0) return n;
  }
  if (!isDecimal(raw)) return Number.NaN;
  return Number(raw.includes(',') ? raw.replace(',', '.') : raw);
}

/** Digits with an optional leading minus and one decimal mark (point or comma) between digits. */
function isDecimal(raw: string): boolean {
  let i = raw.charCodeAt(0) === 45 ? 1 : 0;
  let digits = 0;
  let mark = -1;
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c === 44 || c === 46) && mark < 0 && digits > 0) mark = i;
    else return false;
  }
  return digits > 0 && mark !== raw.length - 1;
}
