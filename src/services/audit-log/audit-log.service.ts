/**
 * The audit log as a verifiable Merkle log over the stored audit events: issues signed tree heads
 * (stored, and the periodic job's unit of work), serves the status, the events, the heads and
 * inclusion and consistency proofs (to partner nodes too: the latest head and consistency proofs
 * over the signed partner channel), exports the log as JSON lines an auditor can check with
 * nothing but the node's public key, and runs that same check on the live log. The log is the
 * node's agency's: an account of another agency at the node, auditor or not, is told "not found".
 */
import { makeTreeHead, signTreeHead, type SignedTreeHead } from '../../audit/tree-head.ts';
import type { Database, Db } from '../../storage/index.ts';
import {
  countAuditEvents,
  freezeAuditOrder,
  insertTreeHead,
  latestTreeHead,
  listTreeHeads,
  readAuditEventsInOrder,
  readFromOneSnapshot,
} from '../../storage/repositories/audit-log.repository.ts';
import type { Actor } from '../access/actor.ts';
import { requireAccess, type OwnedResource } from '../access/require-access.ts';
import { loadNodeIdentity } from '../exchange/node-identity.ts';
import { auditedTransaction } from '../audit/audited-transaction.ts';
import type { Clock } from '../clock.ts';
import { entryLine, EXPORT_FORMAT, headerLine, treeHeadLine } from './audit-export-format.ts';
import { auditEntryOf } from './audit-entry-of.ts';
import {
  proveConsistency,
  proveInclusion,
  type ConsistencyProof,
  type InclusionProof,
} from './audit-proofs.ts';
import { createLeafStore, fillMissingLeafHashes } from './leaf-store.ts';
import type { NodeSigningKey } from './node-signing-key.ts';
import { verifyAuditExport, type ExportVerification } from './verify-audit-export.ts';
import type { AuditEntry } from '../../audit/audit-entry.ts';
import { toHex } from '../../audit/merkle-hash.ts';
import type { AuditEvent } from '../../storage/index.ts';

const PAGE = 5000;

export interface AuditLogDeps {
  readonly database: Database;
  readonly clock: Clock;
  readonly key: NodeSigningKey;
}

export interface ExportSummary {
  readonly entries: number;
  readonly treeHeads: number;
}

export interface AuditStatus {
  readonly logId: string;
  readonly treeSize: number;
  readonly latestHead: SignedTreeHead | undefined;
  readonly publicKey: string;
  readonly keyId: string;
}

export interface AuditEventPage {
  /** Stored events with their leaf hash in hex. */
  readonly items: readonly (AuditEvent & { readonly leafHash?: string })[];
  /** Pass as `after` for the next page; absent at the end. */
  readonly next?: number;
}

export interface AuditLogService {
  readonly logId: string;
  readonly publicKeyHex: string;
  /** Signs a head over every event committed so far and stores it. */
  issueTreeHead(actor: Actor): Promise<SignedTreeHead>;
  /** Signs a head only when the log grew since the latest one. */
  issueTreeHeadIfGrown(actor: Actor): Promise<SignedTreeHead | undefined>;
  latestTreeHead(actor: Actor): Promise<SignedTreeHead | undefined>;
  status(actor: Actor): Promise<AuditStatus>;
  treeHeads(actor: Actor): Promise<SignedTreeHead[]>;
  /** Events after the given id, oldest first (an audited read). */
  events(actor: Actor, afterId: number, limit: number): Promise<AuditEventPage>;
  inclusionProof(actor: Actor, index: number, treeSize?: number): Promise<InclusionProof>;
  consistencyProof(actor: Actor, first: number, second?: number): Promise<ConsistencyProof>;
  /** The latest signed head, served to a partner node (`exchange.sync`; an audited read). */
  headForPartner(actor: Actor): Promise<SignedTreeHead | undefined>;
  /** A consistency proof between two signed sizes, served to a partner node (audited). */
  consistencyForPartner(actor: Actor, first: number, second: number): Promise<ConsistencyProof>;
  /** The CLI's verification run on the live log: export, then verify with the node's key. */
  verify(actor: Actor): Promise<ExportVerification>;
  /** Writes the export line by line (header, entries, heads), from one consistent snapshot. */
  exportLog(actor: Actor, write: (line: string) => Promise<void> | void): Promise<ExportSummary>;
}

/** The log is named after the key that signs it, so two nodes' logs never share a name. */
export function logIdOf(key: Pick<NodeSigningKey, 'keyId'>): string {
  return `portcullis-audit:${key.keyId}`;
}

export function createAuditLogService(deps: AuditLogDeps): AuditLogService {
  const logId = logIdOf(deps.key);
  const store = createLeafStore();
  const db = deps.database.db;
  // Read before any transaction: on the embedded database a second connection would wait for it.
  const owner = async (): Promise<OwnedResource> => ({
    agencyId: (await loadNodeIdentity(db, deps.clock.now())).agencyId,
  });
  const readLog = async <T>(actor: Actor, action: string, body: (tx: Db) => Promise<T>) => {
    const node = await owner();
    return auditedTransaction(
      deps,
      actor,
      { action, resourceType: 'audit-log', resourceId: logId },
      (tx) => {
        // Inside the audited transaction, so a refusal is logged as denied.
        requireAccess(actor, action === 'audit.verify' ? 'audit.verify' : 'audit.read', node);
        return body(tx);
      },
    );
  };
  // Partner nodes keep the heads they are served, so a cut-back log shows outside this node.
  const partnerRead = <T>(actor: Actor, action: string, body: (tx: Db) => Promise<T>) =>
    auditedTransaction(
      deps,
      actor,
      { action, resourceType: 'audit-log', resourceId: logId },
      (tx) => {
        requireAccess(actor, 'exchange.sync');
        return body(tx);
      },
    );
  const issue = (actor: Actor, onlyIfGrown: boolean) =>
    issueTreeHead(deps, logId, store, actor, onlyIfGrown);
  const exportLog = (actor: Actor, write: (line: string) => Promise<void> | void) =>
    readLog(actor, 'audit.read', (tx) => exportFrom(tx, deps, logId, write));
  return {
    logId,
    publicKeyHex: deps.key.publicKeyHex,
    issueTreeHead: (actor) => issue(actor, false) as Promise<SignedTreeHead>,
    issueTreeHeadIfGrown: (actor) => issue(actor, true),
    latestTreeHead: async (actor) => {
      requireAccess(actor, 'audit.read', await owner());
      return latestTreeHead(db, logId);
    },
    status: async (actor) => {
      requireAccess(actor, 'audit.read', await owner());
      const [treeSize, latestHead] = [await countAuditEvents(db), await latestTreeHead(db, logId)];
      const { publicKeyHex: publicKey, keyId } = deps.key;
      return { logId, treeSize, latestHead, publicKey, keyId };
    },
    treeHeads: async (actor) => {
      requireAccess(actor, 'audit.read', await owner());
      return listTreeHeads(db, logId);
    },
    events: (actor, afterId, limit) =>
      readLog(actor, 'audit.read', async (tx) => {
        const events = await readAuditEventsInOrder(tx, afterId, limit);
        const items = events.map(({ leafHash, ...e }) =>
          leafHash ? { ...e, leafHash: toHex(leafHash) } : e,
        );
        const last = items.at(-1);
        return items.length === limit && last ? { items, next: last.id } : { items };
      }),
    inclusionProof: (actor, index, treeSize) =>
      readLog(actor, 'audit.read', (tx) => proveInclusion(tx, store, logId, index, treeSize)),
    consistencyProof: async (actor, first, second) => {
      requireAccess(actor, 'audit.read', await owner());
      return proveConsistency(db, store, logId, first, second);
    },
    headForPartner: (actor) =>
      partnerRead(actor, 'taxii.audit-head', (tx) => latestTreeHead(tx, logId)),
    consistencyForPartner: (actor, first, second) =>
      partnerRead(actor, 'taxii.audit-consistency', (tx) =>
        proveConsistency(tx, store, logId, first, second),
      ),
    verify: (actor) =>
      readLog(actor, 'audit.verify', async (tx) => {
        const lines: string[] = [];
        await exportFrom(tx, deps, logId, (line) => void lines.push(line));
        return verifyAuditExport(lines.join('\n'), deps.key.publicKey, 'live audit log');
      }),
    exportLog,
  };
}

async function issueTreeHead(
  deps: AuditLogDeps,
  logId: string,
  store: ReturnType<typeof createLeafStore>,
  actor: Actor,
  onlyIfGrown: boolean,
): Promise<SignedTreeHead | undefined> {
  requireAccess(actor, 'audit.verify');
  return deps.database.transaction(async (tx) => {
    await freezeAuditOrder(tx);
    await fillMissingLeafHashes(tx);
    const { size, root } = await store.extendToEnd(tx);
    const previous = onlyIfGrown ? await latestTreeHead(tx, logId) : undefined;
    if (previous && previous.treeSize >= size) return undefined;
    const head = makeTreeHead(logId, size, root, deps.clock.now().toISOString());
    const signed = await signTreeHead(head, deps.key);
    await insertTreeHead(tx, signed, deps.clock.now());
    return signed;
  });
}

/** Writes the export of the log named `logId` (heads of that log) from one snapshot. */
export async function exportFrom(
  tx: Db,
  deps: { readonly clock: Clock; readonly key: Pick<NodeSigningKey, 'keyId' | 'publicKeyHex'> },
  logId: string,
  write: (line: string) => Promise<void> | void,
): Promise<ExportSummary> {
  await readFromOneSnapshot(tx);
  const { keyId, publicKeyHex } = deps.key;
  const exportedAt = deps.clock.now().toISOString();
  await write(
    headerLine({ format: EXPORT_FORMAT, logId, keyId, publicKey: publicKeyHex, exportedAt }),
  );
  const entries = await forEachEntry(tx, (entry) => write(entryLine(entry)));
  const heads = await listTreeHeads(tx, logId);
  for (const head of heads) await write(treeHeadLine(head));
  return { entries, treeHeads: heads.length };
}

/** Calls `visit` on every entry in log order; returns how many there were. */
async function forEachEntry(
  db: Db,
  visit: (entry: AuditEntry) => Promise<void> | void,
): Promise<number> {
  let seq = 0;
  let afterId = 0;
  for (;;) {
    const events = await readAuditEventsInOrder(db, afterId, PAGE);
    for (const event of events) await visit(auditEntryOf(event, seq++));
    const last = events.at(-1);
    if (!last || events.length < PAGE) return seq;
    afterId = last.id;
  }
}
