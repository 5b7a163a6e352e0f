/**
 * Customs statuses as an EDIFACT IFTSTA status report, one CNI group per status. Element 9011
 * of STS holds at most three characters, so each DCSA code travels as a mutually defined code
 * (agency ZZZ) with the DCSA code itself as the status description: `STS+1+CSS::ZZZ:CUSS`.
 * Then the time (DTM+334), the port (LOC+175), the bills (RFF+BM), the vessel call (TDT) and
 * the container (EQD); never a reason, score or finding.
 */
import type { CustomsStatusCode, CustomsStatusEvent } from '../../core/outcomes/customs-status.ts';
import { eqdSegment, locSegment } from '../edifact/messages/common/equipment-segments.ts';
import {
  bgmSegment,
  writeMessages,
  type WriterBase,
} from '../edifact/messages/common/interchange-output.ts';
import { PLACE } from '../edifact/messages/common/location-reader.ts';
import { seg, type SegmentSpec } from '../edifact/messages/common/segment-spec.ts';
import { dtmSegment, tdtSegment } from '../edifact/messages/common/voyage-segments.ts';
import type { ImoNumber } from '../../core/identifiers/imo-number.ts';

/** The three-character status codes (mutually defined) for each DCSA customs code. */
export const IFTSTA_CUSTOMS_CODES: Readonly<Record<CustomsStatusCode, string>> = {
  CUSS: 'CSS',
  CUSI: 'CSI',
  CUSR: 'CSR',
};

export interface CustomsStatusIftstaInput extends WriterBase {
  readonly documentNumber?: string;
  readonly events: readonly CustomsStatusEvent[];
}

function eventSegments(e: CustomsStatusEvent, i: number): SegmentSpec[] {
  const transport =
    e.vesselImo === undefined && e.voyageNumber === undefined
      ? []
      : [
          tdtSegment({
            mode: 'VESSEL',
            ...(e.vesselImo === undefined ? {} : { vesselImo: e.vesselImo as ImoNumber }),
            ...(e.voyageNumber === undefined ? {} : { voyageNumber: e.voyageNumber }),
          }),
        ];
  return [
    seg('CNI', String(i + 1)),
    seg('STS', '1', [IFTSTA_CUSTOMS_CODES[e.code], undefined, 'ZZZ', e.code]),
    ...e.billNumbers.map((b) => seg('RFF', ['BM', b])),
    ...dtmSegment('334', e.eventAt),
    ...locSegment(PLACE.status, e.port),
    ...transport,
    eqdSegment(e.containerNumber, undefined, undefined),
  ];
}

export function writeCustomsStatusIftsta(input: CustomsStatusIftstaInput): string {
  const body = [
    bgmSegment('23', input.documentNumber ?? input.envelope.controlReference),
    ...input.events.flatMap(eventSegments),
  ];
  return writeMessages('IFTSTA', input, [{ reference: '1', body }]);
}
