/**
 * The means of transport of a TDT segment: voyage, mode, carrier and vessel identification
 * (C222: IMO number under code list 146 or 11, call sign under 103, name, nationality).
 */
import type { CountryCode, ImoNumber, Scac } from '../../../../core/identifiers/index.ts';
import type { TransportMode } from '../../../../core/cargo/index.ts';

export interface MeansOfTransport {
  readonly stage: string;
  readonly voyageNumber?: string;
  readonly mode?: TransportMode;
  readonly carrier?: Scac;
  readonly vesselImo?: ImoNumber;
  readonly callSign?: string;
  readonly vesselName?: string;
  readonly flag?: CountryCode;
}

const MODE_OF: Readonly<Record<string, TransportMode>> = {
  '1': 'VESSEL',
  '2': 'RAIL',
  '3': 'TRUCK',
  '8': 'BARGE',
};

/** UN/ECE Recommendation 19 mode codes (8067) and the DCSA modes they map to. */
export function transportModeOf(code: string | undefined): TransportMode | undefined {
  return code === undefined ? undefined : MODE_OF[code];
}

export function transportModeCode(mode: TransportMode): string {
  switch (mode) {
    case 'VESSEL':
      return '1';
    case 'RAIL':
      return '2';
    case 'TRUCK':
      return '3';
    case 'BARGE':
      return '8';
  }
}
