/**
 * Vessel statuses in a status report (IFTSTA STS VA arrival, VD departure) as DCSA transport
 * events: the vessel from the group's TDT (IMO, or call sign through the lookup), the place
 * LOC+175 with its terminal, the time DTM+334.
 */
import type { TransportEvent, TransportEventType } from '../../../../core/cargo/index.ts';
import type { DiagnosticParams } from '../../../../core/diagnostic.ts';
import type { Segment } from '../../syntax/segment.ts';
import { readDtm, type Sink } from './field-readers.ts';
import { PLACE, readPlace } from './location-reader.ts';
import { segmentDiagnostic, type MessageContext } from './message-context.ts';
import { findSegment, valueAt } from './segment-access.ts';
import { readTransport } from './transport-reader.ts';

export const VESSEL_STATUS_EVENTS = { VA: 'ARRI', VD: 'DEPA' } as const satisfies Readonly<
  Record<string, TransportEventType>
>;
export type VesselStatusCode = keyof typeof VESSEL_STATUS_EVENTS;

export function isVesselStatus(code: string | undefined): code is VesselStatusCode {
  return code !== undefined && Object.hasOwn(VESSEL_STATUS_EVENTS, code);
}

export function readVesselStatus(
  ctx: MessageContext,
  group: readonly Segment[],
  sink: Sink,
): TransportEvent | undefined {
  const sts = group[0] as Segment;
  const code = valueAt(sts, 2);
  if (!isVesselStatus(code)) return undefined;
  const tdt = findSegment(group, 'TDT');
  const t = tdt && readTransport(ctx, tdt, sink);
  const dtm = findSegment(group, 'DTM', '334') ?? findSegment(group, 'DTM');
  const eventAt = dtm && readDtm(ctx, dtm, sink);
  const loc = findSegment(group, 'LOC', PLACE.status);
  const place = loc ? readPlace(ctx, loc, sink) : {};
  const fault = (what: string, codeName: string, params: DiagnosticParams = {}) =>
    sink.push(
      segmentDiagnostic(
        ctx,
        sts,
        { element: 2 },
        codeName,
        `Vessel status ${code} has no ${what}.`,
        'error',
        { status: code, ...params },
      ),
    );
  if (t?.vesselImo === undefined)
    fault('identified vessel (TDT with an IMO number)', 'iftsta.vessel-unidentified');
  if (place.locode === undefined) fault('place (LOC+175)', 'iftsta.place-missing');
  if (eventAt === undefined) fault('time (DTM+334)', 'event.time-missing', { qualifiers: '334' });
  if (t?.vesselImo === undefined || place.locode === undefined || eventAt === undefined)
    return undefined;
  return {
    eventType: VESSEL_STATUS_EVENTS[code],
    classifier: 'ACT',
    vesselImo: t.vesselImo,
    ...(t.voyageNumber === undefined ? {} : { voyageNumber: t.voyageNumber }),
    location: place.locode,
    ...(place.facility === undefined ? {} : { facility: place.facility }),
    eventAt,
  };
}
