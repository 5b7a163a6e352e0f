/**
 * Blocking: records that share an identifier key, an address key and (when names may link alone)
 * a sorted-name key or the sound of a distinctive name token become candidate pairs; blocks larger than the cap (common words,
 * a carrier's switchboard) are skipped, so the pairs scored grow with the data, not its square.
 */
import { phoneticKey } from '../screening/name-token.ts';
import type { PreparedRecord } from './party-record.ts';

/** Blocks with more records than this produce no pairs. */
export const MAX_BLOCK = 60;

function blockKeys(r: PreparedRecord, byName: boolean): string[] {
  const keys = [...r.identifiers].map(([kind, value]) => `${kind}:${value}`);
  if (r.addressKey !== '') keys.push(`addr:${r.addressKey}`);
  if (!byName) return keys;
  if (r.nameKey !== '') keys.push(`name:${r.nameKey}`);
  for (const t of r.tokens) {
    if (t.length < 3 || /^[0-9]+$/.test(t)) continue;
    keys.push(`snd:${r.country}:${phoneticKey(t)}`);
  }
  return keys;
}

/**
 * Index pairs [i, j] (i < j) into `records`, each once. Name blocks are only needed when a name
 * alone can link two records; otherwise every linkable pair already shares a contact or address.
 */
export function candidatePairs(
  records: readonly PreparedRecord[],
  byName: boolean,
): Array<[number, number]> {
  const blocks = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const key of blockKeys(r, byName)) {
      const list = blocks.get(key);
      if (list) list.push(i);
      else blocks.set(key, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = records.length;
  for (const list of blocks.values()) {
    if (list.length < 2 || list.length > MAX_BLOCK) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        const code = i * n + j;
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([i, j]);
      }
  }
  return pairs;
}
