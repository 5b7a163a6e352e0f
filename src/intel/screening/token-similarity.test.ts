import { describe, expect, it } from 'vitest';
import { blockingKeys } from './blocking-keys.ts';
import { jaroWinkler } from './jaro-winkler.ts';
import { soundSkeleton, spellingFold } from './sound-skeleton.ts';

describe('jaroWinkler', () => {
  it('gives the published values', () => {
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('ABC', 'XYZ')).toBe(0);
    expect(jaroWinkler('SAME', 'SAME')).toBe(1);
  });
});

describe('spelling folds', () => {
  it.each([
    ['PHALIX', 'FELIX', false],
    ['MOURIYO', 'MURILLO', true],
    ['KASTANO', 'CASTANO', true],
    ['JOZE', 'JOSE', true],
    ['ZEBAYOS', 'ZEVALLOS', true],
  ])('%s and %s fold alike: %s', (a, b, equal) => {
    expect(spellingFold(a) === spellingFold(b)).toBe(equal);
  });
  it('gives romanised variants one skeleton', () => {
    expect(soundSkeleton(spellingFold('PHALIX'))).toBe(soundSkeleton(spellingFold('FELIX')));
  });
});

describe('blockingKeys', () => {
  it('shares a deletion key between a name and any one-letter typo of it', () => {
    const keys = new Set(blockingKeys('QUINTERO', '', ''));
    for (const typo of ['QINTERO', 'QUINTEERO', 'QUINTARO', 'QUITNERO']) {
      expect(blockingKeys(typo, '', '').some((k) => keys.has(k))).toBe(true);
    }
  });
});
