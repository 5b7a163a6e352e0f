/**
 * The audit log as a verifiable Merkle log over the stored audit events: issues signed tree heads
 * (stored, and the periodic job's unit of work), serves the latest one, and exports the log as
 * JSON lines an auditor can check with nothing but the node's public key.
 */
import { auditLeafHash, type AuditEntry } from '../../audit/audit-entry.ts';
import { MerkleAccumulator } from '../../audit/merkle-accumulator.ts';
import { makeTreeHead, signTreeHead, type SignedTreeHead } from '../../audit/tree-head.ts';
import type { Database, Db } from '../../storage/index.ts';
import {
  freezeAuditOrder,
  insertTreeHead,
  latestTreeHead,
  listTreeHeads,
  readAuditEventsInOrder,
  readFromOneSnapshot,
} from '../../storage/repositories/audit-log.repository.ts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import { auditedTransaction } from '../audit/audited-transaction.ts';
import type { Clock } from '../clock.ts';
import { entryLine, EXPORT_FORMAT, headerLine, treeHeadLine } from './audit-export-format.ts';
import type { NodeSigningKey } from './node-signing-key.ts';
import { auditEntryOf } from './audit-entry-of.ts';

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

export interface AuditLogService {
  readonly logId: string;
  readonly publicKeyHex: string;
  /** Signs a head over every event committed so far and stores it. */
  issueTreeHead(actor: Actor): Promise<SignedTreeHead>;
  latestTreeHead(actor: Actor): Promise<SignedTreeHead | undefined>;
  /** Writes the export line by line (header, entries, heads), from one consistent snapshot. */
  exportLog(actor: Actor, write: (line: string) => Promise<void> | void): Promise<ExportSummary>;
}

/** The log is named after the key that signs it, so two nodes' logs never share a name. */
export function logIdOf(key: NodeSigningKey): string {
  return `portcullis-audit:${key.keyId}`;
}

export function createAuditLogService(deps: AuditLogDeps): AuditLogService {
  const logId = logIdOf(deps.key);
  return {
    logId,
    publicKeyHex: deps.key.publicKeyHex,
    issueTreeHead: (actor) => issueTreeHead(deps, logId, actor),
    latestTreeHead: async (actor) => {
      requireAccess(actor, 'audit.read');
      return latestTreeHead(deps.database.db, logId);
    },
    exportLog: (actor, write) =>
      auditedTransaction(
        deps,
        actor,
        { action: 'audit.read', resourceType: 'audit-log', resourceId: logId },
        (tx) => {
          // Inside the audited transaction, so a refused export is logged as denied.
          requireAccess(actor, 'audit.read');
          return exportFrom(tx, deps, logId, write);
        },
      ),
  };
}

async function issueTreeHead(deps: AuditLogDeps, logId: string, actor: Actor) {
  requireAccess(actor, 'audit.verify');
  return deps.database.transaction(async (tx) => {
    await freezeAuditOrder(tx);
    const acc = new MerkleAccumulator();
    await forEachEntry(tx, (entry) => acc.append(auditLeafHash(entry)));
    const head = makeTreeHead(logId, acc.size, acc.root(), deps.clock.now().toISOString());
    const signed = await signTreeHead(head, deps.key);
    await insertTreeHead(tx, signed, deps.clock.now());
    return signed;
  });
}

async function exportFrom(
  tx: Db,
  deps: AuditLogDeps,
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
