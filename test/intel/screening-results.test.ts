// Screening returns exactly what it returned when these digests were recorded: for a day of
// 60,000 labelled names (seed 7, as the bench screens), every hit's entry, matched name, score
// to the last bit, reasons and order, at the default threshold and at a low agency threshold
// with a longer list. Speed work must leave these unchanged; a deliberate change of screening
// results re-records them (and says why in docs/screening.md).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  generateLabelledSet,
  type LabelledName,
} from '../../src/intel/screening/evaluation/labelled-set.ts';
import { resultLine, resultsDigest } from '../../src/intel/screening/evaluation/results-digest.ts';
import {
  buildScreeningIndex,
  type ScreeningIndex,
} from '../../src/intel/screening/screening-index.ts';
import { screenName, type ScreeningOptions } from '../../src/intel/screening/screen-name.ts';
import { loadNameParts, loadSdnEntries } from './load-watchlist.ts';

let index: ScreeningIndex;
let day: LabelledName[];

beforeAll(() => {
  const entries = loadSdnEntries();
  index = buildScreeningIndex(entries);
  day = generateLabelledSet(entries, loadNameParts(), { seed: 7, variants: 6_000, decoys: 54_000 });
});

function digestOf(options: ScreeningOptions): { digest: string; hits: number } {
  const digest = resultsDigest();
  let hits = 0;
  for (const item of day) {
    const query =
      item.country === undefined ? { name: item.name } : { name: item.name, country: item.country };
    const found = screenName(index, query, options);
    hits += found.length;
    digest.add(resultLine(item.name, found));
  }
  return { digest: digest.hex(), hits };
}

describe('screening results on a 60,000-name day', () => {
  it('are unchanged at the default threshold', () => {
    expect(digestOf({ limit: 10 })).toEqual({
      digest: '068ee133d6313b43a80b186577590fa79b30b431bc2d35061ba314ea5ce119df',
      hits: 6_823,
    });
  });

  it('are unchanged at a low threshold with up to 20 hits', () => {
    expect(digestOf({ threshold: 0.6, limit: 20 })).toEqual({
      digest: 'e5cb0edf459b428cf5efc9f83ef700a04273f75f78860812c5cc718b58d1949d',
      hits: 14_206,
    });
  });
});
