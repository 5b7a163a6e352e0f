/**
 * Lookout positions by identifier as `compact` writes it (no spaces or dashes, upper case), for
 * the lookout index. A bill's identifier that is already compact is hashed while checking so, and
 * looked up only if a key has that hash (a set of 65,536 bits), which spares the map lookup for
 * almost every bill; one that is not compact is compacted and looked up.
 */
import { compact } from './lookout-matcher.ts';

export class CompactKeys {
  private readonly positions = new Map<string, number[]>();
  private readonly hashes = new Uint32Array(2048);

  get size(): number {
    return this.positions.size;
  }

  add(value: string, position: number): void {
    const key = compact(value);
    addPosition(this.positions, key, position);
    const h = hashOf(key);
    this.hashes[h >>> 5]! |= 1 << (h & 31);
  }

  /** The positions of the lookouts naming `value`, compacted. */
  positionsOf(value: string): readonly number[] | undefined {
    let h = 0;
    for (let j = 0; j < value.length; j++) {
      const c = value.charCodeAt(j);
      // Printable ASCII other than a dash or a lower-case letter: `compact` keeps it as it is.
      if (c <= 0x20 || c >= 0x7f || c === 0x2d || (c >= 0x61 && c <= 0x7a))
        return this.positions.get(compact(value));
      h = (Math.imul(h, 31) + c) | 0;
    }
    h &= 0xffff;
    return (this.hashes[h >>> 5]! & (1 << (h & 31))) === 0 ? undefined : this.positions.get(value);
  }
}

/** Appends a lookout's position to a key's list, once. */
export function addPosition(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

function hashOf(key: string): number {
  let h = 0;
  for (let j = 0; j < key.length; j++) h = (Math.imul(h, 31) + key.charCodeAt(j)) | 0;
  return h & 0xffff;
}
