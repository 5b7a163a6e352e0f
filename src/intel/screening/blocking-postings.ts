/**
 * Blocking postings of a screening index: for each blocking key, the indexed names having it, in
 * increasing order. Stored as one array of name ids cut into ranges (one per key), because the
 * SDN list alone has some 150,000 keys and an array per key made building the index mostly
 * allocation and garbage collection.
 */
export class BlockingPostings {
  private constructor(
    private readonly keyIds: ReadonlyMap<string, number>,
    /** Key k's names are `names[start[k]]` up to (not including) `names[start[k + 1]]`. */
    private readonly start: Int32Array,
    private readonly names: Int32Array,
  ) {}

  get size(): number {
    return this.keyIds.size;
  }

  /** The names under `key` (a copy), or undefined when no name has it. */
  get(key: string): number[] | undefined {
    const k = this.keyIds.get(key);
    if (k === undefined) return undefined;
    return Array.from(this.names.subarray(this.start[k], this.start[k + 1]));
  }

  /** Calls `visit` with each name under `key` unless there are more than `max` of them. */
  forEachUpTo(key: string, max: number, visit: (name: number) => void): void {
    const k = this.keyIds.get(key);
    if (k === undefined) return;
    const from = this.start[k] as number;
    const to = this.start[k + 1] as number;
    if (to - from > max) return;
    for (let i = from; i < to; i++) visit(this.names[i] as number);
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
    return new BlockingPostings(keyIds, start, names);
  }
}
