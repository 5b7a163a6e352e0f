/**
 * API keys of machine clients other than cargo senders: a partner system, an analytics job, a
 * script. Each key acts for the creating administrator's agency, with the roles it was given,
 * narrowed to a list of permissions (key-scope.ts), until it expires or is revoked. Rotation
 * issues a new key with the same scope and lets the old one work for a grace period, so a client
 * can switch without downtime. The key is shown once; only its SHA-256 is stored.
 */
import { AppError } from '../../core/app-error.ts';
import {
  findMachineApiKeyByPrefix,
  getMachineApiKey,
  insertMachineApiKey,
  listMachineApiKeys,
  retireMachineApiKey,
  type StoredMachineApiKey,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { notFoundFor, requireAccess } from '../access/require-access.ts';
import { isRole } from '../access/roles.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';
import { apiKeyMatches, generateApiKey, prefixOfApiKey } from '../intake/api-key.ts';
import { keyIsLive, keyPermissions, scopedActor } from './key-scope.ts';

export interface MachineKeyView {
  readonly id: string;
  readonly agencyId: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly permissions: readonly string[];
  readonly createdAt: string;
  readonly expiresAt?: string;
  readonly revokedAt?: string;
  readonly replacedBy?: string;
}

export interface IssuedMachineKey extends MachineKeyView {
  /** Shown once. */
  readonly key: string;
}

export interface MachineKeyInput {
  readonly name: string;
  readonly roles: readonly string[];
  readonly permissions?: readonly string[];
  readonly expiresAt?: Date;
}

export const DEFAULT_ROTATION_GRACE_SECONDS = 24 * 3600;

function view(k: StoredMachineApiKey): MachineKeyView {
  return {
    id: k.id,
    agencyId: k.agencyId,
    name: k.name,
    roles: k.roles,
    permissions: k.permissions,
    createdAt: k.createdAt.toISOString(),
    ...(k.expiresAt ? { expiresAt: k.expiresAt.toISOString() } : {}),
    ...(k.revokedAt ? { revokedAt: k.revokedAt.toISOString() } : {}),
    ...(k.replacedBy ? { replacedBy: k.replacedBy } : {}),
  };
}

export function createMachineKeyService(deps: AuditDeps) {
  const db = () => deps.database.db;
  const issue = async (
    tx: Parameters<typeof insertMachineApiKey>[0],
    agencyId: string,
    input: MachineKeyInput,
  ) => {
    // A key acts for one named agency, never for every agency (`EVERY_AGENCY` is the node's own
    // background workers' only).
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(agencyId))
      throw new AppError('validation_failed', `agency: "${agencyId}" is not an agency id`);
    const unknown = input.roles.filter((r) => !isRole(r));
    if (unknown.length > 0 || input.roles.length === 0)
      throw new AppError(
        'validation_failed',
        `roles: give known roles (unknown: ${unknown.join(', ') || 'none given'})`,
      );
    const roles = input.roles.filter(isRole);
    const permissions = keyPermissions(roles, input.permissions);
    const fresh = generateApiKey('pcm');
    const createdAt = deps.clock.now();
    const id = await insertMachineApiKey(tx, {
      agencyId,
      name: input.name,
      prefix: fresh.prefix,
      keyHash: fresh.hash,
      roles,
      permissions,
      createdAt,
      ...(input.expiresAt ? { expiresAt: input.expiresAt } : {}),
    });
    const stored = await getMachineApiKey(tx, id);
    if (!stored) throw new Error('issued key not found');
    return { ...view(stored), key: fresh.key };
  };
  const ownKey = async (tx: Parameters<typeof getMachineApiKey>[0], actor: Actor, id: string) => {
    const key = await getMachineApiKey(tx, id);
    if (!key) throw notFoundFor('admin.users');
    requireAccess(actor, 'admin.users', key);
    return key;
  };
  return {
    create: (actor: Actor, input: MachineKeyInput): Promise<IssuedMachineKey> => {
      requireAccess(actor, 'admin.users');
      const spec = {
        action: 'api-key.create',
        resourceType: 'api-key',
        agencyId: actor.agencyId,
        details: { name: input.name, roles: input.roles },
        describe: (k: IssuedMachineKey) => ({ resourceId: k.id }),
      };
      return auditedTransaction(deps, actor, spec, (tx) => issue(tx, actor.agencyId, input));
    },
    list: async (actor: Actor): Promise<MachineKeyView[]> => {
      requireAccess(actor, 'admin.users');
      return (await listMachineApiKeys(db(), actor.agencyId)).map(view);
    },
    /** A new key with the same scope; the old one keeps working for `graceSeconds`. */
    rotate: (actor: Actor, id: string, graceSeconds = DEFAULT_ROTATION_GRACE_SECONDS) => {
      requireAccess(actor, 'admin.users');
      const spec = { action: 'api-key.rotate', resourceType: 'api-key', resourceId: id };
      return auditedTransaction(deps, actor, spec, async (tx) => {
        const old = await ownKey(tx, actor, id);
        if (!keyIsLive(deps.clock.now(), old.expiresAt, old.revokedAt))
          throw new AppError('conflict', 'This key has already expired or been revoked.');
        const next = await issue(tx, old.agencyId, {
          name: old.name,
          roles: old.roles,
          permissions: old.permissions,
          ...(old.expiresAt ? { expiresAt: old.expiresAt } : {}),
        });
        const graceEnd = new Date(deps.clock.now().getTime() + graceSeconds * 1000);
        const expiresAt = old.expiresAt && old.expiresAt < graceEnd ? old.expiresAt : graceEnd;
        await retireMachineApiKey(tx, id, { expiresAt, replacedBy: next.id });
        return next;
      });
    },
    revoke: (actor: Actor, id: string): Promise<void> => {
      requireAccess(actor, 'admin.users');
      const spec = { action: 'api-key.revoke', resourceType: 'api-key', resourceId: id };
      return auditedTransaction(deps, actor, spec, async (tx) => {
        await ownKey(tx, actor, id);
        await retireMachineApiKey(tx, id, { revokedAt: deps.clock.now() });
      });
    },
    /** The key's scoped actor, or undefined for an unknown, expired or revoked key. */
    authenticate: async (key: string, requestId?: string): Promise<Actor | undefined> => {
      const prefix = prefixOfApiKey(key, 'pcm');
      const found =
        prefix === undefined ? undefined : await findMachineApiKeyByPrefix(db(), prefix);
      if (!found || !apiKeyMatches(key, found.keyHash)) return undefined;
      if (!keyIsLive(deps.clock.now(), found.expiresAt, found.revokedAt)) return undefined;
      const input = {
        kind: 'machine' as const,
        id: found.id,
        agencyId: found.agencyId,
        roles: found.roles.filter(isRole),
      };
      return scopedActor(
        requestId === undefined ? input : { ...input, requestId },
        found.permissions,
      );
    },
  };
}

export type MachineKeyService = ReturnType<typeof createMachineKeyService>;
