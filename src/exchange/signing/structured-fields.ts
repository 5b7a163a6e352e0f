/**
 * The small part of Structured Field Values (RFC 8941) that HTTP Message Signatures use: a
 * dictionary whose members are inner lists of strings or byte sequences, with parameters that are
 * integers, strings or booleans. Parsing is strict and returns undefined for anything else, so a
 * malformed header is refused rather than guessed at.
 */
export type SfBare = string | number | boolean | Uint8Array;
export type SfParams = readonly (readonly [string, SfBare])[];

export interface SfMember {
  /** An inner list's items, or undefined when the member is a single item. */
  readonly items?: readonly SfBare[];
  readonly item?: SfBare;
  readonly params: SfParams;
}

export function base64Encode(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function base64Decode(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

export function serializeBare(value: SfBare): string {
  if (typeof value === 'string') return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '?1' : '?0';
  return `:${base64Encode(value)}:`;
}

export function serializeParams(params: SfParams): string {
  return params.map(([k, v]) => (v === true ? `;${k}` : `;${k}=${serializeBare(v)}`)).join('');
}

export function serializeInnerList(items: readonly SfBare[], params: SfParams): string {
  return `(${items.map(serializeBare).join(' ')})${serializeParams(params)}`;
}

/** Parses a dictionary header; undefined when it is not a well-formed one of the supported shape. */
export function parseDictionary(text: string): Map<string, SfMember> | undefined {
  const p = new Parser(text);
  const out = new Map<string, SfMember>();
  p.skipSpaces();
  while (!p.done()) {
    const key = p.key();
    if (key === undefined) return undefined;
    let member: SfMember | undefined;
    if (p.peek() === '=') {
      p.pos++;
      member = p.member();
    } else member = { item: true, params: p.params() ?? [] };
    if (member === undefined) return undefined;
    out.set(key, member);
    p.skipSpaces();
    if (p.done()) break;
    if (p.peek() !== ',') return undefined;
    p.pos++;
    p.skipSpaces();
    if (p.done()) return undefined;
  }
  return out;
}

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}
  done() {
    return this.pos >= this.text.length;
  }
  peek() {
    return this.text[this.pos];
  }
  skipSpaces() {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }
  key(): string | undefined {
    const m = /^[a-z*][a-z0-9_\-.*]*/.exec(this.text.slice(this.pos));
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }
  member(): SfMember | undefined {
    if (this.peek() !== '(') {
      const item = this.bare();
      const params = this.params();
      return item === undefined || params === undefined ? undefined : { item, params };
    }
    this.pos++;
    const items: SfBare[] = [];
    for (;;) {
      while (this.peek() === ' ') this.pos++;
      if (this.peek() === ')') break;
      const item = this.bare();
      if (item === undefined || this.params()?.length !== 0) return undefined;
      items.push(item);
      if (this.peek() !== ' ' && this.peek() !== ')') return undefined;
    }
    this.pos++;
    const params = this.params();
    return params === undefined ? undefined : { items, params };
  }
  params(): [string, SfBare][] | undefined {
    const out: [string, SfBare][] = [];
    while (this.peek() === ';') {
      this.pos++;
      while (this.peek() === ' ') this.pos++;
      const key = this.key();
      if (key === undefined) return undefined;
      let value: SfBare | undefined = true;
      if (this.peek() === '=') {
        this.pos++;
        value = this.bare();
      }
      if (value === undefined) return undefined;
      out.push([key, value]);
    }
    return out;
  }
  bare(): SfBare | undefined {
    const rest = this.text.slice(this.pos);
    const m =
      /^"((?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*)"/.exec(rest) ??
      /^(-?\d{1,15})(?![\d.])/.exec(rest) ??
      /^:([A-Za-z0-9+/=]*):/.exec(rest) ??
      /^\?([01])/.exec(rest);
    if (!m) return undefined;
    this.pos += m[0].length;
    const body = m[1] ?? '';
    if (m[0].startsWith('"')) return body.replace(/\\(["\\])/g, '$1');
    if (m[0].startsWith(':')) return base64Decode(body);
    if (m[0].startsWith('?')) return body === '1';
    return Number(body);
  }
}
