// `GET /api/v1/entities/:id` over stored cargo, on both engines: a forwarder filed on 70 bills
// under one EORI is one entity whose explanation says so in one line; two companies filed under
// one EORI with unrelated names are one entity with the conflict recorded; an entity joined by
// 29 links lists the 25 strongest and their total.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Party } from '../../src/core/cargo/party.ts';
import type { Eori } from '../../src/core/identifiers/eori.ts';
import { createActor } from '../../src/services/access/actor.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { saveConsignmentVersion } from '../../src/storage/index.ts';
import { consignmentFixture } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { entitiesApp } from './entities-app.ts';

const BE = 'be-customs';
const clock = fixedClock('2026-03-02T10:00:00Z');
const analyst = createActor({ kind: 'user', id: 'ana', agencyId: BE, roles: ['analyst'] });
const FORWARDER_EORI = 'BE0470140409';
const SHARED_EORI = 'NL812345678B01';
const kallo = { street: 'Havenweg 3', city: 'Kallo', country: 'BE' } as NonNullable<
  Party['address']
>;

const forwarder = (i: number): Party => ({
  role: 'forwarder',
  name: i % 3 === 0 ? 'SCHELDE LOGISTICS B.V.B.A.' : 'Schelde Logistics BVBA',
  address: kallo,
  phone: '+32 3 896 0226',
  identifiers: { eori: FORWARDER_EORI as Eori },
});

/**
 * 70 bills with the forwarder; one consignee each, 30 of them one importer without an EORI or an
 * address (an address filed alike would join its records directly, with no link to list).
 */
function bills(): Array<[string, Party[]]> {
  const list: Array<[string, Party[]]> = Array.from({ length: 70 }, (_, i) => [
    `FWD${String(i).padStart(4, '0')}`,
    [
      forwarder(i),
      i < 30
        ? {
            role: 'consignee',
            name: 'Kempen Koel NV',
            phone: '+32 14 555 0000',
          }
        : { role: 'consignee', name: `Buyer ${i} Trading NV`, phone: `+32 9 ${i}00 1000` },
    ] as Party[],
  ]);
  const at = (city: string, country: string) =>
    ({ city, country }) as NonNullable<Party['address']>;
  list.push(
    [
      'MIS0001',
      [
        {
          role: 'shipper',
          name: 'Acme Trading BV',
          address: at('Rotterdam', 'NL'),
          identifiers: { eori: SHARED_EORI as Eori },
        },
      ],
    ],
    [
      'MIS0002',
      [
        {
          role: 'shipper',
          name: 'Polar Fish Export Ltda',
          address: at('Callao', 'PE'),
          identifiers: { eori: SHARED_EORI as Eori },
        },
      ],
    ],
  );
  return list;
}

interface Profile {
  id: string;
  members: number;
  sharedIdentifiers: Array<{ kind: string; value: string; records: number; elsewhere: number }>;
  conflicts: Array<{
    identifiers: Array<{ kind: string; value: string }>;
    name: { name: string; countries: string[]; records: number };
    others: Array<{ name: string; countries: string[]; records: number }>;
    othersTotal: number;
  }>;
  links: unknown[];
  linksTotal: number;
}

describeEachEngine('entity profiles explain shared identifiers', (getDb) => {
  let app: FastifyInstance;
  const get = async <T>(url: string) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };
  const profileOf = async (q: string) => {
    const found = await get<{ items: Array<{ id: string }> }>(
      `/api/v1/entities?q=${encodeURIComponent(q)}`,
    );
    return get<Profile>(`/api/v1/entities/${encodeURIComponent(found.items[0]?.id ?? '')}`);
  };

  beforeAll(async () => {
    const database = getDb();
    for (const [bill, parties] of bills())
      await saveConsignmentVersion(database.db, {
        agencyId: BE,
        filingId: randomUUID(),
        filedAt: clock.now(),
        consignment: consignmentFixture(bill, { parties }),
      });
    app = await entitiesApp(database, clock, () => Promise.resolve(analyst));
  }, 120_000);

  afterAll(() => app.close());

  it('resolves a forwarder filed 70 times under one EORI into one entity, told in one line', async () => {
    const p = await profileOf(FORWARDER_EORI);
    expect(p.members).toBe(70);
    expect(p.sharedIdentifiers).toEqual([
      { kind: 'eori', value: FORWARDER_EORI, records: 70, elsewhere: 0 },
    ]);
    expect(p.links).toEqual([]);
    expect(p.conflicts).toEqual([]);
  });

  it('merges two companies filed under one EORI and shows the conflict', async () => {
    const p = await profileOf('Acme Trading');
    expect(p.members).toBe(2);
    expect(p.conflicts).toEqual([
      {
        identifiers: [{ kind: 'eori', value: SHARED_EORI }],
        name: { name: 'Acme Trading BV', countries: ['NL'], records: 1 },
        others: [{ name: 'Polar Fish Export Ltda', countries: ['PE'], records: 1 }],
        othersTotal: 1,
      },
    ]);
  });

  it('lists the 25 strongest links of an entity joined by 29, with the total', async () => {
    const p = await profileOf('Kempen Koel');
    expect(p.members).toBe(30);
    expect(p.links).toHaveLength(25);
    expect(p.linksTotal).toBe(29);
    expect(p.sharedIdentifiers).toEqual([]);
  });
});
