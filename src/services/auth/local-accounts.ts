/**
 * Local accounts: created with a checked username, known roles and a password that meets the
 * policy (password-policy.ts), hashed with scrypt. Used by the CLI (`portcullis user …`), the demo
 * and tests. An agency that does not exist yet is created (as kind `other`) so a fresh node can
 * get its first administrator in one command.
 */
import { AppError } from '../../core/app-error.ts';
import {
  appendAuditEvent,
  createUser,
  getAgency,
  getUserByUsername,
  setUserRoles,
  upsertAgency,
  type Database,
  type Db,
} from '../../storage/index.ts';
import { isRole, type Role } from '../access/roles.ts';
import { systemClock, type Clock } from '../clock.ts';
import { hashPassword, type ScryptCost } from './password-hash.ts';
import { passwordProblem } from './password-policy.ts';
import { signedInUser, type SignedInUser } from './signed-in-user.ts';

export interface LocalAccountInput {
  readonly username: string;
  readonly displayName: string;
  readonly agencyId: string;
  readonly roles: readonly string[];
  /** Absent for accounts that sign in only through OpenID Connect. */
  readonly password?: string;
}

export interface AccountOptions {
  readonly clock?: Clock;
  readonly scryptCost?: ScryptCost;
  /** Who creates the account, for the audit event (default: the node's command line). */
  readonly createdBy?: string;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
const AGENCY = /^[a-z0-9][a-z0-9-]{0,63}$/;

function invalid(message: string): AppError {
  return new AppError('validation_failed', message);
}

/** Checks the input; the roles returned are the validated ones. */
export function checkAccountInput(input: LocalAccountInput): Role[] {
  if (!USERNAME.test(input.username))
    throw invalid(
      `username "${input.username}": 2 to 64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit`,
    );
  if (!AGENCY.test(input.agencyId))
    throw invalid(`agency "${input.agencyId}": lower-case letters, digits and "-"`);
  if (input.displayName.trim() === '' || input.displayName.length > 200)
    throw invalid('displayName: 1 to 200 characters');
  const unknown = input.roles.filter((r) => !isRole(r));
  if (unknown.length > 0) throw invalid(`roles: unknown role(s) ${unknown.join(', ')}`);
  if (input.roles.length === 0) throw invalid('roles: at least one role is required');
  const problem =
    input.password === undefined ? undefined : passwordProblem(input.password, input.username);
  if (problem) throw invalid(problem);
  return input.roles.filter(isRole);
}

export async function ensureAgency(db: Db, agencyId: string, now: Date): Promise<void> {
  if (await getAgency(db, agencyId)) return;
  await upsertAgency(db, { id: agencyId, name: agencyId, country: 'ZZ', kind: 'other' }, now);
}

/** Creates a local account; `conflict` when the username is taken. */
export async function createLocalAccount(
  database: Database,
  input: LocalAccountInput,
  options: AccountOptions = {},
): Promise<SignedInUser> {
  const roles = checkAccountInput(input);
  const now = (options.clock ?? systemClock).now();
  const passwordHash =
    input.password === undefined
      ? undefined
      : await hashPassword(input.password, options.scryptCost);
  return database.transaction(async (tx) => {
    if (await getUserByUsername(tx, input.username))
      throw new AppError('conflict', `username "${input.username}" is already taken`);
    await ensureAgency(tx, input.agencyId, now);
    const id = await createUser(
      tx,
      {
        agencyId: input.agencyId,
        username: input.username,
        displayName: input.displayName.trim(),
        ...(passwordHash === undefined ? {} : { passwordHash }),
      },
      now,
    );
    await setUserRoles(tx, id, roles);
    await appendAuditEvent(tx, {
      at: now,
      actorKind: 'user',
      actorId: options.createdBy ?? 'cli',
      action: 'user.create',
      resourceType: 'user',
      resourceId: id,
      agencyId: input.agencyId,
      outcome: 'success',
      details: { username: input.username, roles },
    });
    const user = await getUserByUsername(tx, input.username);
    if (!user) throw new Error('created user not found');
    return signedInUser(user);
  });
}
