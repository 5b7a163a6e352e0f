import { describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../screening/evaluation/seeded-random.ts';
import { nameKeyFilter } from './name-key-filter.ts';
import { normalizeName } from './normalize-name.ts';

// Words as filings write names: legal forms in their spellings, initials with dots or spaces,
// particles, apostrophes, separators and "|", digits, other punctuation, and now and then letters
// outside ASCII.
const WORDS = [
  'Acme',
  'ANDES',
  'trading',
  'Fruta',
  "O'Brien",
  'S.A.',
  'S A S',
  'sas',
  'GmbH',
  '& Co.',
  'KG',
  'Ltd.',
  'de',
  'la',
  'van',
  'C.V.',
  'Cía.',
  'Export|Import',
  'Co',
  '7',
  '42',
  'B',
  '(Pty)',
  'a/b',
  'l-l-c',
  'Zoë',
  'Жук',
  'x',
  'A@B',
  '#1',
  'x+y',
  '"Sol"',
  '~|~',
  '`Q`',
  'P;Q',
  'R:S',
];
const SEPARATORS = [' ', ' ', ', ', '-', '.', ' / ', '  ', '|', '; ', '_', '*'];

/** A name of a few words, most with a number among them (as in "Exportadora 4711 S.A."). */
function nameOf(rnd: Random): string {
  const words = Array.from({ length: 1 + rnd.int(4) }, () => rnd.pick(WORDS));
  if (rnd.next() < 0.9) words.splice(rnd.int(words.length), 0, String(rnd.int(5_000)));
  const name = words.map((w, i) => (i === 0 ? w : rnd.pick(SEPARATORS) + w)).join('');
  return rnd.next() < 0.2 ? name.toUpperCase() : name;
}

/** The name upper-cased with all but A–Z, 0–9 and "|" dropped. */
const skeleton = (name: string) => name.toUpperCase().replace(/[^A-Z0-9|]/g, '');

describe('name key filter', () => {
  it('rests on every key token of a printable ASCII name being a run of its skeleton', () => {
    const rnd = seededRandom(7);
    const missing: string[] = [];
    let checked = 0;
    for (let i = 0; i < 5_000; i++) {
      const name = nameOf(rnd);
      if (!/^[\x20-\x7e]*$/.test(name)) continue;
      checked++;
      for (const token of normalizeName(name).key.split(' '))
        if (!skeleton(name).includes(token)) missing.push(`${token} of ${name}`);
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(3_000);
  });

  it('lets through every name with one of the keys, and stops most others', () => {
    const rnd = seededRandom(11);
    const names = Array.from({ length: 6_000 }, () => nameOf(rnd));
    // Keys of some names with a number, written another way (words reversed, other case).
    const keys = names
      .filter((n) => /\d{3}/.test(n) && rnd.next() < 0.05)
      .map((n) => normalizeName(n.split(' ').reverse().join(' ').toLowerCase()).key);
    const filter = nameKeyFilter(keys);
    const keySet = new Set(keys);
    let having = 0;
    let stopped = 0;
    const lost: string[] = [];
    for (const name of names) {
      const has = keySet.has(normalizeName(name).key);
      const may = filter.mayHaveKey(name);
      if (has && !may) lost.push(name);
      having += has ? 1 : 0;
      stopped += may ? 0 : 1;
    }
    expect(lost).toEqual([]);
    expect(having).toBeGreaterThan(150);
    expect(stopped).toBeGreaterThan(4_000);
  });

  it('lets everything through for a key it cannot search, and nothing without keys', () => {
    expect(nameKeyFilter(['ÉTÉ']).mayHaveKey('ACME')).toBe(true);
    expect(nameKeyFilter([]).mayHaveKey('ACME')).toBe(false);
    expect(nameKeyFilter(['ACME TRADING']).mayHaveKey('Trading Acme Ltd')).toBe(true);
    expect(nameKeyFilter(['ACME TRADING']).mayHaveKey('Acme Logistics')).toBe(false);
    expect(nameKeyFilter(['ACME TRADING']).mayHaveKey('Acme Tradíng')).toBe(true);
  });
});
