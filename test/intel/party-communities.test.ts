// Party communities: groups bound by shared identifiers and repeated dealings, not by the vessel
// or the forwarder their shipments shared; hubs left out and listed; ranked by seizures, then
// watchlist hits, then lookout hits, then how tightly bound; repeatable.
import { describe, expect, it } from 'vitest';
import {
  buildPartyNetwork,
  partyCommunities,
  rankCommunities,
  type CommunitySignals,
  type NetworkConsignment,
  type PartyCommunity,
} from '../../src/intel/graph/index.ts';
import { communityWorld, CROWD, FAMILY, FORWARDER, IMPORTER, RING } from './community-world.ts';

/** The world as resolved: one entity per name, except half the forwarder's records, left unmerged. */
const consignments: NetworkConsignment[] = communityWorld().map((b, i) => ({
  id: b.bill,
  parties: b.parties.map((p) => ({
    ...p,
    entityId: p.role === 'forwarder' && i % 2 === 1 ? `fwd-${i}` : p.name,
    ...(p.identifiers?.eori ? { eori: p.identifiers.eori } : {}),
  })),
}));
const company = (name: string) => `company:${name}`;
const seeded = () => {
  let seed = 7;
  return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
};
const found = (maxCompanies?: number): PartyCommunity[] =>
  partyCommunities(buildPartyNetwork({ consignments }, maxCompanies), seeded());
const home = (list: readonly PartyCommunity[], name: string) =>
  list.find((c) => c.members.includes(company(name)));
const none: CommunitySignals = { seizures: [], watchlistHits: [], lookoutHits: [] };

describe('party communities', () => {
  it('groups the two shippers that share a telephone with the consignee they share', () => {
    const ring = home(found(), RING.shipperA);
    expect(ring?.members).toEqual(
      [RING.consignee, RING.shipperA, RING.shipperB].map(company).sort(),
    );
    // The label is the smallest of the spellings, whichever came first.
    expect(ring?.binds).toEqual([
      { kind: 'phone', value: '342223333', label: '+593 4 222 3333', members: 2 },
    ]);
    expect(ring?.dealings).toEqual({ pairs: 2, consignments: 2 });
  });

  it('does not group 200 shippers that share only a vessel and a forwarder', () => {
    const list = found();
    for (let i = 0; i < CROWD; i++) {
      expect(home(list, `Crowd Shipper ${String(i).padStart(4, '0')}`)).toBeUndefined();
      expect(home(list, `Crowd Buyer ${String(i).padStart(4, '0')}`)).toBeUndefined();
    }
    expect(list.flatMap((c) => c.members).some((m) => m.startsWith('company:fwd-'))).toBe(false);
    expect(Math.max(...list.map((c) => c.members.length))).toBe(FAMILY.names.length);
  });

  it('lists the hubs it left out: the forwarder contacts and the importer', () => {
    const { hubs, maxCompanies } = buildPartyNetwork({ consignments });
    expect(maxCompanies).toBe(10);
    const byId = new Map(hubs.map((h) => [h.id, h]));
    // 100 unmerged records and the merged one: 101 companies behind one telephone.
    expect(byId.get('phone:239990000')).toMatchObject({ kind: 'phone', companies: 101 });
    expect(byId.get(`eori:${FORWARDER.eori}`)).toMatchObject({ kind: 'eori', companies: 101 });
    expect([...byId.keys()].some((id) => id.startsWith('address:'))).toBe(true);
    expect(byId.get(company(IMPORTER.name))).toMatchObject({
      kind: 'company',
      label: IMPORTER.name,
      companies: IMPORTER.shippers,
    });
    expect(hubs.every((h) => h.companies > maxCompanies)).toBe(true);
  });

  it('without the hub rule, the importer would glue its suppliers into one group', () => {
    const big = home(found(1000), IMPORTER.name);
    expect(big?.members).toHaveLength(IMPORTER.shippers + 1);
    expect(home(found(), IMPORTER.name)).toBeUndefined();
  });

  it('ranks a seizure first, then watchlist hits, then lookout hits, then the tightest group', () => {
    const list = found();
    const family = FAMILY.names[0];
    expect(rankCommunities(list, none)[0]?.members).toContain(company(family));
    const seizure = {
      id: 'b6f0c1d2-0000-4000-8000-000000000001',
      reference: 'S-B6F0C1D2',
      label: '120 kg cocaine',
      billNumber: RING.bills[0],
      entityIds: [RING.shipperA, RING.consignee],
    };
    const hit = { entityId: family, listId: 'ofac-sdn', entryId: '1', narcotics: true };
    const lookout = { lookoutId: 'L-1', billNumber: 'FAM0001', entityIds: [FAMILY.names[1]] };
    const ranked = rankCommunities(list, {
      seizures: [seizure],
      watchlistHits: [hit],
      lookoutHits: [lookout],
    });
    expect(ranked[0]?.members).toContain(company(RING.shipperA));
    expect(ranked[0]?.id).toBe(1);
    expect(ranked[0]?.reasons).toEqual([
      {
        kind: 'seizure',
        seizureId: seizure.id,
        reference: 'S-B6F0C1D2',
        label: '120 kg cocaine',
        billNumber: 'RING0001',
        parties: 2,
      },
    ]);
    expect(ranked[1]?.reasons.map((r) => r.kind)).toEqual(['watchlist', 'lookout']);
    const lookoutOnly = rankCommunities(list, {
      ...none,
      lookoutHits: [{ ...lookout, entityIds: [RING.shipperB] }],
    });
    expect(lookoutOnly[0]?.members).toContain(company(RING.shipperB));
  });

  it('finds the same communities in the same order every time', () => {
    const once = rankCommunities(found(), none);
    expect(rankCommunities(found(), none)).toEqual(once);
  });

  it('binds companies through a director, who is a member of their community', () => {
    const net = buildPartyNetwork({
      consignments,
      directors: [
        { entityId: 'Crowd Buyer 0001', person: 'J. Peeters' },
        { entityId: 'Crowd Buyer 0002', person: 'J. Peeters' },
      ],
    });
    const group = home(partyCommunities(net, seeded()), 'Crowd Buyer 0001');
    expect(group?.members).toEqual([
      'company:Crowd Buyer 0001',
      'company:Crowd Buyer 0002',
      'person:J. Peeters',
    ]);
    expect(group?.binds).toEqual([
      { kind: 'director', value: 'J. Peeters', label: 'J. Peeters', members: 2 },
    ]);
  });
});
