/**
 * The closed sets of a partner's audit tree head as this node checks it: why a head was refused,
 * what comparing it with the head another partner holds came to, and the state shown per partner.
 * No dependencies: the web app lists them from here too.
 */

/** Why a partner's head was refused at sync (`split-view`: another partner holds a forked one). */
export const HEAD_FAILURES = [
  'malformed',
  'wrong-log',
  'bad-signature',
  'smaller-tree',
  'inconsistent',
  'withdrawn',
  'no-proof',
  'split-view',
] as const;
export type HeadFailure = (typeof HEAD_FAILURES)[number];

/**
 * Why the head another partner (a witness) holds of a partner's log was not compared with the one
 * held here: the witness (or the partner, asked for the proof between the two) could not be
 * reached, the witness holds none, or its answer is not a head the partner signed. No alarm.
 */
export const WITNESS_SKIPS = ['unreachable', 'not-held', 'unverifiable'] as const;
export type WitnessSkip = (typeof WITNESS_SKIPS)[number];

/** A partner's state as listed: its newest head verified, in alarm, none yet, or no key to check. */
export const PARTNER_HEAD_STATES = ['verified', 'alarm', 'no-head', 'no-audit-key'] as const;
export type PartnerHeadState = (typeof PARTNER_HEAD_STATES)[number];
