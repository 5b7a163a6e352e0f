/**
 * The closed sets a community summary speaks in: what binds its members, why it ranks where it
 * does, and what can be left out as a hub. No imports, so the web app shares them.
 */
export const BINDING_KINDS = [
  'phone',
  'email',
  'email-domain',
  'address',
  'eori',
  'vat',
  'director',
] as const;
export type BindingKind = (typeof BINDING_KINDS)[number];

/** A hub is an identifier or director held by too many companies, or a party dealing with too many. */
export const HUB_KINDS = [...BINDING_KINDS, 'company'] as const;
export type HubKind = (typeof HUB_KINDS)[number];

export const REASON_KINDS = ['seizure', 'watchlist', 'lookout'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];
