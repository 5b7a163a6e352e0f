// The entities services over a stored database: screening (bundled OFAC list and an agency list),
// hits stored and reviewed, entity resolution with merge and split, the link graph, and PSI
// between two agencies.
import { beforeAll, expect, it } from 'vitest';
import type { Party } from '../../src/core/cargo/party.ts';
import { createActor } from '../../src/services/access/actor.ts';
import {
  createEntitiesService,
  createPsiService,
  createScreeningService,
} from '../../src/services/entities/index.ts';
import {
  listAuditEvents,
  listLatestParties,
  saveConsignmentVersion,
} from '../../src/storage/index.ts';
import { consignmentFixture } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';

const FILING = '11111111-1111-4111-8111-111111111111';
const clock = { now: () => new Date('2026-03-01T10:00:00Z') };
const analyst = createActor({
  kind: 'user',
  id: 'ana',
  agencyId: 'be-customs',
  roles: ['analyst'],
});
const partnerNode = createActor({
  kind: 'machine',
  id: 'nl-node',
  agencyId: 'nl-customs',
  roles: ['partner-node'],
});
const nlAnalyst = createActor({
  kind: 'user',
  id: 'nla',
  agencyId: 'nl-customs',
  roles: ['analyst'],
});
const auditor = createActor({
  kind: 'user',
  id: 'aud',
  agencyId: 'be-customs',
  roles: ['auditor'],
});

const antwerp = {
  street: 'Noorderlaan 12',
  city: 'Antwerpen',
  postcode: '2030',
  country: 'BE',
} as NonNullable<Party['address']>;
const party = (p: Omit<Party, 'role'>, role: Party['role'] = 'consignee'): Party => ({
  role,
  ...p,
});

const bills: Array<[string, Party[]]> = [
  [
    'BILL1',
    [
      party({
        name: 'Van Dijk Fruit BV',
        address: antwerp,
        phone: '+32 3 555 1234',
        email: 'info@vandijk.be',
      }),
      party(
        { name: 'Colombiana de Cerdos Ltda', address: { city: 'Cali', country: 'CO' } } as Party,
        'shipper',
      ),
    ],
  ],
  ['BILL2', [party({ name: 'VAN DIJK FRUIT B.V.', address: antwerp, phone: '0032 3 5551234' })]],
  ['BILL3', [party({ name: 'Polar Trade NV', phone: '+32 3 555 1234', email: 'info@vandijk.be' })]],
];

describeEachEngine('entities services', (getDb) => {
  const deps = () => ({ database: getDb(), clock });
  beforeAll(async () => {
    const { db } = getDb();
    for (const [bill, parties] of bills)
      for (const agencyId of ['be-customs', 'nl-customs'])
        await saveConsignmentVersion(db, {
          agencyId,
          filingId: FILING,
          filedAt: clock.now(),
          consignment: {
            ...consignmentFixture(bill),
            parties: agencyId === 'be-customs' ? parties : parties.slice(0, 1),
          },
        });
  });

  it('screens a name against the bundled OFAC list, narcotics flagged, with reasons', async () => {
    const matches = await createScreeningService(deps()).screen(analyst, {
      name: 'Colombiana de Cerdos S.A.',
      country: 'CO',
    });
    expect(matches[0]?.listId).toBe('ofac-sdn');
    expect(matches[0]?.narcotics).toBe(true);
    expect(matches[0]?.reasons.some((r) => r.kind === 'legal-form-differs')).toBe(true);
  });

  it('stores hits on screened parties; a review is recorded', async () => {
    const screening = createScreeningService(deps());
    const stored = await screening.screenParties(
      getDb().db,
      'be-customs',
      await listLatestParties(getDb().db, 'be-customs'),
    );
    expect(stored).toBeGreaterThanOrEqual(1);
    const [hit] = await screening.hits(analyst, { status: 'open' });
    expect(hit?.partyName).toBe('Colombiana de Cerdos Ltda');
    const reviewed = await screening.review(
      analyst,
      hit?.id ?? '',
      'true-positive',
      'Same passport number as the list entry',
    );
    expect(reviewed.status).toBe('true-positive');
    expect(reviewed.reviewNote).toBe('Same passport number as the list entry');
    await expect(screening.review(auditor, hit?.id ?? '', 'false-positive')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('loads an agency list, reporting bad rows by line, and screens against it', async () => {
    const screening = createScreeningService(deps());
    const csv =
      'name,aliases,countries\nPolar Trade NV,Polar Handel,BE\n,,\nGhost Freight,,BELGIUM\n';
    const { summary, diagnostics } = await screening.load(analyst, {
      listId: 'be-local',
      name: 'Local',
      format: 'csv',
      bytes: new TextEncoder().encode(csv),
      source: 'local.csv',
    });
    expect(summary.entries).toBe(1);
    expect(diagnostics[0]?.message).toMatch(/Line 4/);
    const matches = await screening.screen(analyst, { name: 'POLAR TRADE N.V.' });
    expect(matches.some((m) => m.listId === 'be-local')).toBe(true);
  });

  it('resolves parties into entities; merge and split decisions hold', async () => {
    const entities = createEntitiesService(deps());
    const [found] = await entities.search(analyst, 'van dijk fruit');
    expect(found?.members).toBe(3);
    const profile = await entities.profile(analyst, found?.id ?? '');
    expect(profile.links.flatMap((l) => l.evidence.map((e) => e.kind))).toContain('same-phone');
    expect(profile.screeningHits).toEqual([]);
    const polar = profile.memberList.find((m) => m.name === 'Polar Trade NV')?.partyId ?? '';
    const after = await entities.split(
      analyst,
      found?.id ?? '',
      [polar],
      'different firm, shared switchboard',
    );
    expect(after.map((e) => e.members).sort()).toEqual([1, 2]);
    const other = after.find((e) => e.members === 1)?.id ?? '';
    const main = after.find((e) => e.members === 2)?.id ?? '';
    // The merged entity's id is its first member's: either of the two, as party ids are random.
    const merged = await entities.merge(analyst, main, other);
    expect(merged.members).toBe(3);
    const graph = await entities.graph(analyst, merged.id, 2);
    expect(graph.nodes.some((n) => n.kind === 'consignment')).toBe(true);
    expect(graph.edges.some((e) => e.kind === 'reached-at')).toBe(true);
    await expect(
      entities.profile(createActor({ ...analyst, agencyId: 'nl-customs' }), merged.id),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('audits every read of entity data, and a denied read as denied', async () => {
    const reader = createActor({ ...analyst, id: 'ana-reads' });
    const entities = createEntitiesService(deps());
    const screening = createScreeningService(deps());
    const [found] = await entities.search(reader, 'van dijk fruit');
    const id = found?.id ?? '';
    const profile = await entities.profile(reader, id);
    await entities.graph(reader, id, 2);
    await entities.paths(reader, id, id);
    await entities.communities(reader, { minSize: 2 });
    const consignmentId = profile.consignmentList[0]?.id ?? '';
    expect(await entities.consignmentParties(reader, consignmentId)).not.toEqual([]);
    await screening.hits(reader, { billNumbers: ['BILL1'] });
    const events = await listAuditEvents(getDb().db, { actorId: reader.id });
    const seen = events.map((e) => [e.action, e.resourceId ?? null, e.outcome]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ['entity.search', null, 'success'],
        ['entity.read', id, 'success'],
        ['entity.graph', id, 'success'],
        ['entity.paths', id, 'success'],
        ['entity.communities', null, 'success'],
        ['consignment.parties', consignmentId, 'success'],
        ['screening.hits', null, 'success'],
      ]),
    );
    expect(events.find((e) => e.action === 'entity.search')?.details).toMatchObject({
      q: 'van dijk fruit',
      results: 1,
    });
    const inspector = createActor({
      kind: 'user',
      id: 'insp-1',
      agencyId: 'be-customs',
      roles: ['inspection-team'],
    });
    await expect(entities.profile(inspector, id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(screening.hits(inspector, {})).rejects.toMatchObject({ code: 'not_found' });
    const denied = await listAuditEvents(getDb().db, { actorId: inspector.id });
    expect(denied.map((e) => [e.action, e.outcome]).sort()).toEqual([
      ['entity.read', 'denied'],
      ['screening.hits', 'denied'],
    ]);
  });

  it('finds the identifiers two agencies share by PSI, and nothing else', async () => {
    const psi = createPsiService(deps());
    const result = await psi.crossCheck(analyst, 'phone', (request) =>
      psi.respond(partnerNode, request),
    );
    expect(result.shared).toEqual(['phone:235551234']);
    expect(result.theirs).toBe(1);
    await expect(
      psi.crossCheck(nlAnalyst, 'phone', (r) => psi.respond(analyst, r)),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
