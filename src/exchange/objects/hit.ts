/** A lookout hit, returned to the lookout's owner as a STIX sighting. */
import type { AgencyId } from '../markings/agency-id.ts';
import type { Shareable } from '../release/shareable.ts';
import type { LookoutCriterion } from './lookout.ts';

export interface HitContent {
  /** The STIX id of the lookout (indicator) that matched. */
  readonly lookoutId: string;
  readonly sightedBy: AgencyId;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly count: number;
  readonly containerNumbers: readonly string[];
  readonly consignmentReference?: string;
  readonly matchedOn: readonly LookoutCriterion['kind'][];
}

export type Hit = Shareable<'hit', HitContent>;
