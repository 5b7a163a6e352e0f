/**
 * Managing the API keys of cargo senders (carriers, terminals): list (never the key), rotate (a
 * new key with the same scope; the old one keeps working for a grace period) and revoke. Keys are
 * issued by the sender service (src/services/intake/sender.service.ts).
 */
import { AppError } from '../../core/app-error.ts';
import {
  expireSenderApiKey,
  getSender,
  listSenderApiKeys,
  revokeApiKey,
  type Db,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { notFoundFor, requireAccess } from '../access/require-access.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';
import {
  createSenderService,
  senderKeyPermissions,
  type IssuedKey,
} from '../intake/sender.service.ts';
import { keyIsLive } from './key-scope.ts';
import { DEFAULT_ROTATION_GRACE_SECONDS } from './machine-keys.service.ts';

export interface SenderKeyView {
  readonly id: string;
  readonly senderId: string;
  readonly permissions: readonly string[];
  readonly createdAt: string;
  readonly expiresAt?: string;
  readonly revokedAt?: string;
}

export function createSenderKeyService(deps: AuditDeps) {
  const senders = createSenderService(deps);
  const ownSender = async (db: Db, actor: Actor, senderId: string) => {
    requireAccess(actor, 'admin.users');
    const sender = await getSender(db, senderId);
    if (!sender) throw notFoundFor('admin.users');
    requireAccess(actor, 'admin.users', sender);
    return sender;
  };
  const keysOf = async (db: Db, senderId: string): Promise<SenderKeyView[]> =>
    (await listSenderApiKeys(db, senderId)).map((k) => ({
      id: k.id,
      senderId: k.senderId,
      permissions: senderKeyPermissions(k.scope),
      createdAt: k.createdAt.toISOString(),
      ...(k.expiresAt ? { expiresAt: k.expiresAt.toISOString() } : {}),
      ...(k.revokedAt ? { revokedAt: k.revokedAt.toISOString() } : {}),
    }));
  return {
    list: async (actor: Actor, senderId: string) => {
      await ownSender(deps.database.db, actor, senderId);
      return keysOf(deps.database.db, senderId);
    },
    rotate: async (
      actor: Actor,
      senderId: string,
      keyId: string,
      graceSeconds = DEFAULT_ROTATION_GRACE_SECONDS,
    ): Promise<IssuedKey> => {
      await ownSender(deps.database.db, actor, senderId);
      const old = (await keysOf(deps.database.db, senderId)).find((k) => k.id === keyId);
      if (!old) throw notFoundFor('admin.users');
      const at = (iso?: string) => (iso === undefined ? undefined : new Date(iso));
      const now = deps.clock.now();
      if (!keyIsLive(now, at(old.expiresAt), at(old.revokedAt)))
        throw new AppError('conflict', 'This key has already expired or been revoked.');
      const expiresAt = at(old.expiresAt);
      const next = await senders.issueKey(actor, senderId, {
        permissions: old.permissions,
        ...(expiresAt ? { expiresAt } : {}),
      });
      const graceEnd = new Date(now.getTime() + graceSeconds * 1000);
      const end = expiresAt && expiresAt < graceEnd ? expiresAt : graceEnd;
      const spec = { action: 'sender.key-rotate', resourceType: 'sender', resourceId: senderId };
      await auditedTransaction(
        deps,
        actor,
        { ...spec, details: { keyId, replacedBy: next.id } },
        (tx) => expireSenderApiKey(tx, senderId, keyId, end),
      );
      return next;
    },
    revoke: (actor: Actor, senderId: string, keyId: string) => {
      const spec = { action: 'sender.key-revoke', resourceType: 'sender', resourceId: senderId };
      return auditedTransaction(deps, actor, { ...spec, details: { keyId } }, async (tx) => {
        await ownSender(tx, actor, senderId);
        if (!(await revokeApiKey(tx, senderId, keyId, deps.clock.now())))
          throw notFoundFor('admin.users');
      });
    },
  };
}

export type SenderKeyService = ReturnType<typeof createSenderKeyService>;
