import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { leaves, partnerLog } from './testing/partner-log.ts';
import { toHex, type Hash } from './merkle-hash.ts';
import { consistencyProof } from './merkle-tree.ts';
import { checkWitnessConsistency, checkWitnessHead } from './witness-head-check.ts';

const { publicKey, head } = partnerLog();
const proof = (tree: readonly Hash[], first: number, second: number) =>
  consistencyProof(first, tree, second).map(toHex);

describe('comparing the head a witness holds of a partner log with the one held here', () => {
  const shown = leaves(12);
  // The same first 6 entries, then another history: the log the partner showed someone else.
  const forked = [...shown.slice(0, 6), ...leaves(6, 'x')];

  it('finds the same head at the same size consistent', async () => {
    const held = await head(shown, 9);
    expect(checkWitnessHead(await head(shown, 9), held, publicKey, 'rotterdam')).toEqual({
      kind: 'consistent',
    });
  });

  it('calls two genuine heads of one size with different roots a split view, naming both', async () => {
    const held = await head(shown, 9);
    const other = await head(forked, 9);
    const check = checkWitnessHead(other, held, publicKey, 'rotterdam');
    expect(check).toMatchObject({ kind: 'failure', failure: 'split-view' });
    const message = check.kind === 'failure' ? check.message : '';
    expect(message).toContain('rotterdam holds');
    expect(message).toContain(other.rootHash);
    expect(message).toContain(held.rootHash);
  });

  it('asks for a proof from the smaller size to the larger, whichever side holds which', async () => {
    const held = await head(shown, 9);
    for (const size of [4, 12])
      expect(checkWitnessHead(await head(shown, size), held, publicKey, 'rotterdam')).toEqual({
        kind: 'needs-proof',
        first: Math.min(size, 9),
        second: Math.max(size, 9),
      });
  });

  it('accepts a proof that joins both roots into one log', async () => {
    const held = await head(shown, 9);
    const smaller = await head(shown, 4);
    const larger = await head(shown, 12);
    expect(checkWitnessConsistency(held, smaller, proof(shown, 4, 9), 'w')).toEqual({
      kind: 'consistent',
    });
    expect(checkWitnessConsistency(held, larger, proof(shown, 9, 12), 'w')).toEqual({
      kind: 'consistent',
    });
  });

  it('calls it a split view when the proof the partner serves does not join the two heads', async () => {
    const held = await head(shown, 9);
    // The witness holds a larger head of the forked log; the partner proves over either log.
    const witness = await head(forked, 12);
    for (const served of [proof(shown, 9, 12), proof(forked, 9, 12)]) {
      const check = checkWitnessConsistency(held, witness, served, 'rotterdam');
      expect(check).toMatchObject({ kind: 'failure', failure: 'split-view' });
      expect(check.kind === 'failure' && check.message).toContain('from 9 to 12 entries');
    }
    // A smaller head of the forked log, past the fork, against the held one.
    const before = await head(forked, 7);
    const check = checkWitnessConsistency(held, before, proof(shown, 7, 9), 'rotterdam');
    expect(check).toMatchObject({ kind: 'failure', failure: 'split-view' });
  });

  it('finds a proof that is not a list of hashes malformed, not a split view', async () => {
    const check = checkWitnessConsistency(
      await head(shown, 9),
      await head(shown, 12),
      'no',
      'rotterdam',
    );
    expect(check).toMatchObject({ kind: 'failure', failure: 'malformed' });
  });

  it('does not compare an answer the partner did not sign: no evidence, no alarm', async () => {
    const held = await head(shown, 9);
    const forged = await head(forked, 9, ed25519.utils.randomSecretKey());
    const otherLog = { ...(await head(forked, 9)), logId: 'portcullis-audit:0000000000000000' };
    for (const answer of [forged, otherLog, { treeSize: 9 }, undefined, 'head'])
      expect(checkWitnessHead(answer, held, publicKey, 'rotterdam')).toMatchObject({
        kind: 'skip',
        skip: 'unverifiable',
      });
  });
});
