/**
 * The consignment versions an intake has just stored, handed to the scoring of their filing in
 * the same process, so that scoring does not read back and parse what the intake held a moment
 * before (for a 20,000-bill filing, 19 MB of documents). The database stays the record: a filing
 * scored by another process, after a restart or once its entry has been pushed out finds
 * nothing here and is read from storage (`consignmentsForScoring`). An entry is put while the
 * intake's transaction is open and taken by the scoring job, which exists only once that
 * transaction has committed; an entry of a rolled-back intake is never taken and is pushed out by
 * the next filing (one filing is held at a time). Scoring counts the filing's stored versions and takes the entry only when it holds
 * them all. Filing ids are fresh UUIDs, so one process-wide hand-off serves every database.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import {
  saveConsignmentVersions,
  type ConsignmentBatch,
  type Db,
  type SavedVersion,
} from '../../storage/index.ts';

/** A stored version as the intake held it. */
export interface FiledVersion extends SavedVersion {
  readonly consignment: Consignment;
}

export interface FiledConsignments {
  readonly agencyId: string;
  readonly filedAt: Date;
  readonly cancelled: boolean;
  readonly versions: readonly FiledVersion[];
}

/**
 * Consignments held at most: a large vessel call's. A filing larger than this is read back from
 * storage.
 */
const CAPACITY = 25_000;

const entries = new Map<string, FiledConsignments & { versions: FiledVersion[] }>();
let held = 0;

/** Stores the batch (`saveConsignmentVersions`) and hands its versions to the filing's scoring. */
export async function saveFiledConsignments(
  db: Db,
  batch: ConsignmentBatch,
): Promise<Map<string, SavedVersion>> {
  const saved = await saveConsignmentVersions(db, batch);
  const cancelled = batch.cancelled ?? false;
  let entry = entries.get(batch.filingId);
  if (
    entry &&
    (entry.agencyId !== batch.agencyId ||
      entry.filedAt.getTime() !== batch.filedAt.getTime() ||
      entry.cancelled !== cancelled)
  ) {
    // Not one filing's pieces after all: nothing is handed over for it.
    drop(batch.filingId);
    return saved;
  }
  if (!entry) {
    // Only the latest filing is held: scoring takes it soon after its intake commits, and an
    // interchange of many messages (each its own filing) must not keep them all in memory
    // (a 100 MB interchange peaked at 1,037 MB holding 25,000 consignments, 843 MB holding none).
    for (const older of [...entries.keys()]) drop(older);
    entry = { agencyId: batch.agencyId, filedAt: batch.filedAt, cancelled, versions: [] };
    entries.set(batch.filingId, entry);
  }
  for (const c of batch.consignments) {
    const v = saved.get(c.billNumber);
    if (v) {
      entry.versions.push({ ...v, consignment: c });
      held++;
    }
  }
  if (held > CAPACITY) drop(batch.filingId);
  return saved;
}

/** The filing's versions as stored by this process, once; undefined when not held here. */
export function takeFiledConsignments(filingId: string): FiledConsignments | undefined {
  const entry = entries.get(filingId);
  if (entry) drop(filingId);
  return entry;
}

function drop(filingId: string): void {
  const entry = entries.get(filingId);
  if (!entry) return;
  held -= entry.versions.length;
  entries.delete(filingId);
}
