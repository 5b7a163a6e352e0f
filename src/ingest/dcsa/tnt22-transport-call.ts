/** Reads a TNT 2.2 `transportCall` object (vessel, voyages, location, facility). */
import type { TransportMode } from '../../core/cargo/events.ts';
import type { Vessel } from '../../core/cargo/vessel.ts';
import type { ImoNumber } from '../../core/identifiers/imo-number.ts';
import { NO_VESSEL, readVessel } from './dcsa-vessel.ts';
import type { UnLocode } from '../../core/identifiers/un-locode.ts';
import { coreMode, readLocode } from './event-common.ts';
import type { EventContext } from './event-context.ts';
import type { ObjectReader } from './object-reader.ts';

export interface TransportCall22 {
  readonly mode: TransportMode | undefined;
  readonly vesselImo: ImoNumber | undefined;
  readonly vessel: Vessel | undefined;
  readonly exportVoyage: string | undefined;
  readonly importVoyage: string | undefined;
  readonly location: UnLocode | undefined;
  readonly facility: string | undefined;
}

function readCallLocation(tc: ObjectReader, ctx: EventContext): UnLocode | undefined {
  const own = readLocode(tc, 'UNLocationCode', ctx);
  const nested = readLocode(tc.object('location'), 'UNLocationCode', ctx);
  if (own !== undefined && nested !== undefined && own !== nested) {
    tc.report(
      'dcsa.location-mismatch',
      `Transport call UNLocationCode ${own} differs from its location's ${nested}.`,
      'location',
      'warning',
      { own, nested },
    );
  }
  return own ?? nested;
}

export function readTransportCall22(tc: ObjectReader, ctx: EventContext): TransportCall22 {
  tc.string('transportCallID', { required: true, maxLength: 100 });
  tc.string('carrierServiceCode', { maxLength: 5 });
  tc.code('facilityTypeCode', ctx.sets.facilityTypes);
  tc.code('facilityCodeListProvider', ['BIC', 'SMDG']);
  const carrierVoyage = tc.string('carrierVoyageNumber', { maxLength: 50 });
  const exportVoyage = tc.string('exportVoyageNumber', { maxLength: 50 }) ?? carrierVoyage;
  const importVoyage = tc.string('importVoyageNumber', { maxLength: 50 }) ?? exportVoyage;
  const mode = coreMode(tc, tc.code('modeOfTransport', ctx.sets.modesOfTransport, true));
  const location = readCallLocation(tc, ctx);
  const facility = tc.string('facilityCode', { maxLength: 6 });
  const v = tc.object('vessel');
  const { imo: vesselImo, vessel } = v
    ? readVessel(v, { callSign: 'vesselCallSignNumber', maxName: 35 })
    : NO_VESSEL;
  return { mode, vesselImo, vessel, exportVoyage, importVoyage, location, facility };
}
