/**
 * Shared definitions for signed bundles: a compact JWS (EdDSA over Ed25519) whose payload is the
 * canonical JSON of a STIX bundle, so that any node re-serialising the bundle gets the same bytes.
 */
export const BUNDLE_JWS_TYPE = 'portcullis-bundle+jws';
export const BUNDLE_CONTENT_TYPE = 'application/stix+json;version=2.1';
export const BUNDLE_JWS_ALG = 'EdDSA';

/** A key as Web Crypto hands it over; keys are always passed in, never loaded here. */
export type SigningKey = CryptoKey;

export interface NodeSigningKey {
  /** Key id published in the partner registry; rotation adds a new kid, keeps the old for verifying. */
  readonly kid: string;
  readonly privateKey: SigningKey;
}

/** Finds the public key for a kid among the sending partner's registered keys. */
export type PublicKeyResolver = (kid: string) => SigningKey | undefined;
