/**
 * Reading a TDT segment into a means of transport: voyage (8028), mode (C220), carrier (C040)
 * and vessel (C222: IMO under code list 146 or 11, call sign under 103, name, nationality).
 * When only a call sign is given, the IMO lookup in the options may supply the IMO number.
 */
import { parseImoNumber } from '../../../../core/identifiers/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { readCountry, readImo, type Sink } from './field-readers.ts';
import type { MessageContext } from './message-context.ts';
import { transportModeOf, type MeansOfTransport } from './means-of-transport.ts';
import { valueAt } from './segment-access.ts';
import { parseScac } from '../../../../core/identifiers/index.ts';

const IMO_LISTS = ['146', '11'];

function vesselIdentity(ctx: MessageContext, tdt: Segment, sink: Sink): Partial<MeansOfTransport> {
  const id = valueAt(tdt, 8, 1);
  const list = valueAt(tdt, 8, 2);
  if (id === undefined) return {};
  const isImo =
    IMO_LISTS.includes(list ?? '') || (list === undefined && /^(IMO)?\s*\d{7}$/i.test(id));
  if (isImo) {
    const imo = readImo(ctx, { seg: tdt, element: 8, component: 1 }, sink);
    return imo === undefined ? {} : { vesselImo: imo };
  }
  const known = ctx.options.lookups?.imoByCallSign?.(id);
  const imo = known === undefined ? undefined : parseImoNumber(known);
  return imo?.ok ? { callSign: id, vesselImo: imo.value } : { callSign: id };
}

export function readTransport(ctx: MessageContext, tdt: Segment, sink: Sink): MeansOfTransport {
  const voyageNumber = valueAt(tdt, 2);
  const mode = transportModeOf(valueAt(tdt, 3));
  const carrierRaw = valueAt(tdt, 5);
  const carrier = carrierRaw === undefined ? undefined : parseScac(carrierRaw);
  const vesselName = valueAt(tdt, 8, 4);
  const flag = readCountry(ctx, { seg: tdt, element: 8, component: 5 }, sink);
  return {
    stage: valueAt(tdt, 1) ?? '',
    ...(voyageNumber === undefined ? {} : { voyageNumber }),
    ...(mode === undefined ? {} : { mode }),
    ...(carrier?.ok ? { carrier: carrier.value } : {}),
    ...vesselIdentity(ctx, tdt, sink),
    ...(vesselName === undefined ? {} : { vesselName }),
    ...(flag === undefined ? {} : { flag }),
  };
}
