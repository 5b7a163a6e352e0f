/** RFC 6901 JSON pointers: build "/0/transportCall/vessel/vesselIMONumber" one token at a time. */

/** Escapes one reference token ("~" → "~0", "/" → "~1"). */
export function escapePointerToken(token: string | number): string {
  const s = String(token);
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

/** The pointer to a child of `base` ("" is the whole document). */
export function childPointer(base: string, ...tokens: readonly (string | number)[]): string {
  let p = base;
  for (const t of tokens) p += `/${escapePointerToken(t)}`;
  return p;
}
