/**
 * Blocking postings of a screening index: for each blocking key, the indexed names having it, in
 * increasing order. Stored as one array of name ids cut into ranges (one per key), because the
 * SDN list alone has some 150,000 keys and an array per key made building the index mostly
 * allocation and garbage collection.
 */
import { KeyFilter } from './key-filter.ts';

/** Scratch for `union`, reused (screening is synchronous). */
let seen = new Uint8Array(0);
let picked = new Int32Array(1024);

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(size, 2 * a.length));
  b.set(a);
  return b;
}

export class BlockingPostings {
  private constructor(
    private readonly keyIds: ReadonlyMap<string, number>,
    /** Key k's names are `names[start[k]]` up to (not including) `names[start[k + 1]]`. */
    private readonly start: Int32Array,
    private readonly names: Int32Array,
    /** How many names the postings are over (ids 0 … nameCount - 1). */
    private readonly nameCount: number,
  ) {
    this.filter = KeyFilter.of(keyIds.keys(), keyIds.size);
  }

  /** Answers most keys that no name has without a lookup in `keyIds`. */
  private readonly filter: KeyFilter;

  get size(): number {
    return this.keyIds.size;
  }

  /** The names under `key` (a copy), or undefined when no name has it. */
  get(key: string): number[] | undefined {
    const k = this.keyIds.get(key);
    if (k === undefined) return undefined;
    return Array.from(this.names.subarray(this.start[k], this.start[k + 1]));
  }

  /**
   * The names under any of `keys`, each once, in the order the keys and then their postings
   * name them; keys with more than `max` names are left out.
   */
  union(keys: readonly string[], max: number): Int32Array {
    if (seen.length < this.nameCount) seen = new Uint8Array(this.nameCount);
    let out = 0;
    for (const key of keys) {
      if (!this.filter.mayHave(key)) continue;
      const k = this.keyIds.get(key);
      if (k === undefined) continue;
      const from = this.start[k] as number;
      const to = this.start[k + 1] as number;
      if (to - from > max) continue;
      if (picked.length < out + to - from) picked = grown(picked, out + to - from);
      for (let i = from; i < to; i++) {
        const name = this.names[i] as number;
        if (seen[name] === 1) continue;
        seen[name] = 1;
        picked[out++] = name;
      }
    }
    const union = picked.slice(0, out);
    for (const name of union) seen[name] = 0;
    return union;
  }

  /**
   * Postings of names made of tokens (`tokensOfName[name]`, token numbers) whose keys are
   * `keysOfToken[token]` (key numbers, `keyIds` numbering the keys 0 … size - 1).
   */
  static build(
    keyIds: ReadonlyMap<string, number>,
    tokensOfName: readonly Int32Array[],
    keysOfToken: readonly Int32Array[],
  ): BlockingPostings {
    const keyCount = keyIds.size;
    const last = new Int32Array(keyCount);
    const start = new Int32Array(keyCount + 1);
    const each = (visit: (name: number, key: number) => void): void => {
      last.fill(-1);
      tokensOfName.forEach((tokens, name) => {
        for (const t of tokens) {
          for (const k of keysOfToken[t] as Int32Array) {
            if (last[k] === name) continue;
            last[k] = name;
            visit(name, k);
          }
        }
      });
    };
    each((_, k) => (start[k + 1] = (start[k + 1] as number) + 1));
    for (let k = 0; k < keyCount; k++)
      start[k + 1] = (start[k + 1] as number) + (start[k] as number);
    const fill = start.slice(0, keyCount);
    const names = new Int32Array(start[keyCount] as number);
    each((name, k) => (names[(fill[k] as number)++] = name));
    return new BlockingPostings(keyIds, start, names, tokensOfName.length);
  }
}
