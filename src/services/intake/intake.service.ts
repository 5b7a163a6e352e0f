/**
 * Cargo intake: carriers and terminals submit EDIFACT, DCSA Track & Trace JSON or CSV; each
 * upload is parsed and validated outside the transaction, then stored with everything its
 * acknowledgement reports in one transaction, committed before the acknowledgement is returned.
 * Also: the acknowledgement again, the agency's recent submissions and senders, a filing's
 * history, the quarantine and its reprocessing.
 */
import { randomUUID } from 'node:crypto';
import type { MapLookups } from '../../ingest/edifact/index.ts';
import { getSender, getSubmission, type Db } from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { notFoundFor, requireAccess } from '../access/require-access.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';
import { signalWork } from '../work-loop.ts';
import type { Acknowledgement } from './acknowledgement.ts';
import { createFilingReads, type FilingReads } from './filing-reads.ts';
import { parseSubmission } from './parse-submission.ts';
import { readBody } from './read-body.ts';
import { runIntake, type IntakeOutcome } from './run-intake.ts';
import { parseSenderPolicy } from './sender-policy.ts';
import { createSubmissionReads, type SubmissionReads } from './submission-reads.ts';

export interface SubmitInput {
  readonly bytes?: Uint8Array;
  readonly stream?: AsyncIterable<Uint8Array>;
  readonly contentType: string;
  readonly filename?: string;
  readonly idempotencyKey?: string;
}

export interface IntakeDeps extends AuditDeps {
  /** Largest upload accepted, in bytes (default 100 MiB). */
  readonly bodyLimitBytes?: number;
  /** Existence checks for codes (default: none, format checks only). */
  readonly lookups?: MapLookups;
}

export interface IntakeService extends FilingReads, SubmissionReads {
  /** Submits an upload as the actor's sender (a carrier's machine actor). */
  submit(actor: Actor, input: SubmitInput): Promise<IntakeOutcome>;
  /** Runs an upload on behalf of a sender (reprocessing); the caller has checked access. */
  ingestFor(tx: Db, actor: Actor, senderId: string, input: SubmitInput): Promise<IntakeOutcome>;
  getAcknowledgement(actor: Actor, id: string): Promise<Acknowledgement>;
}

export const DEFAULT_BODY_LIMIT = 100 * 1024 * 1024;

export function createIntakeService(deps: IntakeDeps): IntakeService {
  const limit = deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const prepare = async (tx: Db, senderId: string, input: SubmitInput) => {
    const sender = isUuid(senderId) ? await getSender(tx, senderId) : undefined;
    if (!sender) throw notFoundFor('filing.submit');
    const bytes = await readBody(input, limit);
    const ackId = randomUUID();
    const source = input.filename ?? `upload ${ackId}`;
    const policy = parseSenderPolicy(sender.policy);
    const parsed = await parseSubmission({
      bytes,
      contentType: input.contentType,
      source,
      documentNumber: input.idempotencyKey ?? input.filename ?? ackId,
      policy,
      ...(input.filename === undefined ? {} : { filename: input.filename }),
      ...(deps.lookups ? { lookups: deps.lookups } : {}),
    });
    const receivedAt = deps.clock.now();
    const base = { ackId, agencyId: sender.agencyId, senderId, policy, bytes, parsed, receivedAt };
    return { ...base, source, contentType: input.contentType, ...optional(input) };
  };
  const ingestFor = async (tx: Db, _actor: Actor, senderId: string, input: SubmitInput) =>
    runIntake(tx, await prepare(tx, senderId, input));
  return {
    ...createFilingReads(deps, ingestFor),
    ...createSubmissionReads(deps),
    ingestFor,
    submit: async (actor, input) => {
      requireAccess(actor, 'filing.submit');
      const run = await prepare(deps.database.db, actor.id, input);
      const spec = {
        action: 'filing.submit',
        resourceType: 'submission',
        agencyId: run.agencyId,
        details: { size: run.bytes.byteLength, format: run.parsed.format ?? 'unknown' },
        describe: (o: IntakeOutcome) => ({
          resourceId: o.acknowledgement.id,
          details: { status: o.acknowledgement.status, replayed: o.replayed },
        }),
      };
      const outcome = await auditedTransaction(deps, actor, spec, (tx) => runIntake(tx, run));
      // Committed: the screening and scoring jobs it queued can start now.
      signalWork(deps.database);
      return outcome;
    },
    getAcknowledgement: async (actor, id) => {
      requireAccess(actor, 'filing.read');
      const found = isUuid(id) ? await getSubmission(deps.database.db, id) : undefined;
      if (!found || !canSee(actor, found)) throw notFoundFor('filing.read');
      return found.acknowledgement as Acknowledgement;
    },
  };
}

export const isUuid = (s: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

function optional(input: SubmitInput) {
  return {
    ...(input.filename === undefined ? {} : { filename: input.filename }),
    ...(input.idempotencyKey === undefined ? {} : { idempotencyKey: input.idempotencyKey }),
  };
}

/** Officers see their agency's submissions; a sender sees only its own. */
export function canSee(actor: Actor, s: { agencyId: string; senderId: string }): boolean {
  if (s.agencyId !== actor.agencyId) return false;
  return !actor.roles.includes('carrier') || s.senderId === actor.id;
}
