/**
 * A simulated company: the registered identity a party name on a filing stands for, with its
 * age, addresses over time, contacts and directors, and the real-world entity it belongs to
 * (an alias shares the entity of the name it replaced).
 */
import type { Sector } from './commodities.ts';

export const COMPANY_ROLES = ['shipper', 'consignee', 'forwarder'] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];

export interface CompanyAddress {
  readonly street: string;
  readonly city: string;
  readonly postcode: string;
  readonly region: string;
  readonly country: string;
}

export interface Company {
  /** Registry identifier of this registered name. */
  readonly id: string;
  readonly entityId: string;
  readonly name: string;
  readonly country: string;
  readonly role: CompanyRole;
  readonly sector: Sector | 'forwarding';
  /** Incorporation date (ISO). */
  readonly founded: string;
  readonly address: CompanyAddress;
  /** A later address and the epoch millisecond from which it is used. */
  readonly moved?: { readonly at: number; readonly address: CompanyAddress };
  readonly phone: string;
  readonly email: string;
  readonly directors: readonly string[];
  readonly vat?: string;
  readonly eori?: string;
  readonly front: boolean;
  readonly network?: string;
  /** Filings that named it so far in the run. */
  shipments: number;
}

export function addressAt(company: Company, atMs: number): CompanyAddress {
  return company.moved && atMs >= company.moved.at ? company.moved.address : company.address;
}
