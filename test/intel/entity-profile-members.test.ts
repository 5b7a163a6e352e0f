// `GET /api/v1/entities/:id` over stored cargo, on both engines: a shipper filed on 64 bills
// without EORI, VAT or IMO, at one address with one switchboard, is one entity (its address and
// telephone are over the block cap, so no pair of it is scored), told in one line; the same name
// at another address is another entity; and the profile lists its records as lines of identical
// ones with their count and first and last filing, a page at a time, beside every record.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Party } from '../../src/core/cargo/party.ts';
import { MAX_BLOCK } from '../../src/intel/resolution/candidate-pairs.ts';
import { createActor } from '../../src/services/access/actor.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { saveConsignmentVersion } from '../../src/storage/index.ts';
import { consignmentFixture } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { entitiesApp } from './entities-app.ts';

const BE = 'be-customs';
const clock = fixedClock('2026-03-02T10:00:00Z');
const analyst = createActor({ kind: 'user', id: 'ana', agencyId: BE, roles: ['analyst'] });
const NAME = 'Manufacturing Li Co., Ltd.';
const RETYPED = 'MANUFACTURING LI CO LTD';
const BILLS = 64;
const address = (street: string) =>
  ({ street, city: 'Yiwu', postcode: '3220', country: 'CN' }) as NonNullable<Party['address']>;

/** Bill i is filed on day i % 20 of February; every eighth retypes the name. */
const filedAt = (i: number) => new Date(Date.UTC(2026, 1, 1 + (i % 20), 8));
const retyped = (i: number) => i % 8 === 3;

function bills(): Array<[string, Date, Party[]]> {
  const list: Array<[string, Date, Party[]]> = Array.from({ length: BILLS }, (_, i) => [
    `YIW${String(i).padStart(4, '0')}`,
    filedAt(i),
    [
      {
        role: 'shipper',
        name: retyped(i) ? RETYPED : NAME,
        address: address('69 Gangwan Avenue'),
        phone: '+86 43 180 3336',
        email: 'export@manufacturingltd.cn',
      },
    ],
  ]);
  for (let i = 0; i < 3; i++)
    list.push([
      `HQA${i}`,
      filedAt(i),
      [
        {
          role: 'shipper',
          name: NAME,
          address: address('373 Hongqiao Avenue'),
          phone: '+86 39 706 9593',
          email: 'sales@manufacturingltd.cn',
        },
      ],
    ]);
  return list;
}

interface Group {
  partyId: string;
  name: string;
  address?: string;
  country?: string;
  identifiers: Record<string, string>;
  roles: string[];
  records: number;
  consignments: number;
  firstFiled: string;
  lastFiled: string;
}
interface Profile {
  id: string;
  members: number;
  memberList: unknown[];
  memberGroups: Group[];
  memberGroupsTotal: number;
  sameNameAndAddress: Array<{
    name: string;
    address: string;
    country: string;
    records: number;
    elsewhere: number;
  }>;
  links: unknown[];
}

const days = (picked: number[]) => picked.map((i) => filedAt(i).getTime());
const iso = (ms: number) => new Date(ms).toISOString();

describeEachEngine('entity profiles group identical records', (getDb) => {
  let app: FastifyInstance;
  const get = async <T>(url: string, status = 200) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode, res.body).toBe(status);
    return res.json<T>();
  };
  const entitiesNamed = async (q: string) =>
    (
      await get<{ items: Array<{ id: string; members: number }> }>(
        `/api/v1/entities?q=${encodeURIComponent(q)}`,
      )
    ).items;

  beforeAll(async () => {
    const database = getDb();
    for (const [bill, at, parties] of bills())
      await saveConsignmentVersion(database.db, {
        agencyId: BE,
        filingId: randomUUID(),
        filedAt: at,
        consignment: consignmentFixture(bill, { parties }),
      });
    app = await entitiesApp(database, clock, () => Promise.resolve(analyst));
  }, 120_000);

  afterAll(() => app.close());

  it('resolves 64 records of one name at one address into one entity, told in one line', async () => {
    expect(BILLS).toBeGreaterThan(MAX_BLOCK);
    const found = await entitiesNamed('Manufacturing Li');
    // The Gangwan Avenue shipper, and the same name at Hongqiao Avenue: another company.
    expect(found.map((e) => e.members).sort((a, b) => a - b)).toEqual([3, BILLS]);
    const big = found.find((e) => e.members === BILLS);
    const p = await get<Profile>(`/api/v1/entities/${encodeURIComponent(big?.id ?? '')}`);
    expect(p.links).toEqual([]);
    expect(p.sameNameAndAddress).toEqual([
      {
        name: NAME,
        address: '69 Gangwan Avenue, 3220 Yiwu',
        country: 'CN',
        records: BILLS,
        elsewhere: 0,
      },
    ]);
  });

  it('lists identical records as one line each, with counts and first and last filing', async () => {
    const big = (await entitiesNamed('Manufacturing Li')).find((e) => e.members === BILLS);
    const p = await get<Profile>(`/api/v1/entities/${encodeURIComponent(big?.id ?? '')}`);
    expect(p.memberList).toHaveLength(BILLS);
    expect(p.memberGroupsTotal).toBe(2);
    const all = Array.from({ length: BILLS }, (_, i) => i);
    const plain = days(all.filter((i) => !retyped(i)));
    const other = days(all.filter(retyped));
    const line = {
      address: '69 Gangwan Avenue, 3220 Yiwu',
      country: 'CN',
      roles: ['shipper'],
      identifiers: {
        phone: '431803336',
        email: 'export@manufacturingltd.cn',
        'email-domain': 'manufacturingltd.cn',
      },
    };
    expect(p.memberGroups).toMatchObject([
      {
        ...line,
        name: NAME,
        records: plain.length,
        consignments: plain.length,
        firstFiled: iso(Math.min(...plain)),
        lastFiled: iso(Math.max(...plain)),
      },
      {
        ...line,
        name: RETYPED,
        records: other.length,
        consignments: other.length,
        firstFiled: iso(Math.min(...other)),
        lastFiled: iso(Math.max(...other)),
      },
    ]);
  });

  it('pages the lines with memberOffset and memberLimit', async () => {
    const big = (await entitiesNamed('Manufacturing Li')).find((e) => e.members === BILLS);
    const url = `/api/v1/entities/${encodeURIComponent(big?.id ?? '')}`;
    const second = await get<Profile>(`${url}?memberOffset=1&memberLimit=1`);
    expect(second.memberGroupsTotal).toBe(2);
    expect(second.memberGroups.map((g) => g.name)).toEqual([RETYPED]);
    expect((await get<Profile>(`${url}?memberOffset=2`)).memberGroups).toEqual([]);
    await get(`${url}?memberLimit=0`, 400);
  });

  it('gives a page of lines alone at /members, as the profile gives it', async () => {
    const big = (await entitiesNamed('Manufacturing Li')).find((e) => e.members === BILLS);
    const url = `/api/v1/entities/${encodeURIComponent(big?.id ?? '')}`;
    const profile = await get<Profile>(`${url}?memberOffset=1&memberLimit=1`);
    const lines = await get<Record<string, unknown>>(`${url}/members?memberOffset=1&memberLimit=1`);
    expect(lines).toEqual({
      memberGroups: profile.memberGroups,
      memberGroupsTotal: profile.memberGroupsTotal,
    });
    expect((await get<Profile>(`${url}/members?memberOffset=2`)).memberGroups).toEqual([]);
    await get(`${url}/members?memberLimit=0`, 400);
    await get('/api/v1/entities/E-none/members', 404);
  });

  it('leaves every record out of memberList when the client asks for none', async () => {
    const big = (await entitiesNamed('Manufacturing Li')).find((e) => e.members === BILLS);
    const url = `/api/v1/entities/${encodeURIComponent(big?.id ?? '')}`;
    const whole = await app.inject({ method: 'GET', url });
    const lean = await app.inject({ method: 'GET', url: `${url}?memberList=none` });
    expect(lean.statusCode, lean.body).toBe(200);
    const { memberList, ...rest } = lean.json<Profile>();
    expect(memberList).toEqual([]);
    const { memberList: all, ...wholeRest } = whole.json<Profile>();
    expect(all).toHaveLength(BILLS);
    expect(rest).toEqual(wholeRest);
    expect(lean.body.length).toBeLessThan(whole.body.length / 2);
    expect((await get<Profile>(`${url}?memberList=all`)).memberList).toHaveLength(BILLS);
    const bad = await app.inject({ method: 'GET', url: `${url}?memberList=some` });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('memberList');
  });
});
