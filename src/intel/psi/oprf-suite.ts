/**
 * RFC 9497 OPRF, mode 0x00, suite ristretto255-SHA512, from @noble/curves — plus the one step the
 * library leaves out: the server evaluating its own inputs without blinding (RFC 9497 §3.3.1's
 * Evaluate), i.e. Finalize(input, k · HashToGroup(input)). Test vectors of Appendix A.1.1 check
 * both paths (test/intel/psi.test.ts).
 */
import { ristretto255, ristretto255_hasher, ristretto255_oprf } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const CONTEXT = new Uint8Array([...utf8('OPRFV1-'), 0x00, ...utf8('-ristretto255-SHA512')]);
const HASH_TO_GROUP_DST = new Uint8Array([...utf8('HashToGroup-'), ...CONTEXT]);
const FINALIZE = utf8('Finalize');

export const oprf = ristretto255_oprf.oprf;

function i2osp2(n: number): number[] {
  return [(n >> 8) & 0xff, n & 0xff];
}

/** F(k, input) computed by the key holder directly; equal to what a client gets by blinding. */
export function evaluatePrf(secretKey: Uint8Array, input: Uint8Array): Uint8Array {
  const element = ristretto255_hasher.hashToCurve(input, { DST: HASH_TO_GROUP_DST });
  const k = ristretto255.Point.Fn.fromBytes(secretKey);
  const unblinded = element.multiply(k).toBytes();
  const transcript = new Uint8Array([
    ...i2osp2(input.length),
    ...input,
    ...i2osp2(unblinded.length),
    ...unblinded,
    ...FINALIZE,
  ]);
  return sha512(transcript);
}
