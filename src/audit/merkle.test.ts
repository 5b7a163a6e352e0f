import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MerkleAccumulator } from './merkle-accumulator.ts';
import { fromHex, leafHash, toHex, type Hash } from './merkle-hash.ts';
import { consistencyProof, inclusionProof, rootOf } from './merkle-tree.ts';
import { verifyConsistency, verifyInclusion } from './verify-proof.ts';

// The reference inputs and roots of the Certificate Transparency test suite (RFC 6962 trees,
// identical hashing in RFC 9162).
const LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const hashes = LEAVES.map((l) => leafHash(fromHex(l)));

function randomLeaves(n: number): Hash[] {
  return Array.from({ length: n }, (_, i) => leafHash(new TextEncoder().encode(`event-${i}`)));
}

describe('Merkle tree (RFC 9162)', () => {
  it('matches the reference roots for every prefix of the test vectors', () => {
    ROOTS.forEach((root, i) => expect(toHex(rootOf(hashes, 0, i + 1))).toBe(root));
    expect(toHex(rootOf([]))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('computes the same roots incrementally', () => {
    const acc = new MerkleAccumulator();
    hashes.forEach((h, i) => {
      acc.append(h);
      expect(toHex(acc.root())).toBe(ROOTS[i]);
    });
  });

  it('verifies every inclusion proof and rejects tampered ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), fc.nat(), (n, k) => {
        const leaves = randomLeaves(n);
        const index = k % n;
        const root = rootOf(leaves);
        const proof = inclusionProof(index, leaves);
        expect(verifyInclusion(index, n, leaves[index] as Hash, proof, root)).toBe(true);
        expect(verifyInclusion(index, n, leafHash(new Uint8Array([1])), proof, root)).toBe(false);
        if (n > 1)
          expect(verifyInclusion((index + 1) % n, n, leaves[index] as Hash, proof, root)).toBe(
            false,
          );
      }),
    );
  });

  it('verifies every consistency proof and rejects a rewritten history', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), fc.nat(), (n, k) => {
        const leaves = randomLeaves(n);
        const m = 1 + (k % n);
        const proof = consistencyProof(m, leaves);
        expect(verifyConsistency(m, n, rootOf(leaves, 0, m), rootOf(leaves), proof)).toBe(true);
        const rewritten = [...leaves];
        rewritten[0] = leafHash(new Uint8Array([9]));
        if (m < n)
          expect(verifyConsistency(m, n, rootOf(rewritten, 0, m), rootOf(leaves), proof)).toBe(
            false,
          );
      }),
    );
  });
});
