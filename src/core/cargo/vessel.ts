/** Vessels, voyages and port calls. */
import type { CountryCode } from '../identifiers/country-code.ts';
import type { ImoNumber } from '../identifiers/imo-number.ts';
import type { Mmsi } from '../identifiers/mmsi.ts';
import type { Scac } from '../identifiers/scac.ts';
import type { UnLocode } from '../identifiers/un-locode.ts';

/** Date-times are ISO 8601 strings with an offset, stored in UTC. */
export type IsoDateTime = string;

export interface Vessel {
  readonly imo: ImoNumber;
  readonly name: string;
  readonly mmsi?: Mmsi;
  readonly callSign?: string;
  readonly flag?: CountryCode;
  /** Nominal capacity in TEU, where known. */
  readonly teu?: number;
}

export interface Voyage {
  readonly vesselImo: ImoNumber;
  /** Carrier's voyage number, e.g. "2403W". */
  readonly voyageNumber: string;
  readonly carrier?: Scac;
  /** Service name or code, e.g. "WCSA – North Europe". */
  readonly service?: string;
}

/** A vessel's call at a port (and terminal) on a voyage. */
export interface PortCall {
  readonly vesselImo: ImoNumber;
  readonly voyageNumber: string;
  readonly port: UnLocode;
  /** Terminal or facility code (SMDG or port's own), e.g. "PSA-869". */
  readonly terminal?: string;
  readonly eta?: IsoDateTime;
  readonly etd?: IsoDateTime;
  readonly ata?: IsoDateTime;
  readonly atd?: IsoDateTime;
}
