import { describe, expect, it } from 'vitest';
import { TAG_INDEXES, tagIndex, tagOfIndex } from './tag-table.ts';

describe('tag table', () => {
  it('gives back the tag of every index, letters and digits alike', () => {
    for (const tag of ['UNH', 'EQD', '000', 'ZZZ', 'A1Z', '9AA'])
      expect(tagOfIndex(tagIndex(tag))).toBe(tag);
    for (let k = 0; k < TAG_INDEXES; k += 97) expect(tagIndex(tagOfIndex(k))).toBe(k);
  });

  it('has no index for a tag that is not three upper-case letters or digits', () => {
    for (const tag of ['eqd', 'EQ', 'EQDX', 'E-D', 'ÉQD']) expect(tagIndex(tag)).toBe(-1);
  });
});
