/**
 * The vessel call a message names in its transport details, as far as it names it (a
 * cancellation may give the vessel and voyage without the port, or nothing at all), each field
 * with where it was read, so that a finding about it can point at the segment and element. A
 * bill's call is its vessel, voyage and port of discharge; `callText` writes either the same way.
 */
import type { Position } from '../diagnostic.ts';
import type { ImoNumber } from '../identifiers/imo-number.ts';
import type { UnLocode } from '../identifiers/un-locode.ts';
import type { Consignment } from './consignment.ts';

export const CALL_FIELDS = ['vesselImo', 'voyageNumber', 'port'] as const;
export type CallField = (typeof CALL_FIELDS)[number];

/** Where a field was read: its position and how the sender's standard names it ("TDT 8028"). */
export interface FieldSource {
  readonly at: Position;
  readonly label: string;
}

export interface NamedCall {
  readonly vesselImo?: ImoNumber;
  readonly voyageNumber?: string;
  readonly port?: UnLocode;
  readonly sources: Readonly<Partial<Record<CallField, FieldSource>>>;
}

/** A call as its fields: a bill's always has the port (of discharge). */
export interface CallFields {
  readonly vesselImo?: string;
  readonly voyageNumber?: string;
  readonly port?: string;
}

export function callOfBill(c: Consignment): CallFields {
  return {
    ...(c.vesselImo === undefined ? {} : { vesselImo: c.vesselImo }),
    ...(c.voyageNumber === undefined ? {} : { voyageNumber: c.voyageNumber }),
    port: c.route.portOfDischarge,
  };
}

/** "IMO 9321483, 007W, BEANR": the fields given, in that order (codes read alike in any language). */
export function callText(call: CallFields): string {
  const parts = [
    call.vesselImo === undefined ? undefined : `IMO ${call.vesselImo}`,
    call.voyageNumber,
    call.port,
  ];
  return parts.filter((p) => p !== undefined && p !== '').join(', ');
}
