/** Signs a STIX bundle as a compact JWS with the node's Ed25519 key. */
import { CompactSign } from 'jose';
import { canonicalJson } from '../../core/canonical-json.ts';
import type { StixBundle } from '../stix/stix-object.ts';
import {
  BUNDLE_CONTENT_TYPE,
  BUNDLE_JWS_ALG,
  BUNDLE_JWS_TYPE,
  type NodeSigningKey,
} from './signed-bundle.ts';

export async function signBundle(bundle: StixBundle, key: NodeSigningKey): Promise<string> {
  const payload = new TextEncoder().encode(canonicalJson(bundle));
  return new CompactSign(payload)
    .setProtectedHeader({
      alg: BUNDLE_JWS_ALG,
      kid: key.kid,
      typ: BUNDLE_JWS_TYPE,
      cty: BUNDLE_CONTENT_TYPE,
    })
    .sign(key.privateKey);
}
