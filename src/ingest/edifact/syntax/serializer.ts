/**
 * Writes one segment: the tag, then elements joined by the element separator and components by
 * the component separator, with every service character in the data escaped by the release
 * character. Trailing empty elements are written as given (callers omit them if they wish).
 */
import { DEFAULT_DELIMITERS, hasRepetition } from './delimiters.ts';
import type { Delimiters } from './segment.ts';

export function serializeSegment(
  tag: string,
  elements: readonly (readonly string[])[],
  d: Delimiters = DEFAULT_DELIMITERS,
): string {
  const escape = escaperFor(d);
  let out = tag;
  for (const element of elements) {
    out += d.element;
    for (let j = 0; j < element.length; j++) {
      if (j > 0) out += d.component;
      out += escape(element[j] ?? '');
    }
  }
  return out + d.segment;
}

/** A function that puts the release character before each service character (and CR/LF). */
export function escaperFor(d: Delimiters): (text: string) => string {
  const special = new Set([d.component, d.element, d.release, d.segment, '\n', '\r']);
  if (hasRepetition(d)) special.add(d.repetition);
  return (text) => {
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      if (!special.has(text[i] ?? '')) continue;
      out += `${text.slice(from, i)}${d.release}${text[i] ?? ''}`;
      from = i + 1;
    }
    return from === 0 ? text : out + text.slice(from);
  };
}
