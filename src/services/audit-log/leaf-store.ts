/**
 * The log's leaf hashes in order, read from the stored `leaf_hash` column (never rehashed from
 * the entries) and kept in memory for the prefix that can no longer change: the part covered by a
 * signed tree head, or everything while the log's order is frozen. An incremental accumulator
 * beside them gives the root of that prefix without touching older leaves again.
 */
import { auditLeafHash } from '../../audit/audit-entry.ts';
import { MerkleAccumulator } from '../../audit/merkle-accumulator.ts';
import type { Hash } from '../../audit/merkle-hash.ts';
import type { Db } from '../../storage/index.ts';
import {
  fillLeafHash,
  readAuditEventsByIds,
  readEventsWithoutLeafHash,
  readLeafHashesInOrder,
} from '../../storage/repositories/audit-log.repository.ts';
import { auditEntryOf } from './audit-entry-of.ts';

const PAGE = 5000;

export interface LeafStore {
  /** The first `size` leaf hashes; fails when the log has fewer. */
  leaves(db: Db, size: number): Promise<readonly Hash[]>;
  /** The stored event id of the leaf at `index` (the leaf must have been read). */
  idAt(index: number): number | undefined;
  /** Every leaf so far and the root over them (call with the order frozen). */
  extendToEnd(db: Db): Promise<{ size: number; root: Hash }>;
}

export function createLeafStore(): LeafStore {
  const hashes: Hash[] = [];
  const ids: number[] = [];
  const acc = new MerkleAccumulator();
  let lastId = 0;

  async function readMore(db: Db, upTo: number): Promise<void> {
    while (hashes.length < upTo) {
      const page = await readLeafHashesInOrder(db, lastId, Math.min(PAGE, upTo - hashes.length));
      if (page.length === 0) return;
      const computed = await computeMissing(
        db,
        page.filter((p) => p.leafHash === undefined).map((p) => p.id),
      );
      for (const { id, leafHash } of page) {
        const hash = leafHash ?? computed.get(id);
        if (!hash) throw new Error(`audit event ${id} vanished while its leaf was read`);
        hashes.push(hash);
        ids.push(id);
        acc.append(hash);
        lastId = id;
      }
    }
  }

  return {
    async leaves(db, size) {
      await readMore(db, size);
      if (hashes.length < size)
        throw new RangeError(`the log has ${hashes.length} entries, fewer than ${size}`);
      return hashes.slice(0, size);
    },
    idAt: (index) => ids[index],
    async extendToEnd(db) {
      await readMore(db, Number.MAX_SAFE_INTEGER);
      return { size: acc.size, root: acc.root() };
    },
  };
}

/** Leaf hashes of rows written before the column existed, recomputed from their content. */
async function computeMissing(db: Db, ids: readonly number[]): Promise<Map<number, Hash>> {
  const events = await readAuditEventsByIds(db, ids);
  return new Map(events.map((e) => [e.id, auditLeafHash(auditEntryOf(e, 0))]));
}

/**
 * Stores the leaf hash of every row that has none (rows older than the column); returns how many
 * were filled. The append-only trigger allows exactly this change.
 */
export async function fillMissingLeafHashes(db: Db): Promise<number> {
  let filled = 0;
  for (;;) {
    const events = await readEventsWithoutLeafHash(db, PAGE);
    for (const e of events) await fillLeafHash(db, e.id, auditLeafHash(auditEntryOf(e, 0)));
    filled += events.length;
    if (events.length < PAGE) return filled;
  }
}
