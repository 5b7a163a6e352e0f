/**
 * Merkle tree hash, inclusion proofs and consistency proofs over a list of leaf hashes, exactly as
 * RFC 9162 §2.1.1, §2.1.3.1 and §2.1.4.1 define them.
 */
import { EMPTY_ROOT, nodeHash, type Hash } from './merkle-hash.ts';

/** Largest power of two strictly smaller than n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[start:end]) over leaf hashes. */
export function rootOf(leaves: readonly Hash[], start = 0, end = leaves.length): Hash {
  const n = end - start;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return leaves[start] as Hash;
  const k = splitPoint(n);
  return nodeHash(rootOf(leaves, start, start + k), rootOf(leaves, start + k, end));
}

/** PATH(m, D[0:n]): the audit path of leaf m in the tree of the first n leaves. */
export function inclusionProof(
  index: number,
  leaves: readonly Hash[],
  treeSize = leaves.length,
): Hash[] {
  if (index < 0 || index >= treeSize || treeSize > leaves.length)
    throw new RangeError('inclusionProof: index outside the tree');
  return path(index, leaves, 0, treeSize);
}

function path(m: number, leaves: readonly Hash[], start: number, end: number): Hash[] {
  const n = end - start;
  if (n <= 1) return [];
  const k = splitPoint(n);
  return m < k
    ? [...path(m, leaves, start, start + k), rootOf(leaves, start + k, end)]
    : [...path(m - k, leaves, start + k, end), rootOf(leaves, start, start + k)];
}

/** PROOF(m, D[0:n]): proves the tree of the first m leaves is a prefix of the tree of n leaves. */
export function consistencyProof(
  firstSize: number,
  leaves: readonly Hash[],
  secondSize = leaves.length,
): Hash[] {
  if (firstSize < 0 || firstSize > secondSize || secondSize > leaves.length)
    throw new RangeError('consistencyProof: sizes out of range');
  if (firstSize === 0 || firstSize === secondSize) return [];
  return subproof(firstSize, leaves, 0, secondSize, true);
}

function subproof(
  m: number,
  leaves: readonly Hash[],
  start: number,
  end: number,
  complete: boolean,
): Hash[] {
  const n = end - start;
  if (m === n) return complete ? [] : [rootOf(leaves, start, end)];
  const k = splitPoint(n);
  return m <= k
    ? [...subproof(m, leaves, start, start + k, complete), rootOf(leaves, start + k, end)]
    : [...subproof(m - k, leaves, start + k, end, false), rootOf(leaves, start, start + k)];
}
