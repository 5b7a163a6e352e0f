import { describe, expect, it } from 'vitest';
import { rememberedMatches } from './remembered-matches.ts';

describe('rememberedMatches', () => {
  const counting = () => {
    const calls: string[] = [];
    const match = (lists: { id: string }, name: string, country: string | undefined) => {
      calls.push(`${lists.id}:${name}:${country ?? ''}`);
      return [`${name}@${lists.id}`];
    };
    return { calls, match };
  };

  it('screens a name and country once per list set', () => {
    const { calls, match } = counting();
    const remembered = rememberedMatches(match);
    const lists = { id: 'a' };
    expect(remembered(lists, 'ACME', 'NL')).toEqual(['ACME@a']);
    expect(remembered(lists, 'ACME', 'NL')).toEqual(['ACME@a']);
    expect(remembered(lists, 'ACME', undefined)).toEqual(['ACME@a']);
    expect(calls).toEqual(['a:ACME:NL', 'a:ACME:']);
  });

  it('starts afresh for a new list set', () => {
    const { calls, match } = counting();
    const remembered = rememberedMatches(match);
    remembered({ id: 'a' }, 'ACME', 'NL');
    expect(remembered({ id: 'b' }, 'ACME', 'NL')).toEqual(['ACME@b']);
    expect(calls).toEqual(['a:ACME:NL', 'b:ACME:NL']);
  });

  it('forgets everything once it holds its capacity', () => {
    const { calls, match } = counting();
    const remembered = rememberedMatches(match, 2);
    const lists = { id: 'a' };
    for (const n of ['X', 'Y', 'Z', 'X']) remembered(lists, n, undefined);
    expect(calls).toEqual(['a:X:', 'a:Y:', 'a:Z:', 'a:X:']);
  });
});
