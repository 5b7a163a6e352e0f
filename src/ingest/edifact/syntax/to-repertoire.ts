/**
 * Makes free text fit a repertoire before it is written (for acknowledgement texts that quote
 * input): level A upper-cases and drops what it lacks; Latin-1 levels drop what is above U+00FF.
 */
import { repertoireAllows, type SyntaxIdentifier } from './syntax-identifier.ts';

export function toRepertoire(text: string, syntax: SyntaxIdentifier): string {
  const source = syntax === 'UNOA' ? text.toUpperCase() : text;
  let out = '';
  for (const ch of source) {
    const code = ch.codePointAt(0) ?? 0;
    const fits =
      code <= 0xffff ? repertoireAllows(syntax, code) : syntax === 'UNOW' || syntax === 'UNOY';
    out += fits ? ch : code === 10 || code === 13 || code === 9 ? ' ' : '.';
  }
  return out;
}
