// API keys of machine clients and cargo senders: scoped to an agency and to permissions,
// expiring, rotatable with a grace period, revocable; over HTTP through the one request-actor.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActor } from '../../src/services/access/actor.ts';
import { createMachineKeyService, createSenderKeyService } from '../../src/services/auth/index.ts';
import { createSenderService } from '../../src/services/intake/sender.service.ts';
import { describeEachEngine } from '../support/db.ts';
import { errorOf, startTestNode, type TestNode } from './auth-app.ts';

const admin = createActor({
  kind: 'user',
  id: 'admin-1',
  agencyId: 'be-customs',
  roles: ['admin'],
});
const otherAdmin = createActor({
  kind: 'user',
  id: 'admin-2',
  agencyId: 'nl-customs',
  roles: ['admin'],
});

describeEachEngine('API keys', (getDb) => {
  let node: TestNode;
  let machines: ReturnType<typeof createMachineKeyService>;
  beforeAll(async () => {
    node = await startTestNode(getDb());
    machines = createMachineKeyService(node.context);
  });
  afterAll(() => node.app.close());

  const get = (url: string, key: string) =>
    node.app.inject({ method: 'GET', url, headers: { 'x-api-key': key } });

  it('acts only within its permissions, though its role grants more', async () => {
    const issued = await machines.create(admin, {
      name: 'rules dashboard',
      roles: ['analyst'],
      permissions: ['rule.read'],
    });
    expect(issued.key).toMatch(/^pcm_/);
    expect(issued.permissions).toEqual(['rule.read']);
    expect((await get('/api/v1/rules', issued.key)).statusCode).toBe(200);
    const models = await get('/api/v1/models', issued.key);
    expect(models.statusCode).toBe(404);
    expect(errorOf(models).code).toBe('not_found');
    const bearer = await node.app.inject({
      method: 'GET',
      url: '/api/v1/rules',
      headers: { authorization: `Bearer ${issued.key}` },
    });
    expect(bearer.statusCode).toBe(200);
  });

  it('refuses permissions its roles do not grant, and unknown ones, by name', async () => {
    await expect(
      machines.create(admin, { name: 'x', roles: ['auditor'], permissions: ['rule.write'] }),
    ).rejects.toThrow(/rule\.write not granted by the role\(s\) auditor/);
    await expect(
      machines.create(admin, { name: 'x', roles: ['auditor'], permissions: ['rule.fly'] }),
    ).rejects.toThrow(/unknown permission\(s\) rule\.fly/);
  });

  it('stops working when it expires', async () => {
    const issued = await machines.create(admin, {
      name: 'short-lived',
      roles: ['analyst'],
      expiresAt: new Date(node.clock.now().getTime() + 3600_000),
    });
    expect((await get('/api/v1/rules', issued.key)).statusCode).toBe(200);
    node.clock.advance(3601);
    const expired = await get('/api/v1/rules', issued.key);
    expect(expired.statusCode).toBe(401);
    expect(errorOf(expired).code).toBe('unauthenticated');
  });

  it('rotates: the old key works until the grace period ends, the new one after', async () => {
    const first = await machines.create(admin, { name: 'nightly export', roles: ['analyst'] });
    const second = await machines.rotate(admin, first.id, 600);
    expect(second.permissions).toEqual(first.permissions);
    expect((await get('/api/v1/rules', first.key)).statusCode).toBe(200);
    expect((await get('/api/v1/rules', second.key)).statusCode).toBe(200);
    node.clock.advance(601);
    expect((await get('/api/v1/rules', first.key)).statusCode).toBe(401);
    expect((await get('/api/v1/rules', second.key)).statusCode).toBe(200);
    const listed = (await machines.list(admin)).find((k) => k.id === first.id);
    expect(listed?.replacedBy).toBe(second.id);
    await machines.revoke(admin, second.id);
    expect((await get('/api/v1/rules', second.key)).statusCode).toBe(401);
  });

  it('belongs to one agency: another agency administrator neither sees nor rotates it', async () => {
    const issued = await machines.create(admin, { name: 'be only', roles: ['analyst'] });
    expect((await machines.list(otherAdmin)).map((k) => k.id)).not.toContain(issued.id);
    await expect(machines.rotate(otherAdmin, issued.id)).rejects.toThrow(/not found/);
    await expect(machines.revoke(otherAdmin, issued.id)).rejects.toThrow(/not found/);
  });

  it('scopes, rotates and revokes cargo sender keys too', async () => {
    const senders = createSenderService(node.context);
    const keys = createSenderKeyService(node.context);
    const sender = await senders.addSender(admin, { name: 'Line A', kind: 'carrier' });
    const eventsOnly = await senders.issueKey(admin, sender.id, { permissions: ['event.submit'] });
    const actor = await senders.authenticate(eventsOnly.key);
    expect([...(actor?.permissions ?? [])]).toEqual(['event.submit']);
    const full = await senders.issueKey(admin, sender.id);
    expect([...((await senders.authenticate(full.key))?.permissions ?? [])].sort()).toEqual([
      'event.submit',
      'filing.read',
      'filing.submit',
    ]);
    const next = await keys.rotate(admin, sender.id, full.id, 60);
    expect(await senders.authenticate(full.key)).toBeDefined();
    node.clock.advance(61);
    expect(await senders.authenticate(full.key)).toBeUndefined();
    expect(await senders.authenticate(next.key)).toBeDefined();
    await keys.revoke(admin, sender.id, eventsOnly.id);
    expect(await senders.authenticate(eventsOnly.key)).toBeUndefined();
    const listed = await keys.list(admin, sender.id);
    expect(listed.map((k) => k.id).sort()).toEqual([eventsOnly.id, full.id, next.id].sort());
    await expect(keys.list(otherAdmin, sender.id)).rejects.toThrow(/not found/);
  });

  it('answers a wrong or malformed key with 401', async () => {
    expect((await get('/api/v1/rules', 'pcm_AAAAAAAAAAAAAAAA_' + 'A'.repeat(43))).statusCode).toBe(
      401,
    );
    expect((await get('/api/v1/rules', 'nonsense')).statusCode).toBe(401);
  });
});
