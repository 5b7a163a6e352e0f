/**
 * The markings every shareable object carries (DESIGN.md "Markings and the release rule"). All of
 * them must allow a release; the owner's agency alone may edit or revoke the object.
 */
import type { AgencyId, CommunityId } from './agency-id.ts';
import type { Evaluation } from './evaluation.ts';
import type { Handling } from './handling-code.ts';
import type { Purpose } from './purpose.ts';
import type { TlpLevel } from './tlp.ts';

export interface Releasability {
  /** Communities whose member agencies may receive the object (e.g. `eu-ports-coalition`). */
  readonly communities: readonly CommunityId[];
  /** Agencies named individually; the only way past AMBER+STRICT and H3. */
  readonly agencies: readonly AgencyId[];
}

export interface Markings {
  readonly tlp: TlpLevel;
  readonly handling: Handling;
  readonly evaluation: Evaluation;
  readonly releasability: Releasability;
  readonly purpose: Purpose;
  /** Free-text legal basis, e.g. "Naples II Convention art. 8". */
  readonly legalBasis?: string;
  /** ISO 8601 instant after which the object is no longer released. */
  readonly expiresAt?: string;
  /** The agency that created the object; the only one that may edit or revoke it. */
  readonly owner: AgencyId;
  /** Whether recipients may pass the object on within its releasability. Off unless the owner allowed it. */
  readonly onwardSharing: boolean;
  /** Set by the receiving node: the partner agency the object arrived from. Never sent on. */
  readonly receivedFrom?: AgencyId;
}
