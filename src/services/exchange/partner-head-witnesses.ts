/**
 * Split views, caught as Certificate Transparency gossip catches them: at each sync, once a
 * partner's own head was checked, every other partner this node syncs with (a witness) is asked
 * for the head it holds of that partner's log (`audit/held-heads/?log=`), and that head is
 * compared with the one held here (`src/audit/witness-head-check.ts`), with a consistency proof
 * from the partner itself when the sizes differ. Two heads the partner signed that are not views
 * of one log are a `split-view` alarm, stored under the partner with the witness named; a witness
 * that cannot be reached, holds no head of the log or answers with no head the partner signed is
 * reported as not compared.
 */
import { auditLogIdOf, parseSignedTreeHead } from '../../audit/partner-head-check.ts';
import type { HeadFailure, WitnessSkip } from '../../audit/partner-head-outcomes.ts';
import type { SignedTreeHead } from '../../audit/tree-head.ts';
import {
  checkWitnessConsistency,
  checkWitnessHead,
  type WitnessCheck,
} from '../../audit/witness-head-check.ts';
import { fromHex } from '../../audit/merkle-hash.ts';
import { heldPartnerHead, type PartnerRecord } from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import type { ExchangeContext } from './exchange-context.ts';
import { recordHeadCheck, type PartnerGet, type Refusal } from './partner-heads.ts';

/** What comparing the head one witness holds of the partner's log came to. */
export interface WitnessReport {
  readonly witness: string;
  /** `consistent`, `not-compared` (see `reason`), or the alarm raised. */
  readonly outcome: 'consistent' | 'not-compared' | HeadFailure;
  readonly reason?: WitnessSkip;
  /** The head the witness holds, when it answered with one. */
  readonly treeSize?: number;
  readonly rootHash?: string;
  readonly message?: string;
}

/** Another partner this node syncs with, and a signed GET on its TAXII API root. */
export interface Witness {
  readonly id: string;
  readonly get: PartnerGet;
}

interface Comparison {
  readonly ctx: ExchangeContext;
  readonly actor: Actor;
  readonly partner: PartnerRecord;
  /** A signed GET on the partner's own TAXII API root (for the consistency proof). */
  readonly get: PartnerGet;
  readonly held: SignedTreeHead;
  readonly key: Uint8Array;
}

/** Compares the head held of the partner's log with each witness's; undefined when none is held. */
export async function crossCheckPartnerHead(
  ctx: ExchangeContext,
  actor: Actor,
  partner: PartnerRecord,
  get: PartnerGet,
  witnesses: readonly Witness[],
): Promise<WitnessReport[] | undefined> {
  if (partner.auditPublicKey === undefined || witnesses.length === 0) return undefined;
  const key = fromHex(partner.auditPublicKey);
  const held = await heldPartnerHead(ctx.database.db, partner.id, auditLogIdOf(key));
  if (!held) return undefined;
  const c: Comparison = { ctx, actor, partner, get, held, key };
  const reports: WitnessReport[] = [];
  for (const witness of witnesses) reports.push(await compareWith(c, witness));
  return reports;
}

async function compareWith(c: Comparison, w: Witness): Promise<WitnessReport> {
  const answer = await ask(w.get, `audit/held-heads/?log=${encodeURIComponent(c.held.logId)}`);
  if (answer.status === 404)
    return skipped(w, 'not-held', `${w.id} holds no head of the partner's log.`);
  if (!ok(answer))
    return skipped(w, 'unreachable', `${w.id} could not be asked (${describe(answer)}).`);
  const head = parseSignedTreeHead(answer.body);
  const check = checkWitnessHead(answer.body, c.held, c.key, w.id);
  if (check.kind !== 'needs-proof' || !head) return concluded(c, w, check, head);
  const path = `audit/consistency/?first=${check.first}&second=${check.second}`;
  const proof = await ask(c.get, path);
  const status = proof.status;
  if (status >= 400 && status < 500 && status !== 429) {
    const message = `The partner answered ${status} when asked to prove that the head ${w.id} holds (${head.treeSize} entries) and the head held here (${c.held.treeSize} entries) are of one log.`;
    return concluded(c, w, { kind: 'failure', failure: 'no-proof', message }, head);
  }
  if (!ok(proof))
    return skipped(
      w,
      'unreachable',
      `The partner could not be asked for the proof (${describe(proof)}).`,
    );
  const hashes = (proof.body as { proof?: unknown } | null)?.proof;
  return concluded(c, w, checkWitnessConsistency(c.held, head, hashes, w.id), head);
}

/** The report of a finished comparison; an alarm is stored and audited under the partner. */
async function concluded(
  c: Comparison,
  w: Witness,
  check: WitnessCheck | Refusal,
  head: SignedTreeHead | undefined,
): Promise<WitnessReport> {
  const seen = head ? { treeSize: head.treeSize, rootHash: head.rootHash } : {};
  switch (check.kind) {
    case 'consistent':
      return { witness: w.id, outcome: 'consistent', ...seen };
    case 'skip':
      return skipped(w, check.skip, check.message);
    case 'needs-proof':
      throw new Error('a head of another size is compared with a proof');
    case 'failure':
      await recordHeadCheck(c.ctx, c.actor, c.partner, check, head, w.id);
      return { witness: w.id, outcome: check.failure, ...seen, message: check.message };
  }
}

const skipped = (w: Witness, reason: WitnessSkip, message: string): WitnessReport => ({
  witness: w.id,
  outcome: 'not-compared',
  reason,
  message,
});

type Answer = { readonly status: number; readonly body: unknown; readonly error?: string };

/** A GET whose failure to connect is an answer too (status 0): no witness stops the sync. */
async function ask(get: PartnerGet, path: string): Promise<Answer> {
  try {
    return await get(path);
  } catch (error) {
    return { status: 0, body: undefined, error: error instanceof Error ? error.message : 'error' };
  }
}

const ok = (a: Answer) => a.status >= 200 && a.status < 300;
const describe = (a: Answer) => (a.status === 0 ? (a.error ?? 'no answer') : `HTTP ${a.status}`);
