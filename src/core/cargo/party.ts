/** Parties to a consignment: shipper, consignee, notify party, forwarder, carrier… with addresses and identifiers. */
import type { CountryCode } from '../identifiers/country-code.ts';
import type { Eori } from '../identifiers/eori.ts';

export const PARTY_ROLES = [
  'shipper',
  'consignee',
  'notify',
  'forwarder',
  'carrier',
  'agent',
  'manufacturer',
  'buyer',
  'seller',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface Address {
  readonly street?: string;
  readonly city?: string;
  readonly postcode?: string;
  readonly region?: string;
  readonly country?: CountryCode;
}

export interface PartyIdentifiers {
  readonly eori?: Eori;
  readonly vat?: string;
  /** Other registries: DUNS, national company numbers, … keyed by scheme. */
  readonly other?: Readonly<Record<string, string>>;
}

export interface Party {
  readonly role: PartyRole;
  readonly name: string;
  readonly address?: Address;
  readonly identifiers?: PartyIdentifiers;
  readonly phone?: string;
  readonly email?: string;
}
