/**
 * The closed sets of a partner's audit tree head as this node checks it: why a head was refused,
 * and the state shown per partner. No dependencies: the web app lists them from here too.
 */

/** Why a partner's head was refused at sync. */
export const HEAD_FAILURES = [
  'malformed',
  'wrong-log',
  'bad-signature',
  'smaller-tree',
  'inconsistent',
  'withdrawn',
  'no-proof',
] as const;
export type HeadFailure = (typeof HEAD_FAILURES)[number];

/** A partner's state as listed: its newest head verified, in alarm, none yet, or no key to check. */
export const PARTNER_HEAD_STATES = ['verified', 'alarm', 'no-head', 'no-audit-key'] as const;
export type PartnerHeadState = (typeof PARTNER_HEAD_STATES)[number];
