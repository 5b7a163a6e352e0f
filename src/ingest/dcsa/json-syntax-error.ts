/**
 * Locates the first syntax error in a JSON text that `JSON.parse` rejected, as a 0-based offset
 * with its 1-based line and column. Engines word (and position) their errors differently, so a
 * small recursive-descent scanner finds the offset itself; it only runs on text already known bad.
 */

export interface TextLocation {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

// Deeper nesting is reported as an error at that depth (and keeps the scanner within the stack).
const MAX_DEPTH = 1000;
const LITERALS = ['true', 'false', 'null'] as const;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON strings exclude raw control characters (U+0000–U+001F).
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  skipSpace(): void {
    while (/[ \t\n\r]/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  /** Advances over one value; returns false at the first character that cannot belong. */
  value(depth: number): boolean {
    this.skipSpace();
    const c = this.text[this.pos];
    if (depth > MAX_DEPTH) return false;
    if (c === '{') return this.members(depth);
    if (c === '[') return this.elements(depth);
    if (c === '"') return this.match(STRING);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.match(NUMBER);
    const literal = LITERALS.find((l) => this.text.startsWith(l, this.pos));
    if (literal === undefined) return false;
    this.pos += literal.length;
    return true;
  }

  match(re: RegExp): boolean {
    re.lastIndex = this.pos;
    if (!re.test(this.text)) return false;
    this.pos = re.lastIndex;
    return true;
  }

  expect(ch: string): boolean {
    this.skipSpace();
    if (this.text[this.pos] !== ch) return false;
    this.pos++;
    return true;
  }

  members(depth: number): boolean {
    this.pos++;
    if (this.expect('}')) return true;
    do {
      this.skipSpace();
      if (!this.match(STRING) || !this.expect(':') || !this.value(depth + 1)) return false;
    } while (this.expect(','));
    return this.expect('}');
  }

  elements(depth: number): boolean {
    this.pos++;
    if (this.expect(']')) return true;
    do {
      if (!this.value(depth + 1)) return false;
    } while (this.expect(','));
    return this.expect(']');
  }
}

export function locationOf(text: string, offset: number): TextLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

/** Where the first syntax error is (the end of the text when it stops too early). */
export function locateJsonSyntaxError(text: string): TextLocation {
  const s = new Scanner(text);
  if (s.value(0)) s.skipSpace();
  return locationOf(text, Math.min(s.pos, text.length));
}
