/**
 * What officers and senders read back from the intake: a filing's versions (amendments and
 * cancellations included), the quarantine, and reprocessing a quarantined record with a
 * corrected upload, which closes the record only if the correction is accepted whole.
 */
import { AppError } from '../../core/app-error.ts';
import {
  filingHistory,
  getQuarantined,
  listQuarantine,
  resolveQuarantined,
  type Db,
  type ListedQuarantinedRecord,
  type QuarantinedRecord,
  type QuarantineStatus,
  type StoredFiling,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { notFoundFor, requireAccess } from '../access/require-access.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';
import type { IntakeOutcome } from './run-intake.ts';
import { isUuid } from '../../core/uuid.ts';

export { QUARANTINE_STATUSES, type QuarantineStatus } from '../../storage/index.ts';

export interface CorrectedUpload {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly filename?: string;
}

export interface FilingReads {
  filingHistory(actor: Actor, filingKey: string): Promise<StoredFiling[]>;
  /** The agency's quarantined records, each with its sender and filing. */
  listQuarantine(actor: Actor, status?: QuarantineStatus): Promise<ListedQuarantinedRecord[]>;
  reprocess(actor: Actor, quarantineId: string, upload: CorrectedUpload): Promise<IntakeOutcome>;
}

type Ingest = (
  tx: Db,
  actor: Actor,
  senderId: string,
  input: CorrectedUpload,
) => Promise<IntakeOutcome>;

export function createFilingReads(deps: AuditDeps, ingest: Ingest): FilingReads {
  const db = () => deps.database.db;
  return {
    filingHistory: async (actor, filingKey) => {
      requireAccess(actor, 'filing.read');
      const own = !actor.roles.includes('carrier') || filingKey.startsWith(`${actor.id}|`);
      const versions = own ? await filingHistory(db(), actor.agencyId, filingKey) : [];
      if (versions.length === 0) throw notFoundFor('filing.read');
      return versions;
    },
    listQuarantine: async (actor, status = 'open') => {
      requireAccess(actor, 'quarantine.read');
      return listQuarantine(db(), actor.agencyId, status);
    },
    reprocess: (actor, quarantineId, upload) => {
      requireAccess(actor, 'quarantine.reprocess');
      const spec = {
        action: 'quarantine.reprocess',
        resourceType: 'quarantine',
        resourceId: quarantineId,
      };
      return auditedTransaction(deps, actor, spec, async (tx) => {
        const record = isUuid(quarantineId) ? await getQuarantined(tx, quarantineId) : undefined;
        if (!record) throw notFoundFor('quarantine.reprocess');
        requireAccess(actor, 'quarantine.reprocess', record);
        if (record.status !== 'open')
          throw new AppError(
            'conflict',
            `Quarantined record ${quarantineId} is already ${record.status}.`,
          );
        const outcome = await ingest(tx, actor, senderOf(record), upload);
        requireClean(outcome, quarantineId);
        await resolveQuarantined(tx, quarantineId, {
          status: 'reprocessed',
          by: actor.id,
          at: deps.clock.now(),
        });
        return outcome;
      });
    },
  };
}

function senderOf(record: QuarantinedRecord): string {
  const payload = record.payload as { senderId?: unknown };
  if (typeof payload.senderId !== 'string') throw notFoundFor('quarantine.reprocess');
  return payload.senderId;
}

/** The correction must be accepted with nothing quarantined, or the record stays open. */
function requireClean(outcome: IntakeOutcome, quarantineId: string): void {
  const ack = outcome.acknowledgement;
  const quarantined = ack.units.some((u) => u.quarantined.length > 0 || u.filing === undefined);
  if (outcome.replayed || ack.units.length === 0 || quarantined) {
    const diagnostics = [...ack.diagnostics, ...ack.units.flatMap((u) => u.diagnostics)];
    throw new AppError(
      'validation_failed',
      `The corrected record was not accepted whole; quarantined record ${quarantineId} stays open.`,
      { diagnostics, status: ack.status },
    );
  }
}
