import { describe, expect, it } from 'vitest';
import { nulCharacter } from './nul-character.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('nulCharacter', () => {
  it('places a NUL byte by line, column and byte offset', () => {
    const text = 'a;b\nc;d\u0000e\n';
    const d = nulCharacter(bytes(text), 'm.csv');
    expect(d?.code).toBe('intake.nul-character');
    expect(d?.at).toEqual({ source: 'm.csv', line: 2, column: 4, offset: 7 });
  });

  it('finds a JSON \\u0000 escape, but not an escaped backslash before "u0000"', () => {
    const escaped = '{"a":"x\\\\u0000","b":"é\\u0000"}';
    const d = nulCharacter(bytes(escaped), 'e.json', escaped);
    // The second escape: after 22 characters, "é" taking two bytes.
    expect(d?.at).toEqual({ source: 'e.json', line: 1, column: 24, offset: 23 });
    expect(nulCharacter(bytes('{"a":"x\\\\u0000"}'), 'e.json', '{"a":"x\\\\u0000"}')).toBe(
      undefined,
    );
  });

  it('says nothing of an upload without one', () => {
    expect(nulCharacter(bytes("UNB+UNOC:3+A+B+240310:1000+1'"), 'i.edi')).toBe(undefined);
  });
});
