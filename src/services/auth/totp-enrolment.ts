/**
 * Enrolment of a TOTP second factor: a new secret is issued (pending), and becomes required at
 * sign-in once a first code from it is confirmed. An enrolled factor is replaced or removed only
 * with a current code (or by an administrator from the command line).
 */
import { AppError } from '../../core/app-error.ts';
import {
  appendAuditEvent,
  deleteTotp,
  getUser,
  putPendingTotp,
  useTotpStep,
  type Database,
} from '../../storage/index.ts';
import type { Clock } from '../clock.ts';
import { matchTotp, newTotpSecret, otpauthUri } from './totp.ts';
import type { SecretBox } from './totp-secret-box.ts';
import { readTotp } from './totp-secrets.ts';

export interface TotpEnrolment {
  readonly secret: string;
  readonly otpauthUri: string;
}

export interface TotpService {
  start(userId: string, options?: { replace?: boolean }): Promise<TotpEnrolment>;
  confirm(userId: string, code: string): Promise<void>;
  /** Removes the factor; `code` is required unless an administrator does it. */
  remove(userId: string, code: string | undefined): Promise<boolean>;
  enabled(userId: string): Promise<boolean>;
}

const badCode = () =>
  new AppError('validation_failed', 'totp: the code does not match (or was already used).');

export interface TotpDeps {
  readonly database: Database;
  readonly clock: Clock;
  /** Seals secrets before they are stored, opens them when a code is checked. */
  readonly totpSecrets: SecretBox;
}

export function createTotpService(deps: TotpDeps): TotpService {
  const db = () => deps.database.db;
  const audit = (userId: string, action: string) =>
    appendAuditEvent(db(), {
      at: deps.clock.now(),
      actorKind: 'user',
      actorId: userId,
      action,
      resourceType: 'user',
      resourceId: userId,
      outcome: 'success',
    });
  const check = async (userId: string, code: string) => {
    const factor = await readTotp(db(), deps.totpSecrets, userId);
    const step = factor ? matchTotp(factor.secret, code, deps.clock.now()) : undefined;
    if (step === undefined || !(await useTotpStep(db(), userId, step, deps.clock.now())))
      throw badCode();
  };
  return {
    start: async (userId, options = {}) => {
      const user = await getUser(db(), userId);
      if (!user) throw AppError.notFound('user');
      if ((await readTotp(db(), deps.totpSecrets, userId))?.enabled && !options.replace)
        throw new AppError('conflict', 'A second factor is already enrolled; remove it first.');
      const secret = newTotpSecret();
      await putPendingTotp(db(), userId, deps.totpSecrets.seal(userId, secret), deps.clock.now());
      await audit(userId, 'user.totp-start');
      return { secret, otpauthUri: otpauthUri(secret, user.username) };
    },
    confirm: async (userId, code) => {
      await check(userId, code);
      await audit(userId, 'user.totp-enable');
    },
    remove: async (userId, code) => {
      if (code !== undefined) await check(userId, code);
      const removed = await deleteTotp(db(), userId);
      if (removed) await audit(userId, 'user.totp-remove');
      return removed;
    },
    enabled: async (userId) => (await readTotp(db(), deps.totpSecrets, userId))?.enabled ?? false,
  };
}
