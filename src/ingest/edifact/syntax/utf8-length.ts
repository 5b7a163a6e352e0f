/**
 * Byte length of a UTF-16 string range once encoded as UTF-8 (for exact byte offsets). U+FFFD
 * counts as one byte: the decoder puts it in place of an ill-formed sequence of one to three
 * bytes, so offsets after invalid bytes may run short by up to two per replacement, never over.
 */
export function utf8Length(text: string, start: number, end: number): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || c === 0xfffd) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
