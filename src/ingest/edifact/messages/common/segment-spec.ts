/**
 * Building segments for the writers: a tag and elements of components, with trailing empty
 * components and elements dropped, as ISO 9735 asks.
 */
export interface SegmentSpec {
  readonly tag: string;
  readonly elements: readonly (readonly string[])[];
}

export type ElementInput = string | undefined | readonly (string | undefined)[];

function trimEnd(values: readonly (string | undefined)[]): string[] {
  const out = values.map((v) => v ?? '');
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

export function seg(tag: string, ...elements: ElementInput[]): SegmentSpec {
  const els = elements.map((e) => trimEnd(typeof e === 'string' || e === undefined ? [e] : e));
  while (els.length > 0 && els[els.length - 1]?.length === 0) els.pop();
  return { tag, elements: els };
}

/** Splits a long text into chunks of at most `size` characters (name lines, free text). */
export function chunks(text: string, size: number, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length && out.length < max; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** A number as EDIFACT writes it: no exponent, no trailing zeros. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}
