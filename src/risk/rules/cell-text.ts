/**
 * A feature row cell in words, exactly as formatFeatureValue(rowValue(…)) renders it, for the
 * reasons written for every container scored: numbers and yes/no straight from the cell, the
 * words of a dictionary value (string, or set joined) remembered per code, since codes are stable
 * for the dictionary's life.
 */
import type { FeatureDictionary } from '../features/feature-dictionary.ts';
import { featureKindAt } from '../features/feature-row.ts';
import { formatFeatureValue } from './reason-template.ts';

export type CellText = (x: number) => string;

export function cellText(index: number, dictionary: FeatureDictionary): CellText {
  const kind = featureKindAt(index);
  switch (kind) {
    case 'numeric':
      return (x) => (x !== x ? 'unknown' : formatFeatureValue(x));
    case 'boolean':
      return (x) => (x !== x ? 'unknown' : x === 1 ? 'yes' : 'no');
    case 'categorical':
    case 'text':
    case 'set': {
      // Indexed by code (codes are small and dense), '' or nothing until its words are known.
      const words: string[] = [];
      return (x) => {
        if (x !== x) return 'unknown';
        const known = words[x];
        if (known) return known;
        const value = dictionary.valueOf(x);
        if (value === undefined) return 'unknown'; // not given out yet: it may be, later
        const text = formatFeatureValue(value);
        while (words.length <= x) words.push('');
        words[x] = text;
        return text;
      };
    }
  }
}
