// Deciding on a received page in one pass: every check a version arriving alone gets — already
// stored, this node's own object, a new owner for a known id, a relay the owner did not allow or
// under H2 — made in page order, so a version accepted earlier in the page counts for the later
// ones (a repeat is a duplicate, an older version after a newer one is kept but not the newest).
import { describe, expect, it } from 'vitest';
import type { SeizureReport } from '../../src/exchange/objects/seizure-report.ts';
import { planReceived } from '../../src/services/exchange/received-versions.ts';
import type { PartnerRecord } from '../../src/storage/index.ts';
import { ANTWERP, CBP, markings, ROTTERDAM, seizure } from './support/exchange-fixtures.ts';

const partner: PartnerRecord = {
  id: 'cbp',
  agencyId: CBP,
  name: 'US CBP',
  communities: ['be-us-bilateral'],
  purposes: ['criminal-investigation'],
  acceptsPush: false,
  requireSignedRequests: false,
  createdAt: '2026-11-01T00:00:00.000Z',
};

function version(id: string, modified: string, m = markings({ owner: CBP })): SeizureReport {
  return { ...seizure, id: `incident--${id}`, modified, markings: m };
}

const T1 = '2026-11-20T10:00:00.000Z';
const T2 = '2026-11-20T11:00:00.000Z';
const T3 = '2026-11-20T12:00:00.000Z';

describe('planReceived', () => {
  it('treats versions accepted earlier in the page as stored for the later ones', () => {
    const plan = planReceived(
      [version('a', T2), version('a', T2), version('a', T1), version('a', T3)],
      [],
      partner,
      ANTWERP,
    );
    expect(plan.accepted.map((a) => [a.object.modified, a.newest])).toEqual([
      [T2, true],
      [T1, false],
      [T3, true],
    ]);
    expect(plan.duplicates).toEqual([{ id: 'incident--a', version: T2 }]);
    expect(plan.rejected).toEqual([]);
  });

  it('checks stored versions, owners and relays like a version arriving alone', () => {
    const stored = [
      { objectId: 'incident--known', modified: T2, owner: CBP },
      { objectId: 'incident--other', modified: T1, owner: ROTTERDAM },
    ];
    const relay = (onwardSharing: boolean, code: 'H1' | 'H2') =>
      markings({ owner: ROTTERDAM, onwardSharing, handling: { code } });
    const plan = planReceived(
      [
        version('known', T2),
        version('known', T1),
        version('own', T1, markings({ owner: ANTWERP })),
        version('other', T2),
        version('relay-ok', T1, relay(true, 'H1')),
        version('relay-closed', T1, relay(false, 'H1')),
        version('relay-h2', T1, relay(true, 'H2')),
      ],
      stored,
      partner,
      ANTWERP,
    );
    expect(plan.duplicates.map((d) => d.id)).toEqual(['incident--known']);
    expect(plan.accepted.map((a) => [a.object.id, a.newest])).toEqual([
      ['incident--known', false],
      ['incident--relay-ok', true],
    ]);
    expect(plan.rejected.map((r) => [r.id, r.message])).toEqual([
      [
        'incident--own',
        'incident--own belongs to this node; a partner cannot make versions of it.',
      ],
      ['incident--other', `incident--other belongs to ${ROTTERDAM}, not ${CBP}.`],
      [
        'incident--relay-closed',
        `${CBP} may not pass on incident--relay-closed, a version owned by ${ROTTERDAM}.`,
      ],
      [
        'incident--relay-h2',
        `${CBP} may not pass on incident--relay-h2, a version owned by ${ROTTERDAM}.`,
      ],
    ]);
  });
});
