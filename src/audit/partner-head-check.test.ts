import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { leaves, partnerLog } from './testing/partner-log.ts';
import { leafHash, toHex } from './merkle-hash.ts';
import { consistencyProof, rootOf } from './merkle-tree.ts';
import { checkHeadConsistency, checkPartnerHead } from './partner-head-check.ts';

const { publicKey, head } = partnerLog();
const forger = ed25519.utils.randomSecretKey();

describe('checking a partner audit tree head', () => {
  const tree = leaves(12);

  it('accepts a first genuine head and asks for a proof of a larger one', async () => {
    const held = await head(tree, 5);
    expect(checkPartnerHead(held, undefined, publicKey)).toEqual({ kind: 'first' });
    const grown = await head(tree, 12);
    expect(checkPartnerHead(grown, held, publicKey)).toEqual({
      kind: 'needs-proof',
      first: 5,
      second: 12,
    });
    expect(checkPartnerHead(await head(tree, 5), held, publicKey)).toEqual({ kind: 'unchanged' });
  });

  it('refuses a head signed by another key that claims the partner log and key id', async () => {
    const forged = await head(tree, 12, forger);
    const check = checkPartnerHead(forged, await head(tree, 5), publicKey);
    expect(check).toMatchObject({ kind: 'failure', failure: 'bad-signature' });
  });

  it('refuses a genuine head whose root or size was changed after signing', async () => {
    const genuine = await head(tree, 12);
    const otherRoot = { ...genuine, rootHash: toHex(rootOf(leaves(12, 'x'))) };
    const otherSize = { ...genuine, treeSize: 13 };
    for (const edited of [otherRoot, otherSize])
      expect(checkPartnerHead(edited, undefined, publicKey)).toMatchObject({
        failure: 'bad-signature',
      });
  });

  it('refuses a head of another log, a malformed one, a smaller one and a rewritten one', async () => {
    const held = await head(tree, 8);
    const otherLog = { ...(await head(tree, 9)), logId: 'portcullis-audit:0000000000000000' };
    expect(checkPartnerHead(otherLog, held, publicKey)).toMatchObject({ failure: 'wrong-log' });
    expect(checkPartnerHead({ treeSize: '9' }, held, publicKey)).toMatchObject({
      failure: 'malformed',
    });
    expect(checkPartnerHead(await head(tree, 7), held, publicKey)).toMatchObject({
      failure: 'smaller-tree',
    });
    const rewritten = await head(leaves(8, 'x'), 8);
    expect(checkPartnerHead(rewritten, held, publicKey)).toMatchObject({
      failure: 'inconsistent',
    });
  });

  it('verifies the consistency proof, and refuses one over a rewritten prefix', async () => {
    const held = await head(tree, 5);
    const grown = await head(tree, 12);
    const proof = consistencyProof(5, tree, 12).map(toHex);
    expect(checkHeadConsistency(held, grown, proof)).toBeUndefined();

    // The partner rewrote entry 3 and signed a new, larger head over the rewritten log.
    const rewrittenTree = tree.map((h, i) => (i === 3 ? leafHash(new Uint8Array([9])) : h));
    const rewritten = await head(rewrittenTree, 12);
    const itsProof = consistencyProof(5, rewrittenTree, 12).map(toHex);
    expect(checkHeadConsistency(held, rewritten, itsProof)).toMatchObject({
      failure: 'inconsistent',
    });
    expect(checkHeadConsistency(held, grown, ['zz'])).toMatchObject({ failure: 'malformed' });
  });
});
