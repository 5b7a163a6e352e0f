/**
 * Account administration from the node's command line: list, disable or enable, set a new
 * password (checked against the policy), and manage the TOTP factor. Disabling an account or
 * changing its password ends its open sessions. Every change is audited.
 */
import { AppError } from '../../core/app-error.ts';
import {
  appendAuditEvent,
  getUserByUsername,
  listUsers,
  revokeUserSessions,
  setUserPasswordHash,
  setUserStatus,
  type Database,
  type StoredUser,
  type UserStatus,
  type UserSummary,
} from '../../storage/index.ts';
import type { Clock } from '../clock.ts';
import { hashPassword, type ScryptCost } from './password-hash.ts';
import { passwordProblem } from './password-policy.ts';
import { createTotpService, type TotpEnrolment } from './totp-enrolment.ts';
import type { SecretBox } from './totp-secret-box.ts';

export interface AccountAdminDeps {
  readonly database: Database;
  readonly clock: Clock;
  readonly totpSecrets: SecretBox;
  readonly scryptCost?: ScryptCost;
  /** Who acts, for the audit log (default `cli`). */
  readonly operator?: string;
}

export function createAccountAdmin(deps: AccountAdminDeps) {
  const db = () => deps.database.db;
  const totp = createTotpService(deps);
  const find = async (username: string): Promise<StoredUser> => {
    const user = await getUserByUsername(db(), username);
    if (!user) throw new AppError('not_found', `user "${username}" not found`);
    return user;
  };
  const audit = (user: StoredUser, action: string, details: Record<string, unknown> = {}) =>
    appendAuditEvent(db(), {
      at: deps.clock.now(),
      actorKind: 'user',
      actorId: deps.operator ?? 'cli',
      action,
      resourceType: 'user',
      resourceId: user.id,
      agencyId: user.agencyId,
      outcome: 'success',
      details: { username: user.username, ...details },
    });
  return {
    list: (agencyId?: string): Promise<UserSummary[]> => listUsers(db(), agencyId),
    setStatus: async (username: string, status: UserStatus) => {
      const user = await find(username);
      await deps.database.transaction(async (tx) => {
        await setUserStatus(tx, user.id, status);
        if (status === 'disabled') await revokeUserSessions(tx, user.id, deps.clock.now());
      });
      await audit(user, status === 'disabled' ? 'user.disable' : 'user.enable');
    },
    setPassword: async (username: string, password: string) => {
      const user = await find(username);
      const problem = passwordProblem(password, username);
      if (problem) throw new AppError('validation_failed', problem);
      const hash = await hashPassword(password, deps.scryptCost);
      await deps.database.transaction(async (tx) => {
        await setUserPasswordHash(tx, user.id, hash);
        await revokeUserSessions(tx, user.id, deps.clock.now());
      });
      await audit(user, 'user.password-set');
    },
    /** A new TOTP secret for the user, replacing any; required once a first code is confirmed. */
    enrolTotp: async (username: string): Promise<TotpEnrolment> =>
      totp.start((await find(username)).id, { replace: true }),
    confirmTotp: async (username: string, code: string) =>
      totp.confirm((await find(username)).id, code),
    removeTotp: async (username: string) => totp.remove((await find(username)).id, undefined),
  };
}

export type AccountAdmin = ReturnType<typeof createAccountAdmin>;
