/**
 * The envelope every exchangeable object lives in before the gate: its STIX id and version, its
 * markings, the content that may travel, and internal notes that never leave the node.
 */
import type { Markings } from '../markings/markings.ts';

export interface InternalNotes {
  /** Analyst notes, source descriptions, local case references: never released, never converted. */
  readonly notes?: string;
  readonly sourceDescription?: string;
  readonly caseReference?: string;
}

export interface Shareable<K extends string = string, C = unknown> {
  readonly kind: K;
  /** STIX id (`indicator--…`), fixed at creation and kept by every version. */
  readonly id: string;
  readonly created: string;
  /** Version: the STIX `modified` instant. */
  readonly modified: string;
  readonly revoked: boolean;
  readonly markings: Markings;
  readonly content: C;
  readonly internal?: InternalNotes;
}
