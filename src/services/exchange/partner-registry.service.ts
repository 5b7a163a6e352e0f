/**
 * The partner registry: partner nodes (agency, country, endpoint, communities, the purposes their
 * agreement covers), their Ed25519 public keys with validity (rotation: a new key is added, the
 * old one is given an end of validity), the key each signs its audit tree heads with, and bearer
 * tokens for their TAXII access (shown once, stored as a SHA-256 hash). The registry — never the partner's claims — is what the release gate
 * is told about a recipient.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { createHash, randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, importJWK, type JWK } from 'jose';
import { AppError } from '../../core/app-error.ts';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { parseAgencyId, parseCommunityId } from '../../exchange/markings/agency-id.ts';
import { PURPOSES, type Purpose } from '../../exchange/markings/purpose.ts';
import type { Recipient } from '../../exchange/release/recipient.ts';
import {
  expirePartnerKey,
  getPartner,
  insertPartner,
  insertPartnerKey,
  insertPartnerToken,
  listPartnerKeys,
  listPartners,
  partnerOfToken,
  setPartnerConnection,
  type Db,
  type PartnerKeyRecord,
  type PartnerRecord,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { notFoundFor, requireAccess } from '../access/require-access.ts';
import { auditedTransaction } from '../audit/audited-transaction.ts';
import { parsePublicKey } from '../audit-log/public-key-input.ts';
import type { ExchangeContext } from './exchange-context.ts';
import { ensurePartnerCollections } from './taxii-collections.ts';
import { loadNodeIdentity } from './node-identity.ts';

export interface PartnerInput {
  readonly id: string;
  readonly agencyId: string;
  readonly name: string;
  readonly country?: string;
  readonly endpoint?: string;
  readonly outboundToken?: string;
  readonly communities: readonly string[];
  readonly purposes: readonly string[];
  readonly acceptsPush?: boolean;
  /** Refuse its TAXII requests unless signed (RFC 9421); off by default for generic TAXII clients. */
  readonly requireSignedRequests?: boolean;
  /** The partner node's first public key (JWK, Ed25519). */
  readonly publicKey?: JWK;
  /** The key its audit tree heads are signed with (`portcullis audit public-key` there: 64 hex digits or PEM). */
  readonly auditPublicKey?: string;
}

export type PartnerView = Omit<PartnerRecord, 'outboundToken'> & {
  readonly keys: readonly PartnerKeyRecord[];
};

export interface PartnerRegistryService {
  add(actor: Actor, input: PartnerInput): Promise<PartnerView>;
  list(actor: Actor): Promise<PartnerView[]>;
  addKey(actor: Actor, partnerId: string, key: JWK, validFrom?: Date): Promise<PartnerKeyRecord>;
  expireKey(actor: Actor, partnerId: string, kid: string, at?: Date): Promise<void>;
  connect(
    actor: Actor,
    partnerId: string,
    change: { endpoint?: string; outboundToken?: string; acceptsPush?: boolean },
  ): Promise<void>;
  /** Changes what the partner is allowed or required to do (push, signed requests). */
  update(actor: Actor, partnerId: string, change: PartnerSettings): Promise<PartnerView>;
  /** A new bearer token for the partner: returned once, stored hashed. */
  issueToken(actor: Actor, partnerId: string): Promise<string>;
}

export interface PartnerSettings {
  readonly acceptsPush?: boolean;
  readonly requireSignedRequests?: boolean;
  /** Its audit signing key (64 hex digits or PEM); a new key starts a new log to hold heads of. */
  readonly auditPublicKey?: string;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The partner a bearer token belongs to, or undefined. */
export async function authenticatePartner(
  ctx: ExchangeContext,
  token: string,
): Promise<PartnerRecord | undefined> {
  const id = await partnerOfToken(ctx.database.db, tokenHash(token));
  return id === undefined ? undefined : getPartner(ctx.database.db, id);
}

/** The recipient the gate is told about: from the registry only. */
export function recipientOf(p: PartnerRecord): Recipient {
  return {
    agency: p.agencyId,
    communities: p.communities,
    purposes: p.purposes,
  } as unknown as Recipient;
}

export function createPartnerRegistry(ctx: ExchangeContext): PartnerRegistryService {
  const audited = <T>(actor: Actor, action: string, id: string, body: (tx: Db) => Promise<T>) =>
    auditedTransaction<T>(
      ctx,
      actor,
      { action, resourceType: 'partner', resourceId: id },
      async (tx) => {
        // The registry is the node's: only its own agency's administrators change it.
        const { agencyId } = await loadNodeIdentity(tx, ctx.clock.now());
        requireAccess(actor, 'admin.partners', { agencyId });
        return body(tx);
      },
    );
  const exists = async (tx: Db, id: string) => {
    const p = await getPartner(tx, id);
    if (!p) throw notFoundFor('admin.partners');
    return p;
  };
  return {
    add: (actor, input) =>
      audited(actor, 'partner.add', input.id, async (tx) => {
        const valid = validatePartner(input);
        if (valid.length > 0)
          throw new AppError('validation_failed', 'The partner is not valid.', {
            diagnostics: valid,
          });
        if (await getPartner(tx, input.id))
          throw new AppError('conflict', `Partner "${input.id}" is already registered.`);
        const now = ctx.clock.now();
        const { publicKey, auditPublicKey, ...rest } = input;
        const record = await insertPartner(tx, {
          ...rest,
          ...(auditPublicKey === undefined ? {} : { auditPublicKey: auditKeyHex(auditPublicKey) }),
          acceptsPush: input.acceptsPush ?? false,
          requireSignedRequests: input.requireSignedRequests ?? false,
          createdAt: now,
        });
        if (publicKey) await addKeyTx(tx, input.id, publicKey, now, now);
        await ensurePartnerCollections(tx, input.communities);
        return viewOf(record, await listPartnerKeys(tx, input.id));
      }),
    list: (actor) =>
      auditedTransaction(
        ctx,
        actor,
        { action: 'partner.list', resourceType: 'partner' },
        async (tx) => {
          // Readable by the node's own agency only: a guest account of another agency learns
          // nothing of the node's partners, their endpoints or their keys.
          const { agencyId } = await loadNodeIdentity(tx, ctx.clock.now());
          if (!actor.permissions.has('intel.read'))
            requireAccess(actor, 'admin.partners', { agencyId });
          else requireAccess(actor, 'intel.read', { agencyId });
          const partners = await listPartners(tx);
          return Promise.all(partners.map(async (p) => viewOf(p, await listPartnerKeys(tx, p.id))));
        },
      ),
    addKey: (actor, partnerId, key, validFrom) =>
      audited(actor, 'partner.key.add', partnerId, async (tx) => {
        await exists(tx, partnerId);
        const now = ctx.clock.now();
        return addKeyTx(tx, partnerId, key, validFrom ?? now, now);
      }),
    expireKey: (actor, partnerId, kid, at) =>
      audited(actor, 'partner.key.expire', partnerId, async (tx) => {
        if (!(await expirePartnerKey(tx, partnerId, kid, at ?? ctx.clock.now())))
          throw notFoundFor('admin.partners');
      }),
    connect: (actor, partnerId, change) =>
      audited(actor, 'partner.connect', partnerId, async (tx) => {
        if (change.endpoint !== undefined) checkEndpoint(change.endpoint);
        if (!(await setPartnerConnection(tx, partnerId, change)))
          throw notFoundFor('admin.partners');
      }),
    update: (actor, partnerId, change) =>
      audited(actor, 'partner.update', partnerId, async (tx) => {
        const { auditPublicKey, ...rest } = change;
        const stored =
          auditPublicKey === undefined
            ? rest
            : { ...rest, auditPublicKey: auditKeyHex(auditPublicKey) };
        if (!(await setPartnerConnection(tx, partnerId, stored)))
          throw notFoundFor('admin.partners');
        return viewOf(await exists(tx, partnerId), await listPartnerKeys(tx, partnerId));
      }),
    issueToken: (actor, partnerId) =>
      audited(actor, 'partner.token.issue', partnerId, async (tx) => {
        await exists(tx, partnerId);
        const token = `pcx_${randomBytes(32).toString('base64url')}`;
        await insertPartnerToken(tx, {
          partnerId,
          tokenHash: tokenHash(token),
          createdAt: ctx.clock.now(),
        });
        return token;
      }),
  };
}

async function addKeyTx(
  tx: Db,
  partnerId: string,
  key: JWK,
  validFrom: Date,
  now: Date,
): Promise<PartnerKeyRecord> {
  if (
    key.kty !== 'OKP' ||
    key.crv !== 'Ed25519' ||
    typeof key.x !== 'string' ||
    key.d !== undefined
  )
    throw new AppError(
      'validation_failed',
      'A partner key must be a public Ed25519 JWK (kty OKP, crv Ed25519, x).',
      {
        diagnostics: [
          diagnostic('partner.key', 'Not a public Ed25519 JWK.', { field: 'publicKey' }),
        ],
      },
    );
  await importJWK(key, 'EdDSA');
  const publicJwk = { kty: key.kty, crv: key.crv, x: key.x };
  const kid = key.kid ?? (await calculateJwkThumbprint(publicJwk));
  await insertPartnerKey(tx, {
    partnerId,
    kid,
    publicJwk: { ...publicJwk, kid },
    validFrom,
    addedAt: now,
  });
  return { partnerId, kid, publicJwk: { ...publicJwk, kid }, validFrom: validFrom.toISOString() };
}

/** The partner's audit key as stored: 64 lower-case hex digits of a valid Ed25519 point. */
function auditKeyHex(text: string): string {
  const parsed = parsePublicKey(text);
  const hex = parsed.ok ? Buffer.from(parsed.value).toString('hex') : undefined;
  if (hex !== undefined && isEd25519Point(hex)) return hex;
  const message = 'The audit key must be an Ed25519 public key: 64 hex digits or a PEM public key.';
  throw new AppError('validation_failed', message, {
    diagnostics: [diagnostic('partner.audit-key', message, { field: 'auditPublicKey' })],
  });
}

function isEd25519Point(hex: string): boolean {
  try {
    ed25519.Point.fromHex(hex);
    return true;
  } catch {
    return false;
  }
}

function viewOf(p: PartnerRecord, keys: readonly PartnerKeyRecord[]): PartnerView {
  const { outboundToken: _secret, ...rest } = p;
  return { ...rest, keys };
}

function checkEndpoint(url: string) {
  if (!/^https?:\/\/[^\s/]+/.test(url))
    throw new AppError('validation_failed', `Endpoint "${url}" is not an http(s) URL.`, {
      diagnostics: [diagnostic('partner.endpoint', 'Not an http(s) URL.', { field: 'endpoint' })],
    });
}

function validatePartner(input: PartnerInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const slug = (v: string, field: string) => {
    if (!parseAgencyId(v).ok)
      out.push(diagnostic('partner.id', `"${v}" is not a lower-case slug.`, { field }));
  };
  slug(input.id, 'id');
  slug(input.agencyId, 'agencyId');
  if (input.name.trim() === '')
    out.push(diagnostic('partner.name', 'The partner needs a name.', { field: 'name' }));
  input.communities.forEach((c, i) => {
    if (!parseCommunityId(c).ok)
      out.push(
        diagnostic('partner.community', `"${c}" is not a community id.`, {
          field: `communities/${i}`,
        }),
      );
  });
  input.purposes.forEach((p, i) => {
    if (!PURPOSES.includes(p as Purpose))
      out.push(
        diagnostic('partner.purpose', `"${p}" is not one of ${PURPOSES.join(', ')}.`, {
          field: `purposes/${i}`,
        }),
      );
  });
  if (input.endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(input.endpoint))
    out.push(
      diagnostic('partner.endpoint', `"${input.endpoint}" is not an http(s) URL.`, {
        field: 'endpoint',
      }),
    );
  return out;
}
