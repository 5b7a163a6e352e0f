/**
 * The audit tree heads this node holds of its partners' logs, as `GET /api/v1/audit/partner-heads`
 * gives them (`audit.read` or `admin.partners`): per partner, the head held, the newest alarm and
 * how many alarms there were. The closed sets are the server's (`src/audit/partner-head-outcomes.ts`).
 */
import {
  HEAD_FAILURES,
  type HeadFailure,
  type PartnerHeadState,
} from '../../../src/audit/partner-head-outcomes.ts';
import { get } from './client.ts';

export {
  HEAD_FAILURES,
  PARTNER_HEAD_STATES,
  type HeadFailure,
  type PartnerHeadState,
} from '../../../src/audit/partner-head-outcomes.ts';

export const PARTNER_HEADS_PATH = '/api/v1/audit/partner-heads';
/** Who may read them: either permission opens the list. */
export const PARTNER_HEADS_PERMISSIONS = ['audit.read', 'admin.partners'] as const;

export const isHeadFailure = (outcome: string): outcome is HeadFailure =>
  (HEAD_FAILURES as readonly string[]).includes(outcome);

/** A head as the partner signed it. */
export interface PartnerTreeHead {
  readonly logId: string;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly timestamp: string;
  readonly keyId: string;
}

/**
 * One check at sync: `accepted`, or the failure of an alarm with the server's message. A
 * `split-view` names the witness: the other partner whose head of the log (`head`) showed it.
 */
export interface PartnerHeadCheck {
  readonly id: number;
  readonly outcome: string;
  readonly message?: string;
  readonly head?: PartnerTreeHead;
  readonly witness?: string;
  readonly checkedAt: string;
}

export interface PartnerHeadStatus {
  readonly partnerId: string;
  readonly agencyId: string;
  readonly state: PartnerHeadState;
  readonly auditPublicKey?: string;
  /** The head held: the newest accepted. */
  readonly held?: PartnerHeadCheck;
  readonly lastAlarm?: PartnerHeadCheck;
  readonly alarms: number;
}

export const loadPartnerHeads = (): Promise<PartnerHeadStatus[]> =>
  get<{ items: PartnerHeadStatus[] }>(PARTNER_HEADS_PATH).then((r) => r.items);
