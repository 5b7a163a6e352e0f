/** Default service characters (ISO 9735 level A/B) and the UNA text that announces a set. */
import type { Delimiters } from './segment.ts';

/** The delimiters in force when an interchange has no UNA: `:+.? '`. */
export const DEFAULT_DELIMITERS: Readonly<Delimiters> = Object.freeze({
  component: ':',
  element: '+',
  decimal: '.',
  release: '?',
  repetition: ' ',
  segment: "'",
});

/** Syntax version 4 defaults: as above with `*` as the repetition separator. */
export const DEFAULT_DELIMITERS_V4: Readonly<Delimiters> = Object.freeze({
  ...DEFAULT_DELIMITERS,
  repetition: '*',
});

/** The UNA service string advice for a delimiter set, terminator included. */
export function unaText(d: Delimiters): string {
  return `UNA${d.component}${d.element}${d.decimal}${d.release}${d.repetition}${d.segment}`;
}

/** True when the repetition separator is in use (anything but the v3 reserved space). */
export function hasRepetition(d: Delimiters): boolean {
  return d.repetition !== ' ' && d.repetition !== '';
}
