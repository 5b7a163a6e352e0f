/** Helpers to read the syntax identifier before any decoding: UNA and UNB are plain ASCII. */
import { sniffSyntaxIdentifier } from './syntax-identifier.ts';

const PLUS = 43;

/** The element separator: UNA's second service character when the input starts with UNA, else `+`. */
export function leadingElementSeparator(head: Uint8Array): number {
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (head[i] === 10 || head[i] === 13) i++;
  if (head[i] === 85 && head[i + 1] === 78 && head[i + 2] === 65 && i + 4 < head.length)
    return head[i + 4] ?? PLUS;
  return PLUS;
}

/** The syntax identifier named in a text input's UNB, if its first 4 KiB hold one. */
export function sniffText(text: string): string | undefined {
  const n = Math.min(text.length, 4096);
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return sniffSyntaxIdentifier(bytes, leadingElementSeparator(bytes))?.id;
}
