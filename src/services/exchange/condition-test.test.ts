import { describe, expect, it } from 'vitest';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { CargoCondition } from '../../exchange/objects/lookout.ts';
import { seededRandom, type Random } from '../../risk/features/testing/synthetic-consignments.ts';
import { conditionTest, literalPrefix } from './condition-test.ts';
import { compileCargo } from './lookout-matcher.ts';
import { PrefixTrie } from './prefix-trie.ts';

/** What `lookout-matcher.ts` decides for the condition on a value (as a bill number). */
function matcherSays(operator: CargoCondition['operator'], pattern: string, value: string) {
  const bill = { billNumber: value } as Consignment;
  const condition: CargoCondition = {
    entity: 'consignment',
    property: 'bill_number',
    operator,
    value: pattern,
  };
  return compileCargo([condition])(bill) !== undefined;
}

// Letters and the characters next to them in ASCII, wildcards, regular expression syntax, and
// characters that upper-case onto ASCII or into two letters (ſ → S, ı → I, ß → SS, ﬀ → FF, K
// the Kelvin sign), a line break and half a surrogate pair.
const UNITS = [
  'a',
  'A',
  's',
  'S',
  'k',
  'K',
  'i',
  'I',
  '0',
  '8',
  '%',
  '_',
  '.',
  '*',
  '\\',
  '[',
  '(',
  '$',
  '^',
  '-',
  ' ',
  'ſ',
  'ı',
  'ß',
  'ﬀ',
  'K',
  'é',
  'É',
  '\n',
  '\ud83d',
];
const ASCII_UNITS = UNITS.filter((u) => u.charCodeAt(0) < 128);

const word = (rnd: Random, units: readonly string[], max: number) =>
  Array.from(
    { length: Math.floor(rnd() * (max + 1)) },
    () => units[Math.floor(rnd() * units.length)]!,
  ).join('');

const twin = (ch: string) => String.fromCharCode(ch.charCodeAt(0) ^ 0x20);

describe('cargo condition tests', () => {
  it('decide as the lookout matcher does, for = and LIKE, over 20,000 random pairs', () => {
    const rnd = seededRandom(41);
    let met = 0;
    const differ: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const operator = rnd() < 0.3 ? '=' : 'LIKE';
      const pattern = word(rnd, rnd() < 0.8 ? ASCII_UNITS : UNITS, 5);
      // Values often made from the pattern, wildcards filled in and some characters swapped for
      // their twin 32 code units away (a → A, [ → {), so that many meet it and many nearly do.
      const value =
        rnd() < 0.4
          ? word(rnd, UNITS, 6)
          : pattern.replace(/./gsu, (ch) =>
              ch === '%' || ch === '_' ? word(rnd, UNITS, 2) : rnd() < 0.2 ? twin(ch) : ch,
            );
      const expected = matcherSays(operator, pattern, value);
      met += expected ? 1 : 0;
      if (conditionTest({ operator, value: pattern })(value) !== expected)
        differ.push(`${operator} ${JSON.stringify(pattern)} on ${JSON.stringify(value)}`);
    }
    expect(differ).toEqual([]);
    // The comparison means something only if both answers came up often.
    expect(met).toBeGreaterThan(2_000);
    expect(met).toBeLessThan(18_000);
  });

  it('rest on no code unit from 128 up meeting an ASCII character in a case-insensitive pattern', () => {
    const anyAscii = /^[\0-\x7f]$/i;
    const meeting: number[] = [];
    for (let u = 128; u < 0x10000; u++) if (anyAscii.test(String.fromCharCode(u))) meeting.push(u);
    expect(meeting).toEqual([]);
  });

  it('give the literal head of ASCII LIKE patterns only', () => {
    expect(literalPrefix({ operator: 'LIKE', value: 'zzzu12%' })).toBe('ZZZU12');
    expect(literalPrefix({ operator: 'LIKE', value: '08039_' })).toBe('08039');
    expect(literalPrefix({ operator: 'LIKE', value: '45R1' })).toBe('45R1');
    expect(literalPrefix({ operator: 'LIKE', value: '%banana%' })).toBeUndefined();
    expect(literalPrefix({ operator: 'LIKE', value: 'ÉTÉ%' })).toBeUndefined();
    expect(literalPrefix({ operator: '=', value: '45R1' })).toBeUndefined();
  });

  it('find every head a value begins with, in either case', () => {
    const trie = new PrefixTrie<string>();
    for (const head of ['ZZZU', 'ZZZU12', 'ZZ', 'QQQU1', '0803']) trie.add(head, head);
    const heads = (value: string) => {
      const out: string[] = [];
      trie.prefixesOf(value, (items) => out.push(...items));
      return out;
    };
    expect(heads('zzzU1234567')).toEqual(['ZZ', 'ZZZU', 'ZZZU12']);
    expect(heads('ZZZÜ12')).toEqual(['ZZ']);
    expect(heads('080390')).toEqual(['0803']);
    expect(heads('QQQU2')).toEqual([]);
  });
});
