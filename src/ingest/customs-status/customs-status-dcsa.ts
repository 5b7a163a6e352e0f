/**
 * Customs statuses as DCSA Track & Trace 3.0 equipment events (CUSS, CUSI, CUSR): the event
 * id, time, place, container, vessel call and bills — the fields a carrier already knows — and
 * nothing of why customs chose the container.
 */
import type { CustomsStatusEvent } from '../../core/outcomes/customs-status.ts';

type Json = Record<string, unknown>;

function transportDetails(e: CustomsStatusEvent): Json {
  if (e.vesselImo === undefined && e.voyageNumber === undefined) return {};
  const voyage = e.voyageNumber === undefined ? {} : { carrierVoyageNumber: e.voyageNumber };
  return {
    transportDetails: {
      transportCall: {
        modeOfTransport: 'VESSEL',
        ...(e.voyageNumber === undefined ? {} : { importVoyageNumberOrReference: voyage }),
        ...(e.vesselImo === undefined ? {} : { vesselTransport: { vesselIMONumber: e.vesselImo } }),
      },
    },
  };
}

function shipmentDetails(bills: readonly string[]): Json {
  const [first, ...rest] = bills;
  if (first === undefined) return {};
  const ref = (reference: string) => ({ typeCode: 'TRD', reference });
  return {
    shipmentDetails: {
      documentReference: ref(first),
      ...(rest.length > 0 ? { additionalDocumentReferences: rest.map(ref) } : {}),
    },
  };
}

export function writeCustomsStatusEvent30(e: CustomsStatusEvent): Json {
  return {
    eventID: e.eventId,
    eventDateTime: e.eventAt,
    eventClassification: {
      eventTypeCode: 'EQUIPMENT',
      eventClassifierCode: 'ACT',
      equipmentEventTypeCode: e.code,
    },
    eventLocation: { UNLocationCode: e.port },
    equipmentDetails: { equipmentReference: e.containerNumber },
    ...transportDetails(e),
    ...shipmentDetails(e.billNumbers),
  };
}

/** A TNT 3.0 response body: `{ events: [...] }`. */
export function writeCustomsStatusResponse30(events: readonly CustomsStatusEvent[]): Json {
  return { events: events.map(writeCustomsStatusEvent30) };
}
