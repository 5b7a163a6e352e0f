/**
 * Sign-in through an OpenID Connect provider (openid-client): authorization code flow with PKCE
 * (S256), state and nonce. `start` returns the provider URL and the state the browser carries
 * back; `finish` exchanges the code, reads the claims (ID token, then userinfo), creates or finds
 * the user linked to issuer + subject, refreshes its roles from the claims and opens a session.
 * A linked user never moves agency by a claim, and a disabled account stays out.
 */
import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import { AppError } from '../../core/app-error.ts';
import {
  appendAuditEvent,
  createUser,
  findUserIdByIdentity,
  getUser,
  getUserByUsername,
  linkIdentity,
  setUserRoles,
  type Db,
} from '../../storage/index.ts';
import type { OidcConfig } from '../config.ts';
import { ensureAgency } from './local-accounts.ts';
import { mapClaims, type MappedClaims } from './oidc-claims.ts';
import type { OpenSession, SessionStore, SessionStoreDeps } from './session.service.ts';
import { signedInUser } from './signed-in-user.ts';

/** How long a started sign-in may take at the provider. */
const PENDING_MS = 10 * 60_000;

interface Pending {
  readonly verifier: string;
  readonly nonce: string;
  readonly until: number;
}

export interface OidcSignIn {
  readonly id: 'oidc';
  readonly name: string;
  start(): Promise<{ url: string; state: string }>;
  finish(query: string, state: string | undefined, sourceAddress?: string): Promise<OpenSession>;
}

function discover(config: OidcConfig): Promise<client.Configuration> {
  const issuer = new URL(config.issuer);
  // Plain HTTP is allowed only to a provider on this machine (tests, a local development provider).
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
  const options =
    issuer.protocol === 'http:' && loopback ? { execute: [client.allowInsecureRequests] } : {};
  return client.discovery(issuer, config.clientId, config.clientSecret, undefined, options);
}

async function usernameFor(db: Db, claims: MappedClaims, issuer: string): Promise<string> {
  const preferred = claims.preferredUsername;
  if (
    preferred &&
    /^[a-z0-9][a-z0-9._-]{1,63}$/.test(preferred) &&
    !(await getUserByUsername(db, preferred))
  )
    return preferred;
  return `sso-${createHash('sha256').update(`${issuer}\n${claims.subject}`).digest('hex').slice(0, 12)}`;
}

export function createOidcSignIn(
  deps: SessionStoreDeps & { readonly sessions: SessionStore },
  config: OidcConfig,
): OidcSignIn {
  let configuration: Promise<client.Configuration> | undefined;
  const configured = () =>
    (configuration ??= discover(config).catch((error: unknown) => {
      configuration = undefined;
      throw error;
    }));
  const pending = new Map<string, Pending>();

  async function userFor(claims: MappedClaims, issuer: string) {
    return deps.database.transaction(async (tx) => {
      const now = deps.clock.now();
      let userId = await findUserIdByIdentity(tx, issuer, claims.subject);
      if (userId === undefined) {
        await ensureAgency(tx, claims.agencyId, now);
        const username = await usernameFor(tx, claims, issuer);
        userId = await createUser(
          tx,
          { agencyId: claims.agencyId, username, displayName: claims.displayName },
          now,
        );
        await linkIdentity(tx, { issuer, subject: claims.subject, userId, at: now });
      }
      const user = await getUser(tx, userId);
      if (!user || user.status !== 'active')
        throw new AppError('unauthenticated', 'Single sign-on refused: the account is disabled.');
      if (user.agencyId !== claims.agencyId)
        throw new AppError('unauthenticated', 'Single sign-on refused: the agency claim changed.');
      await setUserRoles(tx, userId, claims.roles);
      return signedInUser({ ...user, roles: claims.roles });
    });
  }

  return {
    id: 'oidc',
    name: config.name,
    start: async () => {
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const now = Date.now();
      for (const [key, p] of pending) if (p.until < now) pending.delete(key);
      pending.set(state, { verifier, nonce, until: now + PENDING_MS });
      const url = client.buildAuthorizationUrl(await configured(), {
        redirect_uri: config.redirectUri,
        scope: 'openid profile',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, state };
    },
    finish: async (query, state, sourceAddress) => {
      const started = state === undefined ? undefined : pending.get(state);
      if (state !== undefined) pending.delete(state);
      if (state === undefined || !started || started.until < Date.now())
        throw new AppError(
          'unauthenticated',
          'Single sign-on refused: no sign-in was started here, or it took too long.',
        );
      const settings = await configured();
      const callback = new URL(config.redirectUri);
      callback.search = query;
      const tokens = await client
        .authorizationCodeGrant(settings, callback, {
          pkceCodeVerifier: started.verifier,
          expectedState: state,
          expectedNonce: started.nonce,
          idTokenExpected: true,
        })
        .catch((error: unknown) => {
          throw new AppError(
            'unauthenticated',
            `Single sign-on refused by the provider: ${(error as Error).message}`,
          );
        });
      const idClaims: Record<string, unknown> = { ...tokens.claims() };
      const info = await client.fetchUserInfo(
        settings,
        tokens.access_token,
        String(idClaims['sub']),
      );
      const issuer = settings.serverMetadata().issuer;
      const claims = mapClaims(config, { ...info, ...idClaims });
      const user = await userFor(claims, issuer);
      await appendAuditEvent(deps.database.db, {
        at: deps.clock.now(),
        actorKind: 'user',
        actorId: user.id,
        action: 'session.create',
        resourceType: 'session',
        outcome: 'success',
        details: { method: 'oidc', issuer, roles: claims.roles },
      });
      return deps.sessions.open(user, 'oidc', sourceAddress);
    },
  };
}
