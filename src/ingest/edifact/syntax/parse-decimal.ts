/**
 * Numbers in EDIFACT text: the decimal mark may be a comma or a point (ISO 9735 lets either
 * appear whatever UNA announces); a leading minus is the only sign; no exponent, no grouping.
 */
import type { Delimiters } from './segment.ts';

const ZERO = 48;
const NINE = 57;

/** The number a numeric data element carries, or undefined when the text is not one. */
export function parseDecimal(
  text: string,
  delimiters?: Pick<Delimiters, 'decimal'>,
): number | undefined {
  const mark = delimiters?.decimal ?? '.';
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  let digits = 0;
  let markAt = -1;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) digits++;
    else if ((c === 44 || c === 46 || text[i] === mark) && markAt < 0) markAt = i;
    else return undefined;
  }
  if (digits === 0) return undefined;
  const normal = markAt < 0 ? text : `${text.slice(0, markAt)}.${text.slice(markAt + 1)}`;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}
