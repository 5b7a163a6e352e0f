/**
 * Senders: the carriers and terminals that send cargo data to an agency, their intake policy and
 * their API keys. A key is shown once when issued; authentication turns a key into the sender's
 * machine actor (role `carrier`, narrowed to the key's permissions), or nothing. Listing, rotating
 * and revoking keys: src/services/auth/sender-keys.service.ts.
 */
import { AppError } from '../../core/app-error.ts';
import {
  findApiKeyByPrefix,
  getSender,
  insertApiKey,
  insertSender,
  listSenders,
  type StoredSender,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { notFoundFor, requireAccess } from '../access/require-access.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';
import { keyIsLive, keyPermissions, scopedActor } from '../auth/key-scope.ts';
import { apiKeyMatches, generateApiKey, prefixOfApiKey } from './api-key.ts';
import {
  DEFAULT_SENDER_POLICY,
  parseSenderPolicy,
  type SenderKind,
  type SenderPolicy,
} from './sender-policy.ts';

export interface SenderView {
  readonly id: string;
  readonly agencyId: string;
  readonly name: string;
  readonly kind: SenderKind;
  readonly policy: SenderPolicy;
  readonly createdAt: string;
}

export interface IssuedKey {
  readonly id: string;
  readonly senderId: string;
  /** Shown once; only its hash is stored. */
  readonly key: string;
  readonly expiresAt?: string;
}

export interface SenderService {
  addSender(
    actor: Actor,
    input: { name: string; kind: SenderKind; policy?: Partial<SenderPolicy> },
  ): Promise<SenderView>;
  /** A key for the sender; `permissions` narrows it below what the carrier role grants. */
  issueKey(
    actor: Actor,
    senderId: string,
    options?: { expiresAt?: Date; permissions?: readonly string[] },
  ): Promise<IssuedKey>;
  listSenders(actor: Actor): Promise<SenderView[]>;
  /** The sender's actor for a valid, unexpired, unrevoked key; undefined otherwise. */
  authenticate(key: string, requestId?: string): Promise<Actor | undefined>;
}

export function senderView(s: StoredSender): SenderView {
  return { ...s, kind: s.kind as SenderKind, policy: parseSenderPolicy(s.policy) };
}

export function createSenderService(deps: AuditDeps): SenderService {
  const db = () => deps.database.db;
  return {
    addSender: (actor, input) => {
      requireAccess(actor, 'admin.users');
      const policy = parseSenderPolicy({ ...DEFAULT_SENDER_POLICY, ...input.policy });
      const spec = {
        action: 'sender.create',
        resourceType: 'sender',
        agencyId: actor.agencyId,
        details: { name: input.name, kind: input.kind },
        describe: (s: SenderView) => ({ resourceId: s.id }),
      };
      return auditedTransaction(deps, actor, spec, async (tx) =>
        senderView(
          await insertSender(tx, {
            ...input,
            policy,
            agencyId: actor.agencyId,
            createdAt: deps.clock.now(),
          }),
        ),
      );
    },
    issueKey: (actor, senderId, options = {}) => {
      requireAccess(actor, 'admin.users');
      const spec = { action: 'sender.key-issue', resourceType: 'sender', resourceId: senderId };
      return auditedTransaction(deps, actor, spec, async (tx) => {
        const sender = await getSender(tx, senderId);
        if (!sender) throw notFoundFor('admin.users');
        requireAccess(actor, 'admin.users', sender);
        const fresh = generateApiKey();
        const at = deps.clock.now();
        const id = await insertApiKey(tx, {
          senderId,
          prefix: fresh.prefix,
          keyHash: fresh.hash,
          scope: senderKeyScope(options.permissions),
          createdAt: at,
          ...(options.expiresAt ? { expiresAt: options.expiresAt } : {}),
        });
        const expiresAt = options.expiresAt?.toISOString();
        return { id, senderId, key: fresh.key, ...(expiresAt ? { expiresAt } : {}) };
      });
    },
    listSenders: async (actor) => {
      requireAccess(actor, 'admin.users');
      return (await listSenders(db(), actor.agencyId)).map(senderView);
    },
    authenticate: async (key, requestId) => {
      const prefix = prefixOfApiKey(key);
      const found = prefix === undefined ? undefined : await findApiKeyByPrefix(db(), prefix);
      if (!found || !apiKeyMatches(key, found.key.keyHash)) return undefined;
      const { expiresAt, revokedAt } = found.key;
      const at = (iso?: string) => (iso === undefined ? undefined : new Date(iso));
      if (!keyIsLive(deps.clock.now(), at(expiresAt), at(revokedAt))) return undefined;
      const { sender } = found;
      const input = { kind: 'machine' as const, id: sender.id, agencyId: sender.agencyId };
      return scopedActor(
        { ...input, roles: ['carrier'], ...(requestId === undefined ? {} : { requestId }) },
        senderKeyPermissions(found.key.scope),
      );
    },
  };
}

/** A sender key's stored scope: `intake` (all the carrier role grants) or its permissions. */
export function senderKeyScope(permissions?: readonly string[]): string {
  if (permissions === undefined || permissions.length === 0) return 'intake';
  return keyPermissions(['carrier'], permissions).join(' ');
}

export function senderKeyPermissions(scope: string): readonly string[] {
  return scope === 'intake' ? keyPermissions(['carrier']) : scope.split(' ');
}

/** The error a request gets without a valid key. */
export function unauthenticated(): AppError {
  return new AppError('unauthenticated', 'A valid API key is required (header X-API-Key).');
}
