/**
 * The partner registry and this node's own keys: partner nodes with their agency, communities and
 * purposes, their Ed25519 public keys (JWK, with validity for rotation), and bearer tokens kept
 * only as SHA-256 hashes.
 */
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db.ts';
import {
  exchangeNodeKeys,
  exchangePartnerKeys,
  exchangePartners,
  exchangePartnerTokens,
} from '../schema/exchange.ts';

export interface NodeKeyRecord {
  readonly kid: string;
  readonly agencyId: string;
  readonly publicJwk: Record<string, unknown>;
  readonly privateJwk: Record<string, unknown>;
  readonly createdAt: string;
  readonly retiredAt?: string;
}

export interface PartnerInput {
  readonly id: string;
  readonly agencyId: string;
  readonly name: string;
  readonly country?: string;
  readonly endpoint?: string;
  readonly communities: readonly string[];
  readonly purposes: readonly string[];
  readonly acceptsPush: boolean;
  /** TAXII requests from it must carry a valid request signature (RFC 9421). */
  readonly requireSignedRequests: boolean;
  readonly outboundToken?: string;
  /** Its audit-log signing key (Ed25519, hex): its tree heads are checked at sync. */
  readonly auditPublicKey?: string;
  readonly createdAt: Date;
}

export interface PartnerRecord extends Omit<PartnerInput, 'createdAt'> {
  readonly createdAt: string;
}

export interface PartnerKeyRecord {
  readonly partnerId: string;
  readonly kid: string;
  readonly publicJwk: Record<string, unknown>;
  readonly validFrom: string;
  readonly validUntil?: string;
}

const iso = (d: Date) => d.toISOString();
const opt = <K extends string>(key: K, v: string | null) =>
  (v === null ? {} : { [key]: v }) as Partial<Record<K, string>>;

export async function insertNodeKey(
  db: Db,
  key: Omit<NodeKeyRecord, 'createdAt' | 'retiredAt'> & { createdAt: Date },
): Promise<void> {
  await db.insert(exchangeNodeKeys).values(key);
}

/** Active keys, newest first: the first one signs. */
export async function listNodeKeys(db: Db, includeRetired = false): Promise<NodeKeyRecord[]> {
  const rows = await db
    .select()
    .from(exchangeNodeKeys)
    .where(includeRetired ? undefined : isNull(exchangeNodeKeys.retiredAt))
    .orderBy(desc(exchangeNodeKeys.createdAt), desc(exchangeNodeKeys.kid));
  return rows.map((r) => ({
    kid: r.kid,
    agencyId: r.agencyId,
    publicJwk: r.publicJwk as Record<string, unknown>,
    privateJwk: r.privateJwk as Record<string, unknown>,
    createdAt: iso(r.createdAt),
    ...(r.retiredAt ? { retiredAt: iso(r.retiredAt) } : {}),
  }));
}

export async function retireNodeKeys(db: Db, exceptKid: string, at: Date): Promise<void> {
  const active = await listNodeKeys(db);
  for (const k of active.filter((k) => k.kid !== exceptKid))
    await db.update(exchangeNodeKeys).set({ retiredAt: at }).where(eq(exchangeNodeKeys.kid, k.kid));
}

export async function insertPartner(db: Db, input: PartnerInput): Promise<PartnerRecord> {
  await db.insert(exchangePartners).values({
    ...input,
    country: input.country ?? null,
    endpoint: input.endpoint ?? null,
    outboundToken: input.outboundToken ?? null,
    auditPublicKey: input.auditPublicKey ?? null,
    communities: [...input.communities],
    purposes: [...input.purposes],
  });
  return { ...input, createdAt: iso(input.createdAt) };
}

type PartnerRow = typeof exchangePartners.$inferSelect;
const toPartner = (r: PartnerRow): PartnerRecord => ({
  id: r.id,
  agencyId: r.agencyId,
  name: r.name,
  ...opt('country', r.country),
  ...opt('endpoint', r.endpoint),
  ...opt('outboundToken', r.outboundToken),
  ...opt('auditPublicKey', r.auditPublicKey),
  communities: r.communities as string[],
  purposes: r.purposes as string[],
  acceptsPush: r.acceptsPush,
  requireSignedRequests: r.requireSignedRequests,
  createdAt: iso(r.createdAt),
});

export async function listPartners(db: Db): Promise<PartnerRecord[]> {
  const rows = await db.select().from(exchangePartners).orderBy(asc(exchangePartners.id));
  return rows.map(toPartner);
}

export interface PartnerConnectionChange {
  readonly endpoint?: string;
  readonly outboundToken?: string;
  readonly acceptsPush?: boolean;
  readonly requireSignedRequests?: boolean;
  readonly auditPublicKey?: string;
}

export async function setPartnerConnection(
  db: Db,
  id: string,
  change: PartnerConnectionChange,
): Promise<boolean> {
  if (Object.keys(change).length === 0) return (await getPartner(db, id)) !== undefined;
  const rows = await db
    .update(exchangePartners)
    .set(change)
    .where(eq(exchangePartners.id, id))
    .returning({ id: exchangePartners.id });
  return rows.length > 0;
}

export async function getPartner(db: Db, id: string): Promise<PartnerRecord | undefined> {
  const [row] = await db.select().from(exchangePartners).where(eq(exchangePartners.id, id));
  return row ? toPartner(row) : undefined;
}

export async function insertPartnerKey(
  db: Db,
  key: Omit<PartnerKeyRecord, 'validFrom' | 'validUntil'> & {
    validFrom: Date;
    validUntil?: Date;
    addedAt: Date;
  },
): Promise<void> {
  await db.insert(exchangePartnerKeys).values({ ...key, validUntil: key.validUntil ?? null });
}

/** Ends the validity of a partner's key (rotation keeps it for verifying older bundles until then). */
export async function expirePartnerKey(
  db: Db,
  partnerId: string,
  kid: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(exchangePartnerKeys)
    .set({ validUntil: at })
    .where(and(eq(exchangePartnerKeys.partnerId, partnerId), eq(exchangePartnerKeys.kid, kid)))
    .returning({ kid: exchangePartnerKeys.kid });
  return rows.length > 0;
}

export async function listPartnerKeys(db: Db, partnerId: string): Promise<PartnerKeyRecord[]> {
  const rows = await db
    .select()
    .from(exchangePartnerKeys)
    .where(eq(exchangePartnerKeys.partnerId, partnerId))
    .orderBy(asc(exchangePartnerKeys.validFrom), asc(exchangePartnerKeys.kid));
  return rows.map((r) => ({
    partnerId: r.partnerId,
    kid: r.kid,
    publicJwk: r.publicJwk as Record<string, unknown>,
    validFrom: iso(r.validFrom),
    ...(r.validUntil ? { validUntil: iso(r.validUntil) } : {}),
  }));
}

export async function insertPartnerToken(
  db: Db,
  token: { partnerId: string; tokenHash: string; createdAt: Date },
): Promise<string> {
  const [row] = await db
    .insert(exchangePartnerTokens)
    .values(token)
    .returning({ id: exchangePartnerTokens.id });
  if (!row) throw new Error('insert returned no token');
  return row.id;
}

/** The partner a live token belongs to. */
export async function partnerOfToken(db: Db, tokenHash: string): Promise<string | undefined> {
  const [row] = await db
    .select({ partnerId: exchangePartnerTokens.partnerId })
    .from(exchangePartnerTokens)
    .where(
      and(eq(exchangePartnerTokens.tokenHash, tokenHash), isNull(exchangePartnerTokens.revokedAt)),
    );
  return row?.partnerId;
}
