/**
 * Blocking: records that share a contact key (telephone, e-mail, e-mail domain), an address key
 * and (when names may link alone) a sorted-name key or the sound of a distinctive name token
 * become candidate pairs. Exclusive identifiers (EORI, VAT, IMO) are not blocked on: records
 * sharing one are joined directly (`shared-identifiers.ts`). Records already in one cluster are
 * never paired, and records of one cluster that would score alike (same name, country, address
 * and identifiers) stand in a block once, so a forwarder joined by its EORI counts as a few
 * records, not hundreds. Blocks still larger than the cap (common words, a port-area address, a
 * switchboard shared by unrelated firms) are skipped, so the pairs scored grow with the data,
 * not its square.
 */
import { phoneticKey } from '../screening/name-token.ts';
import { EXCLUSIVE_KINDS } from './identifier-keys.ts';
import type { PreparedRecord } from './party-record.ts';

/** Blocks with more distinct records than this produce no pairs. */
export const MAX_BLOCK = 60;

function blockKeys(r: PreparedRecord, byName: boolean): string[] {
  const keys: string[] = [];
  for (const [kind, value] of r.identifiers)
    if (!EXCLUSIVE_KINDS.has(kind)) keys.push(`${kind}:${value}`);
  if (r.addressKey !== '') keys.push(`addr:${r.addressKey}`);
  if (!byName) return keys;
  if (r.nameKey !== '') keys.push(`name:${r.nameKey}`);
  for (const t of r.tokens) {
    if (t.length < 3 || /^[0-9]+$/.test(t)) continue;
    keys.push(`snd:${r.country}:${phoneticKey(t)}`);
  }
  return keys;
}

/** Everything pair scoring reads: two records with the same signature score alike with anyone. */
const signature = (r: PreparedRecord): string =>
  [
    r.tokens.join(' '),
    r.country,
    r.addressKey,
    ...[...r.identifiers].map(([kind, value]) => `${kind}:${value}`).sort(),
  ].join('\u0000');

/** Whether each record stands for itself, or is scored through an earlier one of its cluster. */
function representatives(records: readonly PreparedRecord[], roots: Int32Array): boolean[] {
  const sizes = new Map<number, number>();
  for (const root of roots) sizes.set(root, (sizes.get(root) ?? 0) + 1);
  const seen = new Set<string>();
  return records.map((r, i) => {
    const root = roots[i] as number;
    if ((sizes.get(root) ?? 0) < 2) return true;
    const key = `${root}\u0000${signature(r)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Index pairs [i, j] (i < j) into `records`, each once, never two of one cluster. Name blocks are
 * only needed when a name alone can link two records; otherwise every linkable pair already
 * shares a contact or address.
 */
export function candidatePairs(
  records: readonly PreparedRecord[],
  byName: boolean,
  clusterOf: (i: number) => number = (i) => i,
): Array<[number, number]> {
  const roots = Int32Array.from(records, (_, i) => clusterOf(i));
  const stands = representatives(records, roots);
  const blocks = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (!stands[i]) return;
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
        if (seen.has(code) || roots[i] === roots[j]) continue;
        seen.add(code);
        pairs.push([i, j]);
      }
  }
  return pairs;
}
