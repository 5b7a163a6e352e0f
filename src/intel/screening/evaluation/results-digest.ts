/**
 * A digest of everything screening returns for a list of queries: per query, every hit's list,
 * entry, matched name, exact score and reasons, in order. Two screening implementations agree on
 * a labelled set exactly when their digests are equal; recall and precision could stay the same
 * while hits, scores or reasons change, so speed work is checked against this.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ScreeningHit } from '../screen-name.ts';

/** One line per query: the query's name, then each hit with the score written in full. */
export function resultLine(name: string, hits: readonly ScreeningHit[]): string {
  const parts = hits.map(
    (h) =>
      `${h.entry.listId}/${h.entry.id}|${h.matchedName}|${String(h.score)}|` +
      h.reasons.map((r) => `${r.kind}:${r.detail}`).join(';'),
  );
  return [name, ...parts].join('\t');
}

/** Incremental SHA-256 over result lines, so a 60,000-query run needs no big string; `hex` once. */
export function resultsDigest(): { add(line: string): void; hex(): string } {
  const hash = sha256.create();
  return {
    add: (line) => hash.update(utf8ToBytes(`${line}\n`)),
    hex: () => bytesToHex(hash.digest()),
  };
}
