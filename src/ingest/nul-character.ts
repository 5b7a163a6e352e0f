/**
 * U+0000 in an upload: PostgreSQL stores no NUL in text or JSON, so an EDIFACT element, a CSV
 * field or a JSON string holding one (a 0 byte, or in JSON the escape `\u0000`) cannot be kept.
 * Found before anything is parsed, so the upload is refused with its place instead of failing in
 * the database.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostic.ts';
import { bytePosition } from './byte-position.ts';

/**
 * The first NUL of the upload as a diagnostic (line, column and offset counted in bytes), or
 * undefined. `jsonText`: the upload decoded, for a JSON upload, whose `\u0000` escapes count too.
 */
export function nulCharacter(
  bytes: Uint8Array,
  source: string,
  jsonText?: string,
): Diagnostic | undefined {
  let offset = bytes.indexOf(0);
  const escape = jsonText === undefined ? -1 : jsonNulEscape(jsonText);
  if (escape >= 0) {
    const at = new TextEncoder().encode(jsonText!.slice(0, escape)).length;
    if (offset < 0 || at < offset) offset = at;
  }
  if (offset < 0) return undefined;
  const { line, column } = bytePosition(bytes, offset);
  return diagnostic(
    'intake.nul-character',
    `Line ${line}, column ${column} (byte ${offset}): the upload holds a NUL character (U+0000), which cannot be stored; nothing of it was accepted.`,
    { source, line, column, offset },
    'error',
    { line, column, offset },
  );
}

/** Index of the first JSON `\u0000` escape (its backslash not itself escaped), or -1. */
function jsonNulEscape(text: string): number {
  for (let i = text.indexOf('\\u0000'); i >= 0; i = text.indexOf('\\u0000', i + 1)) {
    let slashes = 0;
    while (i - slashes - 1 >= 0 && text[i - slashes - 1] === '\\') slashes++;
    if (slashes % 2 === 0) return i;
  }
  return -1;
}
