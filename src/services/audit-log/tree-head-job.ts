/**
 * The periodic signed tree head: every interval, the node signs a head over its audit log when
 * the log grew since the latest head. A failed round is reported and the next one tries again;
 * stopping waits for a round in progress.
 */
import { createActor } from '../access/actor.ts';
import type { AuditLogService } from './audit-log.service.ts';
import { startWorkLoop } from '../work-loop.ts';

export interface TreeHeadJob {
  stop(): Promise<void>;
}

/** The job's own identity in the audit log (it only signs; it reads no event content). */
export const treeHeadSigner = createActor({
  kind: 'machine',
  id: 'audit-tree-head-job',
  agencyId: 'local',
  roles: ['auditor'],
});

export function startTreeHeadJob(
  log: Pick<AuditLogService, 'issueTreeHeadIfGrown'>,
  intervalMs: number,
  onError: (error: unknown) => void,
): TreeHeadJob {
  // A slow round is not overlapped by the next tick.
  return startWorkLoop(() => log.issueTreeHeadIfGrown(treeHeadSigner), {
    intervalMs,
    unref: true,
    onError,
  });
}
