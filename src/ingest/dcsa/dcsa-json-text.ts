/** Parses JSON text without throwing: a value, or a syntax diagnostic with line and column. */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { locateJsonSyntaxError } from './json-syntax-error.ts';

export type JsonTextResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

export function parseJsonText(text: string, source?: string): JsonTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    // JSON.parse reports syntax errors by throwing; turn that into a positioned value.
    const at = locateJsonSyntaxError(body);
    const near = JSON.stringify(body.slice(at.offset, at.offset + 20));
    const ended = at.offset >= body.length;
    const message = ended
      ? 'The JSON text ends too early.'
      : `The JSON text is malformed near ${near}.`;
    const position = {
      ...(source === undefined ? {} : { source }),
      line: at.line,
      column: at.column,
      offset: at.offset,
    };
    const params = ended ? { variant: 'end' } : { variant: 'near', near };
    return {
      ok: false,
      diagnostic: diagnostic('dcsa.json-syntax', message, position, 'error', params),
    };
  }
}
