/**
 * This node's identity: the agency it acts for and its Ed25519 signing keys, kept in the database.
 * `initNode` creates the first key (or a new one, which rotates: the old key is retired from
 * signing but stays published for verification until partners drop it).
 */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { AppError } from '../../core/app-error.ts';
import { parseAgencyId, type AgencyId } from '../../exchange/markings/agency-id.ts';
import type { NodeSigningKey } from '../../exchange/signing/signed-bundle.ts';
import { insertNodeKey, listNodeKeys, retireNodeKeys, type Db } from '../../storage/index.ts';

/** Agency a node acts for until `portcullis node init --agency` names it (the demo's agency). */
export const DEFAULT_NODE_AGENCY = 'local';

export interface NodeIdentity {
  readonly agencyId: AgencyId;
  readonly signing: NodeSigningKey;
  /** Public keys (JWK with kid) to give partners, the signing key first. */
  readonly publicKeys: readonly JWK[];
}

const cache = new WeakMap<Db, NodeIdentity>();

export async function initNode(db: Db, agencyId: string, now: Date): Promise<NodeIdentity> {
  const agency = parseAgencyId(agencyId);
  if (!agency.ok)
    throw new AppError('validation_failed', `"${agencyId}" is not an agency id.`, {
      diagnostics: agency.diagnostics,
    });
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', {
    crv: 'Ed25519',
    extractable: true,
  });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  await insertNodeKey(db, {
    kid,
    agencyId: agency.value,
    publicJwk: { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' },
    privateJwk: { ...(await exportJWK(privateKey)), kid },
    createdAt: now,
  });
  await retireNodeKeys(db, kid, now);
  cache.delete(db);
  return loadNodeIdentity(db, now);
}

/** The node's identity; a first key is made (for the default agency) when there is none. */
export async function loadNodeIdentity(db: Db, now: Date): Promise<NodeIdentity> {
  const cached = cache.get(db);
  if (cached) return cached;
  const keys = await listNodeKeys(db);
  const current = keys[0];
  if (!current) return initNode(db, DEFAULT_NODE_AGENCY, now);
  const privateKey = await importJWK(current.privateJwk as JWK, 'EdDSA');
  if (!(privateKey instanceof CryptoKey)) throw new Error('node key is not a CryptoKey');
  const all = await listNodeKeys(db, true);
  const identity: NodeIdentity = {
    agencyId: current.agencyId as AgencyId,
    signing: { kid: current.kid, privateKey },
    publicKeys: all.map((k) => k.publicJwk as JWK),
  };
  cache.set(db, identity);
  return identity;
}
