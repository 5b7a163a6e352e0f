import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, utf8Text } from './utf8-text.ts';

const fatal = new TextDecoder('utf-8', { fatal: true });
const decodes = (bytes: Uint8Array) => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('UTF-8 uploads', () => {
  it('finds the first byte the strict decoder refuses, over arbitrary bytes', () => {
    // Bytes biased towards the multi-byte ranges, so overlongs, surrogates and cut sequences occur.
    const byte = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.integer({ min: 0xc0, max: 0xff }),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), (list) => {
        const bytes = Uint8Array.from(list);
        const at = firstInvalidUtf8(bytes);
        expect(at === bytes.length).toBe(decodes(bytes));
        expect(decodes(bytes.subarray(0, at))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('accepts well-formed text of every length class', () => {
    const text = 'Café Ñandú – 北京 🚢';
    const result = utf8Text(new TextEncoder().encode(text), 'upload');
    expect(result).toEqual({ ok: true, value: text, diagnostics: [] });
  });

  it('names the line, column and byte of a Latin-1 character', () => {
    const bytes = Uint8Array.from([...Buffer.from('a;b\nCaf'), 0xe9, ...Buffer.from(';x\n')]);
    const result = utf8Text(bytes, 'upload-7');
    expect(result.ok).toBe(false);
    const [error] = result.diagnostics;
    expect(error?.code).toBe('intake.invalid-utf8');
    expect(error?.message).toContain('Line 2, column 4 (byte 7): byte 0xE9');
    expect(error?.at).toEqual({ line: 2, column: 4, offset: 7, source: 'upload-7' });
  });
});
