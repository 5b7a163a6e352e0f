/**
 * Consignments: what a carrier declares under one bill of lading (master) or a forwarder under a
 * house bill, with its parties, route, goods and equipment.
 */
import type { ContainerNumber } from '../identifiers/container-number.ts';
import type { HsCode } from '../identifiers/hs-code.ts';
import type { ImoNumber } from '../identifiers/imo-number.ts';
import type { Scac } from '../identifiers/scac.ts';
import type { UnLocode } from '../identifiers/un-locode.ts';
import type { Equipment } from './equipment.ts';
import type { Party } from './party.ts';
import type { IsoDateTime } from './vessel.ts';

export const BILL_KINDS = ['master', 'house'] as const;
export type BillKind = (typeof BILL_KINDS)[number];

export interface Route {
  readonly placeOfReceipt?: UnLocode;
  readonly portOfLoading: UnLocode;
  /** In order of call. */
  readonly transshipmentPorts: readonly UnLocode[];
  readonly portOfDischarge: UnLocode;
  readonly placeOfDelivery?: UnLocode;
}

export interface Packages {
  readonly count: number;
  /** UN/ECE Recommendation 21 package code, e.g. "CT" (carton), "BG" (bag), "PK". */
  readonly kind?: string;
}

export interface GoodsItem {
  /** 1-based line number within the consignment. */
  readonly sequence: number;
  readonly hsCode?: HsCode;
  readonly description: string;
  readonly packages: Packages;
  readonly grossWeightKg?: number;
  readonly netWeightKg?: number;
  readonly volumeM3?: number;
  /** Containers this goods item is stuffed in. */
  readonly containerNumbers: readonly ContainerNumber[];
  readonly marks?: string;
}

export interface Consignment {
  /** Bill of lading (transport document) number; the key of a filing's history. */
  readonly billNumber: string;
  readonly billKind: BillKind;
  /** For a house bill, the master bill it travels under. */
  readonly masterBillNumber?: string;
  readonly carrier?: Scac;
  readonly bookingReference?: string;
  readonly bookedAt?: IsoDateTime;
  readonly vesselImo?: ImoNumber;
  readonly voyageNumber?: string;
  readonly route: Route;
  readonly parties: readonly Party[];
  readonly goods: readonly GoodsItem[];
  readonly equipment: readonly Equipment[];
  readonly declaredValue?: { readonly amount: number; readonly currency: string };
  readonly freightPrepaid?: boolean;
}

export function partyOf(c: Consignment, role: Party['role']): Party | undefined {
  return c.parties.find((p) => p.role === role);
}
