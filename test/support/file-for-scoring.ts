/**
 * Files bills as one filing of an agency, as the intake stores them, and queues the filing's
 * scoring job, as the intake does: what the targeting tests score.
 */
import { randomUUID } from 'node:crypto';
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import { enqueueJob, saveConsignmentVersions, type Database } from '../../src/storage/index.ts';

export async function fileForScoring(
  database: Database,
  o: {
    readonly agencyId: string;
    readonly bills: readonly Consignment[];
    readonly filedAt: Date;
    /** The agency the job names (a job naming another agency is refused); the filer's by default. */
    readonly jobAgency?: string;
  },
): Promise<string> {
  const filingId = randomUUID();
  await saveConsignmentVersions(database.db, {
    agencyId: o.agencyId,
    filingId,
    filedAt: o.filedAt,
    consignments: o.bills,
  });
  await enqueueJob(
    database.db,
    {
      kind: 'score',
      payload: { agencyId: o.jobAgency ?? o.agencyId, filingId },
      runAt: o.filedAt,
    },
    o.filedAt,
  );
  return filingId;
}
