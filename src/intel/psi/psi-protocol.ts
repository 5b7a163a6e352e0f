/**
 * Private set intersection from the OPRF, one round trip:
 *
 * 1. The requester blinds each of its identifiers and sends the blinded points (they look random:
 *    nothing about the identifiers can be read from them).
 * 2. The responder, with a key made for this exchange only, evaluates the blinded points and sends
 *    them back with its own identifiers' PRF outputs, sorted (so their order says nothing).
 * 3. The requester unblinds its evaluations and keeps the identifiers whose output the responder
 *    also sent.
 *
 * The requester learns the intersection and the size of the responder's set; the responder learns
 * the size of the requester's set. Neither can test a guess offline: an output needs the
 * responder's key, which never leaves it and is discarded after the exchange. (Semi-honest
 * parties; a requester could smuggle guesses into step 1, so responders cap and audit the number
 * of points — see docs/entities.md.)
 */
import { evaluatePrf, oprf } from './oprf-suite.ts';

/** PRF outputs are SHA-512 digests; the first 32 bytes are kept (collisions need ~2^128 items). */
export const OUTPUT_BYTES = 32;

export interface PsiRequestState {
  readonly items: readonly string[];
  readonly blinds: readonly Uint8Array[];
}

export interface PsiResponse {
  /** The requester's blinded points evaluated, in the order sent. */
  readonly evaluated: readonly Uint8Array[];
  /** The responder's own PRF outputs, truncated and sorted. */
  readonly outputs: readonly Uint8Array[];
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function psiRequest(items: readonly string[]): {
  state: PsiRequestState;
  blinded: Uint8Array[];
} {
  const unique = [...new Set(items)];
  const blinded: Uint8Array[] = [];
  const blinds: Uint8Array[] = [];
  for (const item of unique) {
    const b = oprf.blind(utf8(item));
    blinds.push(b.blind);
    blinded.push(b.blinded);
  }
  return { state: { items: unique, blinds }, blinded };
}

export function psiKey(): Uint8Array {
  return oprf.generateKeyPair().secretKey;
}

/** Throws when a blinded point is not a valid ristretto255 encoding (the caller reports it). */
export function psiRespond(
  secretKey: Uint8Array,
  blinded: readonly Uint8Array[],
  ownItems: readonly string[],
): PsiResponse {
  const evaluated = blinded.map((p) => oprf.blindEvaluate(secretKey, p));
  const outputs = [...new Set(ownItems)]
    .map((item) => evaluatePrf(secretKey, utf8(item)).slice(0, OUTPUT_BYTES))
    .sort((a, b) => hex(a).localeCompare(hex(b)));
  return { evaluated, outputs };
}

export function psiFinish(state: PsiRequestState, response: PsiResponse): string[] {
  if (response.evaluated.length !== state.items.length)
    throw new Error(
      `expected ${state.items.length} evaluated points, received ${response.evaluated.length}`,
    );
  const theirs = new Set(response.outputs.map(hex));
  return state.items.filter((item, i) => {
    const out = oprf.finalize(
      utf8(item),
      state.blinds[i] as Uint8Array,
      response.evaluated[i] as Uint8Array,
    );
    return theirs.has(hex(out.slice(0, OUTPUT_BYTES)));
  });
}
