// `GET /api/v1/graph/communities` over stored cargo, on both engines: the two shippers sharing a
// telephone and their consignee form a community that ranks first for the seizure on their bill,
// with a summary that reads; the 200 shippers sharing only a vessel and a forwarder form none;
// the hubs left out are listed; each agency sees only its own parties; a role without
// `entity.read` gets not found; every read is audited; the answer is the same every time.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppError } from '../../src/core/app-error.ts';
import { createActor, type Actor } from '../../src/services/access/actor.ts';
import { fixedClock } from '../../src/services/clock.ts';
import {
  insertLookoutHit,
  insertScreeningHits,
  insertSeizure,
  listAuditEvents,
  reviewScreeningHit,
  saveConsignmentVersion,
  type Db,
} from '../../src/storage/index.ts';
import { outcomeSelections } from '../../src/storage/schema/outcomes.ts';
import { consignmentFixture, containerNo, VESSEL_IMO } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { entitiesApp } from './entities-app.ts';
import {
  communityWorld,
  FAMILY,
  FORWARDER,
  IMPORTER,
  RING,
  RING_PHONE,
} from './community-world.ts';

const BE = 'be-customs';
const NL = 'nl-customs';
const clock = fixedClock('2026-03-02T10:00:00Z');
const user = (id: string, agencyId: string, role: 'analyst' | 'inspection-team'): Actor =>
  createActor({ kind: 'user', id, agencyId, roles: [role] });
const actors = new Map(
  [
    user('ana-be', BE, 'analyst'),
    user('ana-nl', NL, 'analyst'),
    user('insp-be', BE, 'inspection-team'),
  ].map((a) => [a.id, a]),
);

interface Listed {
  items: Array<{
    id: number;
    members: Array<{ id: string; kind: string; label: string }>;
    summary: {
      counts: { companies: number; persons: number };
      members: {
        total: number;
        items: Array<{ label: string; entityId?: string; roles: string[] }>;
      };
      reasons: Array<{ kind: string; text: string; parties: number; reference?: string }>;
      binds: { total: number; items: Array<{ kind: string; label: string; members: number }> };
      dealings: { pairs: number; consignments: number };
    };
  }>;
  total: number;
  hubs: {
    threshold: number;
    total: number;
    items: Array<{ kind: string; label: string; companies: number }>;
  };
}

/** A seizure of 30 kg on the bill's container, as the outcome workflow records it. */
async function seize(db: Db, billNumber: string): Promise<string> {
  const [selection] = await db
    .insert(outcomeSelections)
    .values({
      agencyId: BE,
      planId: randomUUID(),
      containerNumber: containerNo(100001),
      billNumber,
      vesselImo: VESSEL_IMO,
      voyageNumber: '2403W',
      port: 'BEANR',
      score: 0.9,
      reason: 'targeted',
      propensity: 1,
      mandatoryHold: false,
      state: 'seized',
      version: 4,
      createdAt: clock.now(),
      updatedAt: clock.now(),
    })
    .returning({ id: outcomeSelections.id });
  return insertSeizure(db, {
    selectionId: selection?.id ?? '',
    agencyId: BE,
    port: 'BEANR',
    substance: 'cocaine',
    grossKg: 32,
    netKg: 30,
    packages: 27,
    concealment: 'door-bags',
    location: 'behind the doors',
    evidence: [],
    recordedBy: 'insp-be',
    recordedAt: clock.now(),
  });
}

/** The world for Belgium; a ring of its own for the Netherlands. */
async function storeWorld(db: Db): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const store = async (
    agencyId: string,
    bill: string,
    parties: Parameters<typeof consignmentFixture>[1],
  ) => {
    const stored = await saveConsignmentVersion(db, {
      agencyId,
      filingId: randomUUID(),
      filedAt: clock.now(),
      consignment: consignmentFixture(bill, parties),
    });
    ids.set(`${agencyId}:${bill}`, stored.id);
  };
  for (const b of communityWorld()) await store(BE, b.bill, { parties: [...b.parties] });
  for (const [i, name] of ['Rotterdam Koffie BV', 'Delft Thee BV'].entries())
    await store(NL, `NLR${i}`, {
      parties: [
        { role: 'shipper', name: `Cafe Export ${i} S.A.`, phone: '+57 1 444 5555' },
        { role: 'consignee', name, phone: '+31 70 123 4567' },
      ],
    });
  return ids;
}

describeEachEngine('party communities over HTTP', (getDb) => {
  let app: FastifyInstance;
  let seizureId = '';
  const list = async (who: string, query = '') => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/graph/communities${query}`,
      headers: { 'x-test-actor': who },
    });
    return { status: res.statusCode, body: res.json<Listed>() };
  };
  const names = (l: Listed) => l.items.flatMap((c) => c.members.map((m) => m.label));

  beforeAll(async () => {
    const database = getDb();
    const { db } = database;
    const ids = await storeWorld(db);
    seizureId = await seize(db, RING.bills[0]);
    const hit = (bill: string, partyRole: string, partyName: string) => ({
      consignmentId: ids.get(`${BE}:${bill}`) ?? '',
      billNumber: bill,
      partyRole,
      partyName,
      listId: 'ofac-sdn',
      entryId: '6531',
      matchedName: partyName.toUpperCase(),
      score: 0.9,
      narcotics: true,
      programmes: ['SDNT'],
      reasons: [],
    });
    await insertScreeningHits(
      db,
      BE,
      [
        hit('FAM0000', 'consignee', FAMILY.names[0]),
        hit(RING.bills[0], 'consignee', RING.consignee),
      ],
      clock.now(),
    );
    // The hit on the ring's consignee was dismissed: it does not count.
    const { listScreeningHits } = await import('../../src/storage/index.ts');
    const dismissed = (await listScreeningHits(db, BE)).find((h) => h.partyName === RING.consignee);
    await reviewScreeningHit(db, BE, dismissed?.id ?? '', {
      status: 'false-positive',
      reviewedBy: 'ana-be',
      reviewedAt: clock.now(),
      reviewNote: null,
    });
    await insertLookoutHit(db, {
      lookoutId: 'LO-1',
      lookoutOwner: NL,
      consignmentId: ids.get(`${BE}:FAM0001`) ?? '',
      billNumber: 'FAM0001',
      containerNumbers: [containerNo(100001)],
      matchedOn: ['party-name'],
      mandatoryHold: false,
      at: clock.now(),
    });
    const actorOf = (request: FastifyRequest) => {
      const actor = actors.get(String(request.headers['x-test-actor']));
      if (!actor) throw new AppError('unauthenticated', 'no test actor');
      return Promise.resolve(actor);
    };
    app = await entitiesApp(database, clock, actorOf);
  }, 120_000);

  afterAll(() => app.close());

  it('ranks the ring first for the seizure on its bill, with a summary that reads', async () => {
    const { status, body } = await list('ana-be');
    expect(status).toBe(200);
    const [ring, family] = body.items;
    expect(ring?.id).toBe(1);
    expect(ring?.summary.counts).toEqual({ companies: 3, persons: 0 });
    expect(ring?.summary.members.total).toBe(3);
    expect(ring?.summary.members.items.map((m) => m.label).sort()).toEqual(
      [RING.consignee, RING.shipperA, RING.shipperB].sort(),
    );
    expect(ring?.summary.members.items.every((m) => m.entityId?.startsWith('E-'))).toBe(true);
    const reference = `S-${seizureId.slice(0, 8).toUpperCase()}`;
    expect(ring?.summary.reasons).toEqual([
      expect.objectContaining({
        kind: 'seizure',
        reference,
        parties: 2,
        text: `2 parties linked to seizure ${reference} (30 kg cocaine, bill ${RING.bills[0]})`,
      }),
    ]);
    expect(ring?.summary.binds.items).toEqual([
      { kind: 'phone', value: '342223333', label: RING_PHONE, members: 2 },
    ]);
    expect(ring?.summary.dealings).toEqual({ pairs: 2, consignments: 2 });
    // The family: one open watchlist hit and a lookout hit; the dismissed hit counts nowhere.
    expect(family?.summary.counts.companies).toBe(FAMILY.names.length);
    expect(family?.summary.reasons.map((r) => r.text)).toEqual([
      '1 watchlist hit on 1 party, 1 narcotics',
      '1 lookout hit on the consignments of 1 party',
    ]);
    expect(family?.summary.binds.items.map((b) => b.kind).sort()).toEqual([
      'address',
      'email-domain',
    ]);
  });

  it('leaves the crowd on one vessel and forwarder out, and lists the hubs it left out', async () => {
    const { body } = await list('ana-be');
    expect(names(body).filter((n) => n.startsWith('Crowd') || n === FORWARDER.name)).toEqual([]);
    expect(body.total).toBe(2);
    expect(body.hubs.threshold).toBe(10);
    const hub = (kind: string, label: string) =>
      body.hubs.items.find((h) => h.kind === kind && h.label === label);
    // The forwarder's 200 records share its EORI: one company, so its telephone and address
    // bind no one.
    expect(hub('phone', FORWARDER.phone)).toBeUndefined();
    expect(hub('address', 'Havenstraat 300, Kallo, BE')).toBeUndefined();
    expect(hub('company', IMPORTER.name)?.companies).toBe(IMPORTER.shippers);
    expect(body.hubs.total).toBe(body.hubs.items.length);
    // With a higher threshold nothing is a hub: the importer's suppliers become its community,
    // and the forwarder, dealing with no one as a forwarder, joins none.
    const wide = await list('ana-be', '?maxCompanies=1000&minSize=5');
    expect(wide.body.hubs).toEqual({ threshold: 1000, total: 0, items: [] });
    const groups = wide.body.items.map((c) => c.members.map((m) => m.label));
    expect(groups.find((g) => g.includes(IMPORTER.name))).toHaveLength(IMPORTER.shippers + 1);
    expect(groups.some((g) => g.includes(FORWARDER.name))).toBe(false);
  });

  it('answers the same every time', async () => {
    const first = await list('ana-be');
    const again = await list('ana-be');
    expect(again.body).toEqual(first.body);
  });

  it('shows an agency only its own parties, refuses a role without entity.read, audits each read', async () => {
    const nl = await list('ana-nl');
    expect(nl.status).toBe(200);
    expect(names(nl.body).sort()).toEqual(
      ['Cafe Export 0 S.A.', 'Cafe Export 1 S.A.', 'Delft Thee BV', 'Rotterdam Koffie BV'].sort(),
    );
    expect(nl.body.items[0]?.summary.reasons).toEqual([]);
    const refused = await app.inject({
      method: 'GET',
      url: '/api/v1/graph/communities',
      headers: { 'x-test-actor': 'insp-be' },
    });
    expect(refused.statusCode).toBe(404);
    const events = await listAuditEvents(getDb().db, { actorId: 'ana-nl' });
    expect(events.find((e) => e.action === 'entity.communities')).toMatchObject({
      outcome: 'success',
      details: { communities: nl.body.total, hubs: 0 },
    });
  });
});
