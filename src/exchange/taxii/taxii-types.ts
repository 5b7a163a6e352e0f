/**
 * TAXII 2.1 wire types (OASIS TAXII 2.1, sections 4–5): what the server sends and accepts. Only
 * the members Portcullis uses; field names are the wire names.
 */
import type { StixObject } from '../stix/stix-object.ts';

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

export interface TaxiiDiscovery {
  readonly title: string;
  readonly description?: string;
  readonly contact?: string;
  readonly default?: string;
  readonly api_roots: readonly string[];
}

export interface TaxiiApiRoot {
  readonly title: string;
  readonly description?: string;
  readonly versions: readonly string[];
  readonly max_content_length: number;
}

export interface TaxiiCollection {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly can_read: boolean;
  readonly can_write: boolean;
  readonly media_types: readonly string[];
}

export interface TaxiiEnvelope {
  readonly more: boolean;
  readonly next?: string;
  readonly objects?: readonly StixObject[];
}

export interface TaxiiManifestRecord {
  readonly id: string;
  readonly date_added: string;
  readonly version: string;
  readonly media_type: string;
}

export const TAXII_STATUSES = ['pending', 'complete'] as const;
export type TaxiiStatusValue = (typeof TAXII_STATUSES)[number];

export interface TaxiiStatusDetail {
  readonly id: string;
  readonly version: string;
  readonly message?: string;
}

export interface TaxiiStatus {
  readonly id: string;
  readonly status: TaxiiStatusValue;
  readonly request_timestamp?: string;
  readonly total_count: number;
  readonly success_count: number;
  readonly failure_count: number;
  readonly pending_count: number;
  readonly successes?: readonly TaxiiStatusDetail[];
  readonly failures?: readonly TaxiiStatusDetail[];
  readonly pendings?: readonly TaxiiStatusDetail[];
}
