// A page of versions in two statements: what is stored for the page's ids, and one insert that
// leaves stored versions alone and makes the visible ones visible, continuing the sequence after
// versions published one at a time (past the tenth, so a text sort would show) in the order given.
// Both engines.
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import {
  insertIntelVersion,
  publishIntelVersion,
  visibleIntelAfter,
  type IntelVersionInput,
} from './intel-objects.repository.ts';
import { insertIntelVersions, storedVersionsOf } from './intel-versions-bulk.repository.ts';

const at = new Date('2026-03-01T09:00:00.000Z');
const input = (
  objectId: string,
  modified: string,
  owner = 'us-cbp',
  visible = true,
): IntelVersionInput & { visible: boolean } => ({
  visible,
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
    const us = at.getTime() * 1000;
    const page = [
      input('incident--p1', '2026-03-01T08:30:00.000Z'),
      input('incident--p2', '2026-03-01T08:00:00.000Z', 'nl-customs-rotterdam'),
      input('incident--p1', '2026-03-01T08:00:00.000Z', 'us-cbp', false),
      input('incident--p3', '2026-03-01T08:00:00.000Z'),
    ];
    expect(await insertIntelVersions(db, page, us - 5)).toBe(4);
    expect(await insertIntelVersions(db, page.slice(0, 2), us)).toBe(0);
    expect(
      (await storedVersionsOf(db, ['incident--p1', 'incident--p2', 'incident--p1', 'incident--x']))
        .map((v) => `${v.objectId} ${v.modified} ${v.owner}`)
        .sort(),
    ).toEqual([
      'incident--p1 2026-03-01T08:00:00.000Z us-cbp',
      'incident--p1 2026-03-01T08:30:00.000Z us-cbp',
      'incident--p2 2026-03-01T08:00:00.000Z nl-customs-rotterdam',
    ]);
    const visible = await visibleIntelAfter(db, { addedAt: us, seq: 11 }, undefined, 10);
    expect(visible.map((v) => [v.objectId, v.modified, v.seq, v.dateAddedUs])).toEqual([
      ['incident--p1', '2026-03-01T08:30:00.000Z', 12, us],
      ['incident--p2', '2026-03-01T08:00:00.000Z', 13, us],
      ['incident--p3', '2026-03-01T08:00:00.000Z', 14, us],
    ]);
    expect(visible[0]?.document).toEqual(page[0]?.document);
  });
});
