/**
 * Server-side sessions of signed-in people: created at sign-in (local password or OpenID
 * Connect), resumed from the cookie on each request, ended at sign-out. A session ends after
 * `idleSeconds` without a request and in any case `absoluteSeconds` after sign-in; a disabled
 * account's sessions stop working at once.
 */
import {
  getAuthSession,
  getUser,
  insertAuthSession,
  revokeAuthSession,
  touchAuthSession,
  type Database,
} from '../../storage/index.ts';
import type { Clock } from '../clock.ts';
import { csrfTokenFor, hashSessionId, isSessionIdShape, newSessionId } from './session-tokens.ts';
import { signedInUser, type SignedInUser } from './signed-in-user.ts';

export interface SessionPolicy {
  readonly idleSeconds: number;
  readonly absoluteSeconds: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleSeconds: 30 * 60,
  absoluteSeconds: 12 * 3600,
};

/** Last-seen times are written at most this often (a read-heavy page must not write each time). */
const TOUCH_EVERY_MS = 60_000;

export interface OpenSession {
  /** Goes into the cookie only; never logged, never stored. */
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
  readonly user: SignedInUser;
}

export interface SessionStoreDeps {
  readonly database: Database;
  readonly clock: Clock;
  readonly sessionPolicy?: SessionPolicy;
}

export interface SessionStore {
  open(
    user: SignedInUser,
    method: 'password' | 'oidc',
    sourceAddress?: string,
  ): Promise<OpenSession>;
  /** The session's user, or undefined when the id is unknown, ended, expired or the user disabled. */
  resume(sessionId: string): Promise<OpenSession | undefined>;
  close(sessionId: string): Promise<boolean>;
}

export function createSessionStore(deps: SessionStoreDeps): SessionStore {
  const policy = deps.sessionPolicy ?? DEFAULT_SESSION_POLICY;
  const db = () => deps.database.db;
  return {
    open: async (user, method, sourceAddress) => {
      const sessionId = newSessionId();
      const now = deps.clock.now();
      const expiresAt = new Date(now.getTime() + policy.absoluteSeconds * 1000);
      await insertAuthSession(db(), {
        idHash: hashSessionId(sessionId),
        userId: user.id,
        method,
        createdAt: now,
        expiresAt,
        ...(sourceAddress === undefined ? {} : { sourceAddress }),
      });
      return { sessionId, csrfToken: csrfTokenFor(sessionId), expiresAt, user };
    },
    resume: async (sessionId) => {
      if (!isSessionIdShape(sessionId)) return undefined;
      const idHash = hashSessionId(sessionId);
      const session = await getAuthSession(db(), idHash);
      const now = deps.clock.now();
      if (!session || session.revoked || session.expiresAt <= now) return undefined;
      const idleEnd = session.lastSeenAt.getTime() + policy.idleSeconds * 1000;
      if (idleEnd <= now.getTime()) return undefined;
      const user = await getUser(db(), session.userId);
      if (!user || user.status !== 'active') return undefined;
      if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS)
        await touchAuthSession(db(), idHash, now);
      return {
        sessionId,
        csrfToken: csrfTokenFor(sessionId),
        expiresAt: session.expiresAt,
        user: signedInUser(user),
      };
    },
    close: (sessionId) =>
      isSessionIdShape(sessionId)
        ? revokeAuthSession(db(), hashSessionId(sessionId), deps.clock.now())
        : Promise.resolve(false),
  };
}
