// Sign-in with local accounts over HTTP: cookie attributes, wrong passwords, lock-out, TOTP,
// CSRF on unsafe methods, idle and absolute expiry, sign-out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalAccount, totp } from '../../src/services/auth/index.ts';
import { base32Decode } from '../../src/services/auth/base32.ts';
import { describeEachEngine } from '../support/db.ts';
import { errorOf, sessionCookieOf, startTestNode, type TestNode } from './auth-app.ts';

const fast = { ln: 12, r: 8, p: 1 };

describeEachEngine('sessions', (getDb) => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startTestNode(getDb());
    const base = { agencyId: 'be-customs', roles: ['targeting-officer'] };
    for (const username of ['olivia', 'lockme', 'totpuser', 'expiry'])
      await createLocalAccount(
        getDb(),
        { ...base, username, displayName: username, password: `correct horse ${username}` },
        { scryptCost: fast, clock: node.clock },
      );
  });
  afterAll(() => node.app.close());

  const signIn = (username: string, password: string, extra: Record<string, string> = {}) =>
    node.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username, password, ...extra },
    });

  it('signs in: the cookie is HttpOnly, SameSite=Strict; GET returns the same user and token', async () => {
    const res = await signIn('olivia', 'correct horse olivia');
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      user: { username: string; permissions: string[] };
      csrfToken: string;
    }>();
    expect(body.user).toMatchObject({
      username: 'olivia',
      agencyId: 'be-customs',
      roles: ['targeting-officer'],
    });
    expect(body.user.permissions).toContain('scan-plan.write');
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^portcullis_session=[A-Za-z0-9_-]{43}; /);
    expect(setCookie.split('; ')).toEqual(
      expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Strict']),
    );
    const cookie = sessionCookieOf(res);
    const me = await node.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(body);
    // The session reaches other routes: the officer reads the queue.
    const queue = await node.app.inject({
      method: 'GET',
      url: '/api/v1/scan-plans?limit=1',
      headers: { cookie },
    });
    expect(queue.statusCode).not.toBe(401);
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await signIn('olivia', 'not the password');
    const unknown = await signIn('nobody-here', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(errorOf(wrong)).toEqual(errorOf(unknown));
    expect(errorOf(wrong).code).toBe('unauthenticated');
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('locks an account after five failures, with Retry-After and back-off, then lets it in', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn('lockme', `wrong-${i}`)).statusCode).toBe(401);
    const locked = await signIn('lockme', 'correct horse lockme');
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('30');
    node.clock.advance(31);
    expect((await signIn('lockme', 'still wrong')).statusCode).toBe(401);
    const longer = await signIn('lockme', 'correct horse lockme');
    expect(longer.statusCode).toBe(429);
    expect(longer.headers['retry-after']).toBe('60');
    node.clock.advance(61);
    expect((await signIn('lockme', 'correct horse lockme')).statusCode).toBe(200);
  });

  it('requires the TOTP code once a second factor is confirmed, and refuses a reused code', async () => {
    const first = await signIn('totpuser', 'correct horse totpuser');
    const cookie = sessionCookieOf(first);
    const csrf = first.json<{ csrfToken: string }>().csrfToken;
    const headers = { cookie, 'x-csrf-token': csrf };
    const start = await node.app.inject({ method: 'POST', url: '/api/v1/session/totp', headers });
    expect(start.statusCode).toBe(200);
    const { secret, otpauthUri } = start.json<{ secret: string; otpauthUri: string }>();
    expect(otpauthUri).toContain(`secret=${secret}`);
    const code = () => totp(base32Decode(secret), node.clock.now());
    const confirm = await node.app.inject({
      method: 'POST',
      url: '/api/v1/session/totp/confirm',
      headers,
      payload: { code: code() },
    });
    expect(confirm.statusCode).toBe(204);
    const without = await signIn('totpuser', 'correct horse totpuser');
    expect(without.statusCode).toBe(401);
    expect(errorOf(without).details).toEqual({ totpRequired: true });
    const replay = await signIn('totpuser', 'correct horse totpuser', { totp: code() });
    expect(replay.statusCode).toBe(401);
    node.clock.advance(30);
    const ok = await signIn('totpuser', 'correct horse totpuser', { totp: code() });
    expect(ok.statusCode).toBe(200);
    const wrongCode = await signIn('totpuser', 'correct horse totpuser', {
      totp: '000000' === code() ? '111111' : '000000',
    });
    expect(wrongCode.statusCode).toBe(401);
  });

  it('refuses unsafe methods without the CSRF token or with another session token', async () => {
    const a = await signIn('olivia', 'correct horse olivia');
    const b = await signIn('olivia', 'correct horse olivia');
    const cookie = sessionCookieOf(a);
    const other = b.json<{ csrfToken: string }>().csrfToken;
    const missing = await node.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie },
    });
    expect(missing.statusCode).toBe(403);
    expect(errorOf(missing).code).toBe('forbidden');
    const invalid = await node.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie, 'x-csrf-token': other },
    });
    expect(invalid.statusCode).toBe(403);
    const still = await node.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie },
    });
    expect(still.statusCode).toBe(200);
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const res = await signIn('olivia', 'correct horse olivia');
    const cookie = sessionCookieOf(res);
    const out = await node.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    const after = await node.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie },
    });
    expect(after.statusCode).toBe(401);
  });

  it('expires a session after 30 idle minutes, and 12 hours after sign-in however active', async () => {
    const idle = sessionCookieOf(await signIn('expiry', 'correct horse expiry'));
    const get = (cookie: string) =>
      node.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
    node.clock.advance(29 * 60);
    expect((await get(idle)).statusCode).toBe(200);
    node.clock.advance(29 * 60);
    expect((await get(idle)).statusCode).toBe(200);
    node.clock.advance(31 * 60);
    expect((await get(idle)).statusCode).toBe(401);
    const active = sessionCookieOf(await signIn('expiry', 'correct horse expiry'));
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      node.clock.advance(20 * 60);
      expect((await get(active)).statusCode).toBe(200);
    }
    node.clock.advance(20 * 60);
    expect((await get(active)).statusCode).toBe(401);
  });

  it('lists the sign-in providers without credentials', async () => {
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/session/providers' });
    expect(res.json()).toEqual({ local: true, oidc: [] });
  });
});

describe('password policy at account creation', () => {
  it('names what is wrong', async () => {
    const { openTestDatabase } = await import('../support/db.ts');
    const { database, release } = await openTestDatabase('pglite');
    const base = { username: 'pat', displayName: 'Pat', agencyId: 'local', roles: ['analyst'] };
    await expect(createLocalAccount(database, { ...base, password: 'short' })).rejects.toThrow(
      /at least 12/,
    );
    await expect(
      createLocalAccount(database, { ...base, password: 'pat-pat-pat-pat' }),
    ).rejects.toThrow(/mostly the username/);
    await expect(
      createLocalAccount(database, {
        ...base,
        roles: ['pirate'],
        password: 'a fine long passphrase',
      }),
    ).rejects.toThrow(/pirate/);
    await release();
  });
});
