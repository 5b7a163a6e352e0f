/**
 * Ground truth written beside the simulated filings: one record per container that carries a
 * planted case, and one per real-world entity (company) with every name, address, phone, e-mail
 * and director it used, so that targeting and entity resolution can be scored. A container
 * without a case record is clean.
 */
import type { Concealment, Signal, Substance, Typology } from './typologies/typology.ts';

export interface CaseTruth {
  readonly kind: 'case';
  readonly caseId: string;
  readonly typology: Typology;
  readonly substance: Substance;
  readonly kg: number;
  readonly concealment: Concealment;
  readonly containerNumber: string;
  readonly billNumber: string;
  /** Vessel call that discharged the container at the simulated port. */
  readonly callId: string;
  readonly date: string;
  readonly originCountry: string;
  readonly portOfLoading: string;
  /** Where the drugs were added: origin, a transshipment port, or at stuffing (cover loads). */
  readonly stage: 'origin' | 'transshipment' | 'stuffing';
  readonly stagePort?: string;
  /** The data signals this case planted. */
  readonly signals: readonly Signal[];
  /** The criminal network behind it, for cover loads and clones. */
  readonly network?: string;
  /** For cloned numbers: where the genuine container with the same number was. */
  readonly genuine?: { readonly callId?: string; readonly location: string; readonly at: string };
}

export interface EntityAddress {
  readonly street: string;
  readonly city: string;
  readonly postcode: string;
  readonly country: string;
  /** First day the address was used (ISO date). */
  readonly from?: string;
}

export interface EntityTruth {
  readonly kind: 'entity';
  /** One real-world organisation; its company ids are the names it registered under. */
  readonly entityId: string;
  readonly role: 'shipper' | 'consignee' | 'forwarder';
  readonly front: boolean;
  readonly network?: string;
  readonly companyIds: readonly string[];
  readonly names: readonly string[];
  /** Every spelling the filings used (capitals, legal form dotted or left out, typos). */
  readonly filedNames: readonly string[];
  readonly addresses: readonly EntityAddress[];
  readonly phones: readonly string[];
  readonly emails: readonly string[];
  readonly directors: readonly string[];
}

export type GroundTruthRecord = CaseTruth | EntityTruth;
