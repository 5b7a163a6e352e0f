/** Reads the six service characters of a UNA segment, checking they can work as delimiters. */
import type { DiagnosticParams } from '../../../core/diagnostic.ts';
import type { Delimiters } from './segment.ts';

export type UnaAdvice =
  | { readonly ok: true; readonly delimiters: Delimiters }
  | { readonly ok: false; readonly reason: string; readonly params: DiagnosticParams };

export function parseUnaAdvice(chars: string): UnaAdvice {
  if (chars.length !== 6)
    return {
      ok: false,
      reason: `UNA must carry 6 service characters, found ${chars.length}`,
      params: { variant: 'length', count: chars.length },
    };
  const [component = '', element = '', decimal = '', release = '', repetition = '', segment = ''] =
    chars;
  // A space in the release or repetition position means "not used".
  const separators = [component, element, segment];
  if (release !== ' ') separators.push(release);
  if (repetition !== ' ') separators.push(repetition);
  if (new Set(separators).size !== separators.length) {
    return {
      ok: false,
      reason: `UNA service characters "${chars}" are not distinct`,
      params: { variant: 'distinct', characters: chars },
    };
  }
  const bad = separators.find((c) => /[A-Za-z0-9]/.test(c) || c === '\n' || c === '\r');
  if (bad !== undefined)
    return {
      ok: false,
      reason: `UNA service character ${JSON.stringify(bad)} cannot be a delimiter`,
      params: { variant: 'delimiter', character: JSON.stringify(bad) },
    };
  return { ok: true, delimiters: { component, element, decimal, release, repetition, segment } };
}
