/**
 * Syntax identifiers (UNB S001/0001): which character repertoire an interchange uses, how its
 * bytes decode, and which characters it allows. Sniffed from the raw bytes before decoding,
 * since UNA and UNB are always in the basic (ASCII) repertoire.
 */

export const SYNTAX_IDENTIFIERS = [
  'UNOA',
  'UNOB',
  'UNOC',
  'UNOD',
  'UNOE',
  'UNOF',
  'UNOG',
  'UNOH',
  'UNOI',
  'UNOJ',
  'UNOK',
  'UNOW',
  'UNOY',
] as const;
export type SyntaxIdentifier = (typeof SYNTAX_IDENTIFIERS)[number];

export function isSyntaxIdentifier(value: string): value is SyntaxIdentifier {
  return (SYNTAX_IDENTIFIERS as readonly string[]).includes(value);
}

/** The WHATWG encoding label that decodes an interchange's bytes. */
export function encodingOf(id: SyntaxIdentifier): string {
  switch (id) {
    case 'UNOA':
    case 'UNOB':
    case 'UNOC':
      // windows-1252 equals ISO 8859-1 outside 0x80-0x9F, which no repertoire allows anyway.
      return 'latin1';
    case 'UNOD':
      return 'iso-8859-2';
    case 'UNOE':
      return 'iso-8859-5';
    case 'UNOF':
      return 'iso-8859-7';
    case 'UNOG':
      return 'iso-8859-3';
    case 'UNOH':
      return 'iso-8859-4';
    case 'UNOI':
      return 'iso-8859-6';
    case 'UNOJ':
      return 'iso-8859-8';
    case 'UNOK':
      return 'iso-8859-9';
    case 'UNOW':
    case 'UNOY':
      return 'utf-8';
  }
}

/** Level A: upper case, digits, space and `. , - ( ) / = ' + : ? ! " % & * ; < >`. */
const LEVEL_A_PUNCTUATION = ` .,-()/='+:?!"%&*;<>`;

/** Whether a decoded character (UTF-16 code unit) belongs to the repertoire. */
export function repertoireAllows(id: SyntaxIdentifier, code: number): boolean {
  if (code < 0x20 || code === 0x7f || code === 0xfffd) return false;
  switch (id) {
    case 'UNOA':
      return isUpperOrDigit(code) || LEVEL_A_PUNCTUATION.includes(String.fromCharCode(code));
    case 'UNOB':
      return (code >= 97 && code <= 122) || repertoireAllows('UNOA', code);
    case 'UNOC':
      return code < 0x80 || (code >= 0xa0 && code <= 0xff);
    case 'UNOD':
    case 'UNOE':
    case 'UNOF':
    case 'UNOG':
    case 'UNOH':
    case 'UNOI':
    case 'UNOJ':
    case 'UNOK':
      return code < 0x80 || code >= 0xa0;
    case 'UNOW':
    case 'UNOY':
      return true;
  }
}

function isUpperOrDigit(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * The syntax identifier and version written in UNB, read from the first bytes of an interchange.
 * Returns undefined when the bytes do not yet hold a complete UNB S001 (or hold none).
 */
export function sniffSyntaxIdentifier(
  head: Uint8Array,
  elementSeparator: number,
): { readonly id: string; readonly version: string } | undefined {
  const at = indexOfUnb(head, elementSeparator);
  if (at < 0) return undefined;
  let i = at + 4;
  let id = '';
  while (i < head.length && isLetterOrDigit(head[i] ?? 0) && id.length < 4) {
    id += String.fromCharCode(head[i] ?? 0);
    i++;
  }
  if (i + 1 >= head.length) return undefined;
  const version = isLetterOrDigit(head[i + 1] ?? 0) ? String.fromCharCode(head[i + 1] ?? 0) : '';
  return { id, version };
}

function indexOfUnb(head: Uint8Array, sep: number): number {
  for (let i = 0; i + 3 < head.length; i++) {
    if (head[i] === 85 && head[i + 1] === 78 && head[i + 2] === 66 && head[i + 3] === sep) return i;
  }
  return -1;
}

function isLetterOrDigit(b: number): boolean {
  return (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57);
}
