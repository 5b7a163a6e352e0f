/**
 * The character codes of a scanned piece of text as a typed array, `codes[k]` being
 * `text.charCodeAt(k)`: the readers walk segments through it (a typed-array read is about twice
 * as quick as `charCodeAt`, which must check the string's representation on every call) and
 * slice values from the text. An ASCII piece's codes are its bytes; any other text's are
 * copied out of it, in a `Uint16Array` when it holds a character above U+00FF.
 */
export type CharCodes = Uint8Array | Uint16Array;

// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const encoder = new TextEncoder();

/** A copy of bytes known to decode one character per byte (the caller may reuse its buffer). */
export function codesOfAscii(bytes: Uint8Array): Uint8Array {
  const codes = new Uint8Array(bytes.length);
  codes.set(bytes);
  return codes;
}

/** The character codes of any text. */
export function codesOf(text: string): CharCodes {
  const n = text.length;
  // A long ASCII text is encoded natively (UTF-8 of ASCII is the codes themselves).
  if (n > 256 && ASCII_ONLY.test(text)) return encoder.encode(text);
  const narrow = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return wide(text);
    narrow[i] = c;
  }
  return narrow;
}

function wide(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}
