// DCSA Track & Trace 3.0 transport events as a carrier sends them, for the vessel-call tests:
// an arrival or departure report, and the retraction of an earlier event by its eventID.
import { randomUUID } from 'node:crypto';
import { VESSEL_IMO } from '../support/cargo-fixtures.ts';

export interface Report {
  readonly type: 'ARRI' | 'DEPA';
  readonly classifier: 'ACT' | 'EST' | 'PLN';
  readonly at: string;
  readonly importVoyage: string;
  readonly exportVoyage: string;
  readonly port?: string;
  readonly id?: string;
}

export function event30(r: Report) {
  return {
    eventID: r.id ?? randomUUID(),
    eventDateTime: r.at,
    eventUpdatedDateTime: '2024-03-10T11:59:00Z',
    eventLocation: { UNLocationCode: r.port ?? 'BEANR' },
    eventClassification: {
      eventTypeCode: 'TRANSPORT',
      eventClassifierCode: r.classifier,
      transportEventTypeCode: r.type,
    },
    transportDetails: {
      transportCall: {
        modeOfTransport: 'VESSEL',
        exportVoyageNumberOrReference: { carrierVoyageNumber: r.exportVoyage },
        importVoyageNumberOrReference: { carrierVoyageNumber: r.importVoyage },
        vesselTransport: { vesselIMONumber: VESSEL_IMO, vesselName: 'MAERSK KENSINGTON' },
      },
    },
  };
}

/** The retraction of the event with this eventID: the flag, and nothing else that counts. */
export function retraction30(eventID: string) {
  return { eventID, isRetracted: true };
}
