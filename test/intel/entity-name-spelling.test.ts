// An entity is named by the spelling it is filed under most: a shipper filed four times as
// written on its letterhead and once each in four other spellings is headed by the letterhead's,
// whichever record the resolution lists first; its other spellings follow, most filed first
// (ties in code-point order).
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Party } from '../../src/core/cargo/party.ts';
import { createActor } from '../../src/services/access/actor.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { saveConsignmentVersion } from '../../src/storage/index.ts';
import { consignmentFixture } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { entitiesApp } from './entities-app.ts';

const BE = 'be-customs';
const analyst = createActor({ kind: 'user', id: 'ana', agencyId: BE, roles: ['analyst'] });
const address = {
  street: '12 Rua do Porto',
  city: 'Santos',
  postcode: '11010',
  country: 'BR',
} as NonNullable<Party['address']>;
// The first record stored carries the rare spelling.
// Four spellings filed once each, the letterhead's four times: the records' stored order (by
// their random ids) decided the heading and the order of the names before.
const SPELLINGS = [
  'ACME TRADING LTDA',
  'Acme Trading Ltda.',
  'ACME TRADING LTDA.',
  'Acme Trading Ltda.',
  'Acme Trading LTDA',
  'Acme Trading Ltda.',
  'Acme Trading Ltda',
  'Acme Trading Ltda.',
];

describeEachEngine('entity names', (getDb) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    for (const [i, name] of SPELLINGS.entries())
      await saveConsignmentVersion(getDb().db, {
        agencyId: BE,
        filingId: randomUUID(),
        filedAt: new Date(Date.UTC(2026, 1, 1 + i)),
        consignment: consignmentFixture(`SSZ${i}`, {
          parties: [{ role: 'shipper', name, address }],
        }),
      });
    app = await entitiesApp(getDb(), fixedClock('2026-03-02T10:00:00Z'), () =>
      Promise.resolve(analyst),
    );
  }, 120_000);
  afterAll(() => app.close());

  it('heads an entity with its most filed spelling, then the others by use', async () => {
    const list = await app.inject({ method: 'GET', url: '/api/v1/entities?q=acme' });
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<{ items: Array<{ id: string; name: string; names: string[] }> }>()
      .items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      name: 'Acme Trading Ltda.',
      names: [
        'Acme Trading Ltda.',
        'ACME TRADING LTDA',
        'ACME TRADING LTDA.',
        'Acme Trading LTDA',
        'Acme Trading Ltda',
      ],
    });
    const profile = await app.inject({
      method: 'GET',
      url: `/api/v1/entities/${encodeURIComponent(items[0]!.id)}`,
    });
    expect(profile.json<{ name: string }>().name).toBe('Acme Trading Ltda.');
  });
});
