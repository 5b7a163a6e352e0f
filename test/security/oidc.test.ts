// Single sign-on against a real OpenID Connect provider (oidc-provider) on loopback: the login
// redirect carries a PKCE S256 challenge, the browser signs in at the provider, the callback opens
// a session; the user is created from the claims (agency, roles through the role map) and linked
// by issuer + subject, so a second sign-in is the same user with roles refreshed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../support/db.ts';
import { errorOf, sessionCookieOf, startTestNode, type TestNode } from './auth-app.ts';

const REDIRECT = 'http://127.0.0.1:8080/api/v1/session/oidc/callback';
const accounts: Record<string, Record<string, unknown>> = {
  'emp-4711': {
    name: 'Anna Janssens',
    preferred_username: 'anna',
    agency: 'be-customs',
    roles: ['customs-analyst', 'not-a-portcullis-role'],
  },
};

/** A tiny browser: follows redirects and keeps the provider's cookies. */
class Browser {
  private readonly jar = new Map<string, string>();
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie },
    });
    for (const set of res.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair && eq > 0) this.jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return res;
  }
  /** Signs in at the provider as `account` and returns the URL it sends the browser back to. */
  async signInAt(authorizeUrl: string, account: string): Promise<URL> {
    let url = new URL(authorizeUrl);
    for (let step = 0; step < 12; step++) {
      if (url.href.startsWith(REDIRECT)) return url;
      const res = await this.request(url.href);
      if (res.status === 200 && url.pathname.startsWith('/interaction/')) {
        const page = await res.text();
        const prompt = page.includes('name="prompt" value="login"') ? 'login' : 'consent';
        const body = new URLSearchParams({ prompt, login: account, password: 'any' });
        const posted = await this.request(url.href, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: body.toString(),
        });
        url = new URL(posted.headers.get('location') ?? '', url);
        continue;
      }
      const location = res.headers.get('location');
      if (!location)
        throw new Error(`provider answered ${res.status} at ${url.href}: ${await res.text()}`);
      url = new URL(location, url);
    }
    throw new Error('too many steps at the provider');
  }
}

describe('single sign-on with OpenID Connect', () => {
  let server: Server;
  let node: TestNode;
  let release: () => Promise<void>;

  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'portcullis',
          client_secret: 'a-client-secret-for-the-test-provider',
          redirect_uris: [REDIRECT],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      pkce: { required: () => true },
      claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'agency', 'roles'] },
      findAccount: (_ctx, id) => ({
        accountId: id,
        claims: () => ({ sub: id, ...accounts[id] }),
      }),
      features: { devInteractions: { enabled: true } },
      cookies: { keys: ['oidc-test-cookie-key'] },
    });
    const handle = provider.callback();
    server.on('request', (req, res) => void handle(req, res));
    vi.stubEnv('PORTCULLIS_OIDC_ISSUER', issuer);
    vi.stubEnv('PORTCULLIS_OIDC_CLIENT_ID', 'portcullis');
    vi.stubEnv('PORTCULLIS_OIDC_CLIENT_SECRET', 'a-client-secret-for-the-test-provider');
    vi.stubEnv('PORTCULLIS_OIDC_REDIRECT_URI', REDIRECT);
    vi.stubEnv('PORTCULLIS_OIDC_NAME', 'Customs directory');
    vi.stubEnv(
      'PORTCULLIS_OIDC_ROLE_MAP',
      'customs-analyst=analyst,customs-liaison=liaison-officer',
    );
    const test = await openTestDatabase('pglite');
    release = test.release;
    node = await startTestNode(test.database);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await node.app.close();
    await release();
    await new Promise((resolve) => server.close(resolve));
  });

  async function signIn(browser: Browser) {
    const login = await node.app.inject({ method: 'GET', url: '/api/v1/session/oidc/login' });
    expect(login.statusCode).toBe(302);
    const authorize = new URL(String(login.headers.location));
    const stateCookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    const back = await browser.signInAt(authorize.href, 'emp-4711');
    const callback = await node.app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      headers: { cookie: stateCookie },
    });
    return { authorize, callback };
  }

  it('lists the provider, redirects with PKCE S256, and opens a session from the claims', async () => {
    const providers = await node.app.inject({ method: 'GET', url: '/api/v1/session/providers' });
    expect(providers.json()).toEqual({
      local: true,
      oidc: [{ id: 'oidc', name: 'Customs directory' }],
    });
    const { authorize, callback } = await signIn(new Browser());
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(callback.statusCode).toBe(200);
    expect(String(callback.headers['set-cookie'])).toContain('portcullis_session=');
    const me = await node.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: sessionCookieOf(callback) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json<{ user: unknown }>().user).toMatchObject({
      username: 'anna',
      displayName: 'Anna Janssens',
      agencyId: 'be-customs',
      roles: ['analyst'],
    });
  });

  it('links the second sign-in to the same user and refreshes its roles from the claims', async () => {
    const session = (res: { headers: Record<string, unknown> }) =>
      node.app.inject({
        method: 'GET',
        url: '/api/v1/session',
        headers: { cookie: sessionCookieOf(res as never) },
      });
    const first = await session((await signIn(new Browser())).callback);
    accounts['emp-4711'] = { ...accounts['emp-4711'], roles: ['customs-liaison'] };
    const second = await session((await signIn(new Browser())).callback);
    const a = first.json<{ user: { id: string } }>().user;
    const b = second.json<{ user: { id: string; roles: string[] } }>().user;
    expect(b.id).toBe(a.id);
    expect(b.roles).toEqual(['liaison-officer']);
  });

  it('refuses a callback without the state of a sign-in started here', async () => {
    const login = await node.app.inject({ method: 'GET', url: '/api/v1/session/oidc/login' });
    const back = await new Browser().signInAt(String(login.headers.location), 'emp-4711');
    const forged = await node.app.inject({ method: 'GET', url: `${back.pathname}${back.search}` });
    expect(forged.statusCode).toBe(401);
    expect(errorOf(forged).code).toBe('unauthenticated');
    expect(forged.headers['set-cookie']).not.toContain('portcullis_session=');
  });
});
