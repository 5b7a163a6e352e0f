/**
 * Sign-in with a local account: username and password, then the TOTP code when the account has a
 * second factor. Every answer to a wrong username, wrong password or disabled account is the same
 * `unauthenticated` error, and takes the same time (a dummy hash is verified when there is no
 * account). Failures feed the lock-out (sign-in-throttle.ts); every attempt is audited.
 */
import { AppError } from '../../core/app-error.ts';
import {
  appendAuditEvent,
  getUserByUsername,
  setUserPasswordHash,
  useTotpStep,
  type StoredUser,
} from '../../storage/index.ts';
import { hashPassword, needsRehash, verifyPassword, type ScryptCost } from './password-hash.ts';
import type { OpenSession, SessionStore, SessionStoreDeps } from './session.service.ts';
import { signedInUser } from './signed-in-user.ts';
import {
  DEFAULT_THROTTLE_POLICY,
  lockedFor,
  recordFailure,
  recordSuccess,
  type ThrottlePolicy,
} from './sign-in-throttle.ts';
import { matchTotp } from './totp.ts';
import type { SecretBox } from './totp-secret-box.ts';
import { readTotp } from './totp-secrets.ts';

export interface SignInInput {
  readonly username: string;
  readonly password: string;
  readonly totp?: string | undefined;
  readonly sourceAddress?: string | undefined;
  readonly requestId?: string | undefined;
}

export interface PasswordSignInDeps extends SessionStoreDeps {
  readonly sessions: SessionStore;
  /** Opens the stored TOTP secrets. */
  readonly totpSecrets: SecretBox;
  readonly throttlePolicy?: ThrottlePolicy;
  readonly scryptCost?: ScryptCost;
}

const WRONG = 'Sign-in failed: the username or password is wrong, or the account is disabled.';

/** Verified instead of a real hash when the account does not exist, so timing tells nothing. */
let dummyHash: Promise<string> | undefined;

async function passwordMatches(user: StoredUser | undefined, password: string, cost?: ScryptCost) {
  if (!user?.passwordHash || user.status !== 'active') {
    dummyHash ??= hashPassword('not-a-real-password', cost);
    await verifyPassword(password, await dummyHash);
    return false;
  }
  return verifyPassword(password, user.passwordHash);
}

export function passwordSignIn(deps: PasswordSignInDeps) {
  const db = () => deps.database.db;
  const policy = deps.throttlePolicy ?? DEFAULT_THROTTLE_POLICY;

  async function audit(
    input: SignInInput,
    outcome: 'success' | 'failure',
    reason: string,
    userId?: string,
  ) {
    await appendAuditEvent(db(), {
      at: deps.clock.now(),
      actorKind: 'user',
      actorId: userId ?? 'anonymous',
      action: 'session.create',
      resourceType: 'session',
      outcome,
      details: { username: input.username, method: 'password', reason },
      ...(input.requestId === undefined ? {} : { requestId: input.requestId }),
    });
  }

  async function fail(input: SignInInput, reason: string, details?: Record<string, unknown>) {
    const keys = { account: input.username, address: input.sourceAddress };
    await recordFailure(db(), keys, deps.clock.now(), policy);
    await audit(input, 'failure', reason);
    return new AppError(
      'unauthenticated',
      details ? 'A valid second-factor code is required.' : WRONG,
      details,
    );
  }

  async function secondFactor(user: StoredUser, input: SignInInput): Promise<AppError | undefined> {
    const factor = await readTotp(db(), deps.totpSecrets, user.id);
    if (!factor?.enabled) return undefined;
    if (input.totp === undefined || input.totp === '')
      return new AppError('unauthenticated', 'A second-factor code is required.', {
        totpRequired: true,
      });
    const step = matchTotp(factor.secret, input.totp, deps.clock.now());
    const fresh = step !== undefined && (await useTotpStep(db(), user.id, step, deps.clock.now()));
    return fresh ? undefined : fail(input, 'totp', { totpRequired: true });
  }

  return async (input: SignInInput): Promise<OpenSession> => {
    const keys = { account: input.username, address: input.sourceAddress };
    const wait = await lockedFor(db(), keys, deps.clock.now());
    if (wait > 0) {
      await audit(input, 'failure', 'locked');
      throw new AppError('rate_limited', `Too many failed sign-ins; try again in ${wait} s.`, {
        retryAfterSeconds: wait,
      });
    }
    const user = await getUserByUsername(db(), input.username.toLowerCase());
    const matches = await passwordMatches(user, input.password, deps.scryptCost);
    if (!user || !matches) throw await fail(input, 'password');
    const factorError = await secondFactor(user, input);
    if (factorError) throw factorError;
    await recordSuccess(db(), keys);
    if (user.passwordHash && needsRehash(user.passwordHash, deps.scryptCost))
      await setUserPasswordHash(db(), user.id, await hashPassword(input.password, deps.scryptCost));
    await audit(input, 'success', 'password', user.id);
    return deps.sessions.open(signedInUser(user), 'password', input.sourceAddress);
  };
}
