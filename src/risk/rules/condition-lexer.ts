/** Tokens of the rule condition language, each with its position in the condition text. */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import type { TextPosition } from './condition.ts';

export const TOKEN_KINDS = ['word', 'number', 'string', 'op', 'punct', 'end'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** For strings, the text with quotes and escapes removed. */
  readonly value: string;
  readonly at: TextPosition;
}

/** Words (feature names, codes such as PAPTY, 45R1 or fruit-juice). */
const WORD = /[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*/y;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const OP = /!=|<=|>=|==|=|<|>/y;
const PUNCT = '()[],';

export function tokenize(text: string): { tokens: Token[]; diagnostics: Diagnostic[] } {
  const tokens: Token[] = [];
  const diagnostics: Diagnostic[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n') {
      line++;
      lineStart = ++i;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    const at = { offset: i, line, column: i - lineStart + 1 };
    const token = readToken(text, i, at);
    if ('error' in token) {
      diagnostics.push(
        diagnostic('rule.syntax', token.error, { line, column: at.column, offset: i }),
      );
      if (token.skip === 0) break;
      i += token.skip;
      continue;
    }
    tokens.push(token);
    i += token.text.length;
  }
  const end = { offset: text.length, line, column: text.length - lineStart + 1 };
  tokens.push({ kind: 'end', text: '', value: '', at: end });
  return { tokens, diagnostics };
}

type Read = Token | { error: string; skip: number };

function readToken(text: string, i: number, at: TextPosition): Read {
  const ch = text[i]!;
  if (ch === '"' || ch === "'") return readString(text, i, at);
  if (PUNCT.includes(ch)) return { kind: 'punct', text: ch, value: ch, at };
  NUMBER.lastIndex = i;
  const n = NUMBER.exec(text);
  // A code such as 45R1 starts like a number: it is a word when letters follow.
  if (n && !/[A-Za-z_]/.test(text[i + n[0].length] ?? '')) {
    return { kind: 'number', text: n[0], value: n[0], at };
  }
  for (const [kind, re] of [
    ['word', WORD],
    ['op', OP],
  ] as const) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) return { kind, text: m[0], value: m[0], at };
  }
  return { error: `Unexpected character "${ch}".`, skip: 1 };
}

function readString(text: string, start: number, at: TextPosition): Read {
  const quote = text[start]!;
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      value += text[++i];
    } else if (ch === quote) {
      return { kind: 'string', text: text.slice(start, i + 1), value, at };
    } else if (ch === '\n') {
      break;
    } else {
      value += ch;
    }
  }
  return { error: 'Unterminated string literal.', skip: 0 };
}
