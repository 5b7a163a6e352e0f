/**
 * A CSV manifest or a DCSA JSON upload decoded as UTF-8, its only encoding. A byte sequence that is
 * not UTF-8 (a Latin-1 or Windows-1252 export, a cut multi-byte character) would otherwise be
 * replaced by U+FFFD and the record stored with a changed name or description; instead the upload
 * is refused with the place of the first such byte, so the sender can re-export it as UTF-8.
 */
import { diagnostic } from '../core/diagnostic.ts';
import { fail, ok, type Result } from '../core/result.ts';
import { bytePosition } from './byte-position.ts';

const strict = new TextDecoder('utf-8', { fatal: true });

/** The upload's text, or a diagnostic at the first byte that is not UTF-8 (line, column, offset in bytes). */
export function utf8Text(bytes: Uint8Array, source: string): Result<string> {
  try {
    return ok(strict.decode(bytes));
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const { line, column } = bytePosition(bytes, offset);
    const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return fail(
      diagnostic(
        'intake.invalid-utf8',
        `Line ${line}, column ${column} (byte ${offset}): byte 0x${hex} does not start or continue a UTF-8 character; CSV manifests and DCSA JSON must be UTF-8 (re-export the file as UTF-8). Nothing of the upload was accepted.`,
        { source, line, column, offset },
        'error',
        { line, column, offset, byte: `0x${hex}` },
      ),
    );
  }
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (bytes.length if none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length =
      b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}
