/**
 * Inclusion and consistency proofs (RFC 9162 §2.1.3, §2.1.4) over the stored leaf hashes, for
 * tree sizes a signed tree head already covers: that prefix of the log can no longer change, so
 * a proof given today still holds tomorrow.
 */
import type { AuditEntry } from '../../audit/audit-entry.ts';
import { toHex } from '../../audit/merkle-hash.ts';
import { consistencyProof, inclusionProof, rootOf } from '../../audit/merkle-tree.ts';
import type { SignedTreeHead } from '../../audit/tree-head.ts';
import { AppError } from '../../core/app-error.ts';
import type { Db } from '../../storage/index.ts';
import {
  latestTreeHead,
  listTreeHeads,
  readAuditEventsByIds,
} from '../../storage/repositories/audit-log.repository.ts';
import { auditEntryOf } from './audit-entry-of.ts';
import type { LeafStore } from './leaf-store.ts';

export interface InclusionProof {
  readonly logId: string;
  readonly index: number;
  readonly treeSize: number;
  readonly leafHash: string;
  readonly entry: AuditEntry;
  /** Audit path, leaf to root, hex. */
  readonly proof: readonly string[];
  readonly rootHash: string;
  /** The signed head of exactly this size, when one was issued. */
  readonly treeHead?: SignedTreeHead;
}

export interface ConsistencyProof {
  readonly logId: string;
  readonly first: number;
  readonly second: number;
  readonly firstRootHash: string;
  readonly secondRootHash: string;
  readonly proof: readonly string[];
  readonly firstTreeHead?: SignedTreeHead;
  readonly secondTreeHead?: SignedTreeHead;
}

/** The largest size a proof may be asked for: the latest signed head's. */
async function provableSize(db: Db, logId: string, asked: number | undefined): Promise<number> {
  const head = await latestTreeHead(db, logId);
  const covered = head?.treeSize ?? 0;
  const size = asked ?? covered;
  if (size > covered)
    throw new AppError(
      'bad_request',
      `Tree size ${size} is not covered by a signed tree head yet; the latest covers ${covered} entries.`,
      { treeSize: size, latestSignedSize: covered },
    );
  return size;
}

async function headOfSize(db: Db, logId: string, size: number) {
  return (await listTreeHeads(db, logId)).find((h) => h.treeSize === size);
}

export async function proveInclusion(
  db: Db,
  store: LeafStore,
  logId: string,
  index: number,
  askedSize?: number,
): Promise<InclusionProof> {
  const treeSize = await provableSize(db, logId, askedSize);
  if (index < 0 || index >= treeSize)
    throw new AppError(
      'bad_request',
      `Index ${index} is outside the tree of ${treeSize} entries (0 to ${treeSize - 1}).`,
      { index, treeSize },
    );
  const leaves = await store.leaves(db, treeSize);
  const [event] = await readAuditEventsByIds(db, [store.idAt(index) ?? -1]);
  if (!event) throw AppError.notFound(`audit entry ${index}`);
  const head = await headOfSize(db, logId, treeSize);
  return {
    logId,
    index,
    treeSize,
    leafHash: toHex(leaves[index] as Uint8Array),
    entry: auditEntryOf(event, index),
    proof: inclusionProof(index, leaves, treeSize).map(toHex),
    rootHash: toHex(rootOf(leaves, 0, treeSize)),
    ...(head ? { treeHead: head } : {}),
  };
}

export async function proveConsistency(
  db: Db,
  store: LeafStore,
  logId: string,
  first: number,
  second?: number,
): Promise<ConsistencyProof> {
  const secondSize = await provableSize(db, logId, second);
  if (first < 0 || first > secondSize)
    throw new AppError(
      'bad_request',
      `The first tree size (${first}) must be from 0 to the second (${secondSize}).`,
      { first, second: secondSize },
    );
  const leaves = await store.leaves(db, secondSize);
  const firstHead = await headOfSize(db, logId, first);
  const secondHead = await headOfSize(db, logId, secondSize);
  return {
    logId,
    first,
    second: secondSize,
    firstRootHash: toHex(rootOf(leaves, 0, first)),
    secondRootHash: toHex(rootOf(leaves, 0, secondSize)),
    proof: consistencyProof(first, leaves, secondSize).map(toHex),
    ...(firstHead ? { firstTreeHead: firstHead } : {}),
    ...(secondHead ? { secondTreeHead: secondHead } : {}),
  };
}
