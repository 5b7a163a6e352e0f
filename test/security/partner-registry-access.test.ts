// The partner registry belongs to the node: its own agency's accounts read it (intel.read or
// admin.partners) and its own administrators change it. An account of another agency hosted on the
// node — even an administrator — neither sees the partners, their endpoints and keys, nor adds one.
import { expect, it } from 'vitest';
import { createActor } from '../../src/services/access/actor.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { exchangeContext } from '../../src/services/exchange/exchange-context.ts';
import { initNode } from '../../src/services/exchange/node-identity.ts';
import { createPartnerRegistry } from '../../src/services/exchange/partner-registry.service.ts';
import type { Role } from '../../src/services/access/roles.ts';
import { describeEachEngine } from '../support/db.ts';

const clock = fixedClock('2026-03-01T00:00:00.000Z');
const actor = (agencyId: string, role: Role) =>
  createActor({ kind: 'user', id: `${agencyId}-${role}`, agencyId, roles: [role] });
const partner = (id: string) => ({
  id,
  agencyId: id,
  name: `Partner ${id}`,
  endpoint: `https://${id}.example/taxii2/`,
  communities: ['be-us-bilateral'],
  purposes: ['customs-control'],
});

describeEachEngine('partner registry access', (db) => {
  const registry = () => createPartnerRegistry(exchangeContext({ database: db(), clock }));

  it("the node's own agency reads and changes it", async () => {
    await initNode(db().db, 'be-customs', clock.now());
    await registry().add(actor('be-customs', 'admin'), partner('us-cbp'));
    const seen = await registry().list(actor('be-customs', 'analyst'));
    expect(seen.map((p) => p.endpoint)).toEqual(['https://us-cbp.example/taxii2/']);
  });

  it('an account of another agency on the node neither sees nor adds partners', async () => {
    await expect(registry().list(actor('nl-customs', 'analyst'))).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(registry().list(actor('nl-customs', 'admin'))).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      registry().add(actor('nl-customs', 'admin'), partner('fr-douane')),
    ).rejects.toMatchObject({ code: 'not_found' });
    const seen = await registry().list(actor('be-customs', 'admin'));
    expect(seen.map((p) => p.id)).toEqual(['us-cbp']);
  });
});
