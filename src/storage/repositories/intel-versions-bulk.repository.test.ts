// A page of versions in three statements: what is stored for the page's ids, one insert that
// leaves stored versions alone, and one publication that continues the sequence after versions
// published one at a time (past the tenth, so a text sort would show) in the order given. Both
// engines.
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import {
  insertIntelVersion,
  publishIntelVersion,
  visibleIntelAfter,
  type IntelVersionInput,
} from './intel-objects.repository.ts';
import {
  insertIntelVersions,
  publishIntelVersions,
  storedVersionsOf,
} from './intel-versions-bulk.repository.ts';

const at = new Date('2026-03-01T09:00:00.000Z');
const input = (objectId: string, modified: string, owner = 'us-cbp'): IntelVersionInput => ({
  objectId,
  modified,
  kind: 'seizure-report',
  owner,
  state: 'received',
  revoked: false,
  document: { id: objectId, modified, note: 'it\'s "quoted"' },
  receivedFrom: owner,
  createdBy: 'partner:cbp',
  recordedAt: at,
});

describeEachEngine('intel versions a page at a time', (getDb) => {
  it('reads, inserts and publishes a page, continuing the sequence', async () => {
    const db = getDb().db;
    for (let i = 0; i < 11; i++) {
      const one = input(`incident--single-${i}`, '2026-03-01T08:00:00.000Z');
      await insertIntelVersion(db, one);
      await publishIntelVersion(db, one, at.getTime() * 1000);
    }
    const page = [
      input('incident--p1', '2026-03-01T08:00:00.000Z'),
      input('incident--p2', '2026-03-01T08:00:00.000Z', 'nl-customs-rotterdam'),
      input('incident--p1', '2026-03-01T08:30:00.000Z'),
    ];
    expect(await insertIntelVersions(db, page)).toBe(3);
    expect(await insertIntelVersions(db, page.slice(0, 2))).toBe(0);
    expect(
      (
        await storedVersionsOf(db, [
          'incident--p1',
          'incident--p2',
          'incident--p1',
          'incident--none',
        ])
      )
        .map((v) => `${v.objectId} ${v.modified} ${v.owner}`)
        .sort(),
    ).toEqual([
      'incident--p1 2026-03-01T08:00:00.000Z us-cbp',
      'incident--p1 2026-03-01T08:30:00.000Z us-cbp',
      'incident--p2 2026-03-01T08:00:00.000Z nl-customs-rotterdam',
    ]);
    await publishIntelVersions(db, [page[0]!, page[2]!, page[1]!], at.getTime() * 1000 - 5);
    const visible = await visibleIntelAfter(
      db,
      { addedAt: at.getTime() * 1000, seq: 11 },
      undefined,
      10,
    );
    expect(visible.map((v) => [v.objectId, v.modified, v.seq, v.dateAddedUs])).toEqual([
      ['incident--p1', '2026-03-01T08:30:00.000Z', 13, at.getTime() * 1000],
      ['incident--p2', '2026-03-01T08:00:00.000Z', 14, at.getTime() * 1000],
    ]);
    expect(visible[0]?.document).toEqual(page[2]?.document);
  });
});
