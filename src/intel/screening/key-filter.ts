/**
 * A compact test that a blocking key is not in an index (a Bloom filter keeping both of a key's
 * bits in one word, so a test reads memory once). Most keys of a word not on the lists (its
 * one-letter deletions above all) are in no list name; the filter answers those without a lookup
 * in the map of some 150,000 keys, whose misses cost several reads of scattered memory each.
 */

/** FNV-1a over the key's UTF-16 code units, then MurmurHash3's finaliser to spread the bits. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class KeyFilter {
  private constructor(
    private readonly words: Uint32Array,
    /** Right shift of a hash giving its word (the top bits). */
    private readonly shift: number,
  ) {}

  /** A filter over `keys`, about 8 bits a key: some 2% of absent keys pass. */
  static of(keys: Iterable<string>, count: number): KeyFilter {
    let bits = 5;
    while (1 << bits < count / 4) bits++;
    const filter = new KeyFilter(new Uint32Array(1 << bits), 32 - bits);
    for (const key of keys) {
      const h = hashOf(key);
      filter.words[h >>> filter.shift] = (filter.words[h >>> filter.shift] as number) | maskOf(h);
    }
    return filter;
  }

  /** False when `key` is certainly not one of the keys; true when it may be. */
  mayHave(key: string): boolean {
    const h = hashOf(key);
    const mask = maskOf(h);
    return ((this.words[h >>> this.shift] as number) & mask) === mask;
  }
}

/** The key's two bits in its word, from the low bits of its hash (as a signed 32-bit mask). */
function maskOf(h: number): number {
  return (1 << (h & 31)) | (1 << ((h >>> 5) & 31));
}
