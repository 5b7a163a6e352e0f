import { expect, it } from 'vitest';
import type { Lookout } from '../../src/exchange/objects/lookout.ts';
import {
  createLookoutSource,
  lookoutsChanged,
} from '../../src/services/exchange/lookout-source.ts';
import { storeVersion } from '../../src/services/exchange/intel-store.ts';
import { consignmentFixture, containerNo } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { usLookout } from './support/exchange-fixtures.ts';

/** A lookout on one container, in force from `from` until `until`. */
function onContainer(id: string, container: string, from: string, until: string): Lookout {
  return {
    ...usLookout,
    id: `indicator--00000000-0000-4000-8000-${id.padStart(12, '0')}`,
    markings: {
      ...usLookout.markings,
      expiresAt: '2030-01-01T00:00:00.000Z',
      receivedFrom: usLookout.markings.owner,
    },
    content: {
      ...usLookout.content,
      title: `Container ${container}`,
      criteria: [{ kind: 'container-number', value: container }],
      validFrom: from,
      validUntil: until,
    },
  };
}

describeEachEngine('lookouts in force for targeting', (db) => {
  it('uses each lookout only inside its validity, as the clock moves across the edges', async () => {
    const first = containerNo(101);
    const second = containerNo(202);
    const lookouts = [
      onContainer('1', first, '2026-05-01T00:00:00Z', '2026-05-03T00:00:00Z'),
      onContainer('2', second, '2026-05-02T00:00:00Z', '2026-05-04T00:00:00Z'),
    ];
    for (const l of lookouts)
      await storeVersion(db().db, l, 'received', 'test', new Date('2026-04-30T00:00:00Z'));
    let now = '2026-04-30T12:00:00Z';
    const handle = createLookoutSource(db(), { now: () => new Date(now) });
    await handle.refresh();
    const bill = consignmentFixture('BL1', {
      equipment: [
        { containerNumber: first, seals: [] },
        { containerNumber: second, seals: [] },
      ],
    });
    const hitContainers = () =>
      handle
        .source('local', bill)
        .map((h) => h.containerNumber)
        .sort();
    const expected: [string, string[]][] = [
      ['2026-04-30T12:00:00Z', []],
      ['2026-05-01T00:00:00Z', [first]],
      ['2026-05-02T12:00:00Z', [first, second].sort()],
      ['2026-05-03T00:00:00Z', [second]],
      ['2026-05-04T00:00:00Z', []],
      // Back in time (a clock set back): the lookouts of that moment again.
      ['2026-05-01T06:00:00Z', [first]],
    ];
    for (const [at, containers] of expected) {
      now = at;
      expect({ at, containers: hitContainers() }).toEqual({ at, containers });
      expect(handle.active().length).toBe(containers.length);
    }
    // A revoked lookout is gone as soon as the sources are told lookouts changed.
    const revoked = { ...lookouts[0]!, modified: '2026-11-21T00:00:00.000Z', revoked: true };
    await storeVersion(db().db, revoked, 'received', 'test', new Date('2026-05-01T08:00:00Z'));
    await lookoutsChanged(db());
    now = '2026-05-02T12:00:00Z';
    expect(hitContainers()).toEqual([second]);
  });
});
