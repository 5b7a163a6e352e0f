/**
 * Why two party records were judged the same entity: one piece of evidence per shared
 * identifier, address or name likeness, each with the weight it added. Weights sum to the pair's
 * score; a pair at or above the match threshold is linked.
 */
export const EVIDENCE_KINDS = [
  'same-eori',
  'same-vat',
  'same-imo',
  'same-phone',
  'same-email',
  'same-email-domain',
  'same-address',
  'same-name',
  'similar-name',
  'country-differs',
  'analyst-merge',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface Evidence {
  readonly kind: EvidenceKind;
  readonly detail: string;
  readonly weight: number;
}

export interface ResolutionWeights {
  readonly eori: number;
  readonly vat: number;
  readonly imo: number;
  readonly phone: number;
  readonly email: number;
  readonly emailDomain: number;
  readonly address: number;
  /** Added for an identical normalised name; a similar one earns part of it. */
  readonly name: number;
  /** Name similarity (token-aligned Jaro-Winkler and phonetic) below which a name adds nothing. */
  readonly nameFloor: number;
  readonly countryDiffers: number;
  /** A pair scoring this much is linked. */
  readonly threshold: number;
}

/**
 * Chosen on the simulator's seed 1 (docs/entities.md): an identifier that names one legal person
 * decides alone; a telephone or mailbox needs one more piece (address, name, the other contact);
 * a name alone never links two records, because unrelated firms share names.
 */
export const DEFAULT_WEIGHTS: ResolutionWeights = {
  eori: 1,
  vat: 1,
  imo: 1,
  phone: 0.5,
  email: 0.5,
  emailDomain: 0.15,
  address: 0.45,
  name: 0.6,
  nameFloor: 0.85,
  countryDiffers: -0.4,
  threshold: 0.9,
};
