/** Turns a day's calls (working records) into the `SimDay` the API yields. */
import type { TransportEvent } from '../../core/cargo/events.ts';
import { parseImoNumber } from '../../core/identifiers/imo-number.ts';
import { parseUnLocode } from '../../core/identifiers/un-locode.ts';
import { unwrap } from '../../core/result.ts';
import type { CaseTruth } from '../ground-truth.ts';
import { stableUuid } from '../stable-uuid.ts';
import type { SimCall, SimDay, SimFiling } from '../sim-day.ts';
import type { CallDraft, ConsignmentDraft, ContainerDraft } from './drafts.ts';
import { consignment, containerEvents, equipment, iso, portCall, vessel } from './to-cargo.ts';

function filings(call: CallDraft): SimFiling[] {
  const byPort = new Map<string, ConsignmentDraft[]>();
  for (const c of call.consignments) {
    const list = byPort.get(c.route.portOfLoading) ?? [];
    list.push(c);
    byPort.set(c.route.portOfLoading, list);
  }
  return [...byPort]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([port, list]) => ({
      portOfLoading: port,
      filedAt: iso(Math.min(...list.map((c) => c.filedAt))),
      consignments: list.map((c) => consignment(c, call)),
    }));
}

function transportEvents(call: CallDraft, home: string): TransportEvent[] {
  const base = {
    classifier: 'ACT' as const,
    vesselImo: unwrap(parseImoNumber(call.vessel.imo)),
    voyageNumber: call.voyage,
    location: unwrap(parseUnLocode(home)),
    facility: call.terminal,
  };
  return [
    {
      ...base,
      eventType: 'ARRI',
      eventAt: iso(call.arrivalMs),
      sourceEventId: stableUuid(`${call.id}:ARRI`),
    },
    {
      ...base,
      eventType: 'DEPA',
      eventAt: iso(call.departureMs),
      sourceEventId: stableUuid(`${call.id}:DEPA`),
    },
  ];
}

/** Where the unit went aboard this vessel: its mainline loading, or for empties the last port before the call. */
function loadedAt(c: ContainerDraft, call: CallDraft): string {
  const load = c.events.find((e) => e.type === 'LOAD' && e.vesselImo === call.vessel.imo);
  return load?.location ?? call.service.rotation.at(-1) ?? '';
}

/** Where units loaded at the port go: the service's first port on the way back. */
function nextPort(call: CallDraft): string {
  return call.service.rotation.at(-1) ?? '';
}

function simCall(call: CallDraft, home: string): SimCall {
  for (const c of call.consignments) {
    c.shipper.shipments++;
    c.consignee.shipments++;
    if (c.forwarder) c.forwarder.shipments++;
  }
  return {
    id: call.id,
    service: { code: call.service.code, name: call.service.name, lane: call.service.lane },
    carrier: call.carrier.scac,
    vessel: vessel(call),
    portCall: portCall(call, home),
    terminal: call.terminal,
    previousPortDeparture: iso(call.departures.at(-1) ?? call.arrivalMs),
    filings: filings(call),
    discharged: call.discharged.map((c) =>
      equipment(c, { portOfLoading: loadedAt(c, call), portOfDischarge: home }),
    ),
    loaded: call.loaded.map((c) =>
      equipment(c, { portOfLoading: home, portOfDischarge: nextPort(call) }),
    ),
    containerEvents: [...call.discharged, ...call.loaded].flatMap((c) =>
      containerEvents(c, call.id),
    ),
    transportEvents: transportEvents(call, home),
  };
}

export function assembleDay(
  index: number,
  date: string,
  calls: readonly CallDraft[],
  cases: readonly CaseTruth[],
  home: string,
): SimDay {
  const simCalls = calls.map((call) => simCall(call, home));
  return {
    index,
    date,
    calls: simCalls,
    containerEvents: simCalls.flatMap((call) => call.containerEvents),
    transportEvents: simCalls.flatMap((call) => call.transportEvents),
    cases,
  };
}
