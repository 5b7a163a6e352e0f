/** Reads a DCSA vessel object (2.2 `vessel`, 3.0 `vesselTransport`) into the cargo model's Vessel. */
import type { Vessel } from '../../core/cargo/vessel.ts';
import { parseCountryCode } from '../../core/identifiers/country-code.ts';
import { parseImoNumber, type ImoNumber } from '../../core/identifiers/imo-number.ts';
import { compact } from './event-context.ts';
import type { ObjectReader } from './object-reader.ts';

export interface VesselFields {
  readonly callSign: 'vesselCallSignNumber' | 'vesselCallSign';
  readonly maxName: number;
}

export interface VesselRead {
  readonly imo: ImoNumber | undefined;
  /** Present when the IMO number is valid and the vessel is named. */
  readonly vessel: Vessel | undefined;
}

export function readVessel(v: ObjectReader, fields: VesselFields): VesselRead {
  const name = v.string('vesselName', { maxLength: fields.maxName });
  const flag = v.identifier('vesselFlag', (raw) => parseCountryCode(raw));
  const callSign = v.string(fields.callSign, { maxLength: 10 });
  const imo = v.identifier('vesselIMONumber', parseImoNumber, true);
  const vessel = imo && name ? compact({ imo, name, callSign, flag }) : undefined;
  return { imo, vessel };
}

export const NO_VESSEL: VesselRead = { imo: undefined, vessel: undefined };
