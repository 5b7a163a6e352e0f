/**
 * Incremental Merkle tree head: appends leaf hashes one at a time and gives the root of every
 * prefix in O(log n) memory, so a verifier can check a long log export in one pass.
 */
import { EMPTY_ROOT, nodeHash, type Hash } from './merkle-hash.ts';

export class MerkleAccumulator {
  /** Roots of perfect subtrees, largest first; sizes are the set bits of `size`. */
  private readonly stack: { hash: Hash; size: number }[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  append(leaf: Hash): void {
    let node = { hash: leaf, size: 1 };
    let top = this.stack.at(-1);
    while (top && top.size === node.size) {
      this.stack.pop();
      node = { hash: nodeHash(top.hash, node.hash), size: node.size * 2 };
      top = this.stack.at(-1);
    }
    this.stack.push(node);
    this.count++;
  }

  root(): Hash {
    if (this.stack.length === 0) return EMPTY_ROOT;
    let acc = (this.stack.at(-1) as { hash: Hash }).hash;
    for (let i = this.stack.length - 2; i >= 0; i--)
      acc = nodeHash((this.stack[i] as { hash: Hash }).hash, acc);
    return acc;
  }
}
