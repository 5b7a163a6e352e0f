/**
 * The gate's answer. A denial carries a reason for the audit log only; every caller presents it
 * through `asNotFound`, so a partner cannot tell a withheld object from one that does not exist.
 */
import { AppError } from '../../core/app-error.ts';

export const DENIAL_REASONS = [
  'expired',
  'tlp-red',
  'onward-h2',
  'onward-not-allowed',
  'not-named-agency',
  'not-in-audience',
  'purpose-not-covered',
  'h0-purpose',
] as const;
export type DenialReason = (typeof DENIAL_REASONS)[number];

export type ReleaseDecision =
  { readonly released: true } | { readonly released: false; readonly reason: DenialReason };

export const RELEASED: ReleaseDecision = { released: true };

export function denied(reason: DenialReason): ReleaseDecision {
  return { released: false, reason };
}

/** What the partner sees for a denied object: the same error as for an unknown id. */
export function asNotFound(what: string): AppError {
  return AppError.notFound(what);
}
