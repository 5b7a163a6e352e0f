/** Why a screening hit scored what it did: one reason per aligned or unaligned name part. */
export const MATCH_REASON_KINDS = [
  'exact-token',
  'fuzzy-token',
  'phonetic-token',
  'missing-part',
  'extra-part',
  'legal-form-differs',
  'alias',
  'country-match',
  'country-mismatch',
] as const;
export type MatchReasonKind = (typeof MATCH_REASON_KINDS)[number];

export interface MatchReason {
  readonly kind: MatchReasonKind;
  /** e.g. `KINTERO ≈ QUINTERO (0.93)`, `RAFAEL`, `CO`. */
  readonly detail: string;
}
