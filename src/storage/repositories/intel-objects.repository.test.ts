// Publication order: versions made visible at one instant still get strictly increasing sequence
// numbers past the tenth (a text sort once gave all later ones the same number), so "the newest
// visible version of an object" is always the last one published. Both engines.
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import {
  insertIntelVersion,
  publishIntelVersion,
  visibleIntelAfter,
} from './intel-objects.repository.ts';

describeEachEngine('intel object publication', (getDb) => {
  it('numbers versions published at one instant 1, 2, … 14 and lists only the newest of each', async () => {
    const db = getDb().db;
    const at = new Date('2026-03-01T09:00:00.000Z');
    const seqs: number[] = [];
    for (let i = 0; i < 14; i++) {
      const key = {
        objectId: `indicator--${i % 7}`,
        modified: `2026-03-01T0${Math.floor(i / 7)}:00:00.000Z`,
      };
      await insertIntelVersion(db, {
        ...key,
        kind: 'lookout',
        owner: 'be-customs',
        state: 'released',
        revoked: false,
        document: { n: i },
        createdBy: 'officer',
        recordedAt: at,
      });
      seqs.push((await publishIntelVersion(db, key, at.getTime() * 1000)).seq);
    }
    expect(seqs).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    const newest = await visibleIntelAfter(db, undefined, undefined, 100);
    expect(newest.map((v) => v.document)).toEqual(
      Array.from({ length: 7 }, (_, i) => ({ n: i + 7 })),
    );
  });
});
